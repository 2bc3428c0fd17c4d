import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { IssueText } from '../../components/issue-text';
import { useI18n } from '../../i18n/index';
import { fieldKey, type Issue, type Model, type Result } from '../../lib/core-adapter';
import { downloadText } from '../../lib/download';

/** Today's date on this computer, `YYYY-MM-DD`. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** What the clerk chose, as the core's notice functions take it (the core checks it). */
export interface NoticeChoices {
  readonly date: string;
  readonly days?: number;
  readonly issuer?: string;
}

/** A notice made by the core: its CSV (with a byte-order mark) and its standalone HTML page. */
export interface MadeNotice {
  readonly csv: string;
  readonly html: string;
}

/**
 * The words of one kind of notice: the keys `<kind>.title`, `.issuerHint`, `.csv`, `.html` and
 * `.print` of the UI's dictionary.
 */
export type NoticeKind = 'notice' | 'entityNotice';

/** Props of {@link NoticeControls}. */
export interface NoticeControlsProps<T extends MadeNotice> {
  /** The prefix of the element ids and test ids: `notice` (`notice-date`, `notice-panel`, …). */
  readonly id: string;
  /** The panel's heading, one level under its section's. */
  readonly heading: 'h4' | 'h5';
  readonly words: NoticeKind;
  /** What the notice lists, or why it cannot be made. */
  readonly intro: string;
  /** The default issuer, shown in the empty field: the rating group the core names. */
  readonly issuerPlaceholder: string;
  /** The downloaded files' name, without its extension. */
  readonly fileName: string;
  readonly model: Model;
  /**
   * Makes the notice with the core, or gives the core's issues; `null` when no notice can be
   * made at all (the intro says why, and the controls are off).
   */
  readonly make: ((choices: NoticeChoices) => Result<T>) | null;
  /** Shows the notice in the printable view. */
  readonly onPrint: (notice: T) => void;
  /** What to say of the notice last made (how many records it lists), under the controls. */
  readonly summary?: (notice: T) => ComponentChildren;
  /** More to say before the controls (what the notice cannot list). */
  readonly children?: ComponentChildren;
}

/**
 * 公示 controls shared by the village's and the township's entity notice: the first day (today by
 * default), the number of days (7) and the issuing body, then the core's CSV (with a BOM, for
 * spreadsheets), the core's standalone HTML page, or the printable view inside the app. Every
 * problem is the core's, in the clerk's words, and the fields it names are marked.
 */
export function NoticeControls<T extends MadeNotice>({
  id,
  heading: Heading,
  words,
  intro,
  issuerPlaceholder,
  fileName,
  model,
  make,
  onPrint,
  summary,
  children,
}: NoticeControlsProps<T>) {
  const { t } = useI18n();
  const [date, setDate] = useState(today);
  const [days, setDays] = useState('7');
  const [issuer, setIssuer] = useState('');
  const [issues, setIssues] = useState<readonly Issue[] | null>(null);
  const [made, setMade] = useState<T | null>(null);

  /** Makes the notice (its problems shown if it cannot be made), then does `use` with it. */
  const withNotice = (use: (notice: T) => void) => () => {
    if (make === null) return;
    const typed = days.trim();
    const outcome = make({
      date: date.trim(),
      ...(typed === '' ? {} : { days: /^\d+$/.test(typed) ? Number(typed) : Number.NaN }),
      ...(issuer.trim() === '' ? {} : { issuer: issuer.trim() }),
    });
    setIssues(outcome.ok ? null : outcome.issues);
    setMade(outcome.ok ? outcome.value : null);
    if (outcome.ok) use(outcome.value);
  };
  const available = make !== null;
  const actions: readonly (readonly ['csv' | 'html' | 'print', (notice: T) => void, string?])[] = [
    ['csv', (notice) => downloadText(`${fileName}.csv`, notice.csv, 'text/csv;charset=utf-8')],
    ['html', (notice) => downloadText(`${fileName}.html`, notice.html, 'text/html;charset=utf-8')],
    ['print', onPrint, `${id}-print`],
  ];
  const invalid = (field: string) =>
    issues?.some((i) => fieldKey(i.path) === field) ? true : undefined;

  return (
    <section class="notice-panel" aria-labelledby={`${id}-title`} data-testid={`${id}-panel`}>
      <Heading id={`${id}-title`}>{t(`${words}.title`)}</Heading>
      <p class="muted small">{intro}</p>
      {children}
      <div class="notice-controls">
        <div class="field">
          <label for={`${id}-date`}>{t('notice.date')}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={date}
            disabled={!available}
            aria-invalid={invalid('date')}
            onInput={(event) => setDate(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for={`${id}-issuer`}>{t('notice.issuer')}</label>
          <input
            id={`${id}-issuer`}
            type="text"
            autoComplete="off"
            value={issuer}
            placeholder={issuerPlaceholder}
            aria-describedby={`${id}-issuer-hint`}
            disabled={!available}
            onInput={(event) => setIssuer(event.currentTarget.value)}
          />
          <span id={`${id}-issuer-hint`} class="field-hint">
            {t(`${words}.issuerHint`)}
          </span>
        </div>
        <div class="field field-narrow">
          <label for={`${id}-days`}>{t('notice.days')}</label>
          <input
            id={`${id}-days`}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={days}
            disabled={!available}
            aria-invalid={invalid('days')}
            onInput={(event) => setDays(event.currentTarget.value)}
          />
        </div>
        <div class="toolbar">
          {actions.map(([key, use, testId]) => (
            <button
              key={key}
              type="button"
              class="button"
              data-testid={testId}
              disabled={!available}
              onClick={withNotice(use)}
            >
              {t(`${words}.${key}`)}
            </button>
          ))}
        </div>
      </div>
      {/* There from the start, so that what is said in it is announced. */}
      {summary === undefined ? null : (
        <p class="small notice-made" role="status" data-testid={`${id}-made`}>
          {made === null ? null : summary(made)}
        </p>
      )}
      {issues === null ? null : (
        <div class="notice notice-warn" role="alert" data-testid={`${id}-invalid`}>
          <strong>{t('notice.invalid')}</strong>
          <ul class="issue-list">
            {issues.map((issue) => (
              <li key={`${fieldKey(issue.path)}:${issue.code}`}>
                <IssueText issue={issue} model={model} record="notice" />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
