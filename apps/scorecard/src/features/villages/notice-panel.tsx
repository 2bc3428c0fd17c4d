import { useState } from 'preact/hooks';
import { IssueText } from '../../components/issue-text';
import { useI18n } from '../../i18n/index';
import { villageDocument } from '../../lib/batch-documents';
import {
  fieldKey,
  type Issue,
  type Model,
  type PublicNotice,
  villageNotice,
} from '../../lib/core-adapter';
import { downloadText, safeFileName } from '../../lib/download';
import type { VillageRun } from '../../worker/run-batch';

/** Today's date on this computer, `YYYY-MM-DD`. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Props of {@link NoticePanel}. */
export interface NoticePanelProps {
  readonly village: VillageRun;
  readonly model: Model;
  /** Shows the notice in the printable view. */
  readonly onPrint: (notice: PublicNotice) => void;
}

/**
 * 公示: the village's public notice made by the core from its input records (names and id
 * numbers masked) for a chosen first day, as a CSV file (with a BOM, for spreadsheets), as the
 * core's standalone HTML page, or printed from the app.
 */
export function NoticePanel({ village, model, onPrint }: NoticePanelProps) {
  const { t } = useI18n();
  const [date, setDate] = useState(today);
  const [days, setDays] = useState('7');
  const [issuer, setIssuer] = useState('');
  const [issues, setIssues] = useState<readonly Issue[] | null>(null);
  const batch = villageDocument(village);
  const id = village.result.id;
  const available = batch !== null && id !== null;

  const make = (): PublicNotice | null => {
    if (batch === null || id === null) return null;
    const typed = days.trim();
    const made = villageNotice(batch, id, {
      model,
      date: date.trim(),
      ...(typed === '' ? {} : { days: /^\d+$/.test(typed) ? Number(typed) : Number.NaN }),
      ...(issuer.trim() === '' ? {} : { issuer: issuer.trim() }),
    });
    setIssues(made.ok ? null : made.issues);
    return made.ok ? made.value : null;
  };
  const fileName = (ext: string) => `notice-${safeFileName(id ?? '', 'village')}.${ext}`;
  /** Makes the notice (its problems shown if it cannot be made), then does `use` with it. */
  const withNotice = (use: (notice: PublicNotice) => void) => () => {
    const notice = make();
    if (notice !== null) use(notice);
  };

  return (
    <section class="notice-panel" aria-labelledby="notice-title" data-testid="notice-panel">
      <h4 id="notice-title">{t('notice.title')}</h4>
      {available ? (
        <p class="muted small">{t('notice.intro')}</p>
      ) : (
        <p class="muted small">{t('notice.unavailable')}</p>
      )}
      <div class="notice-controls">
        <div class="field">
          <label for="notice-date">{t('notice.date')}</label>
          <input
            id="notice-date"
            type="date"
            value={date}
            disabled={!available}
            aria-invalid={issues?.some((i) => fieldKey(i.path) === 'date') ? true : undefined}
            onInput={(event) => setDate(event.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="notice-issuer">{t('notice.issuer')}</label>
          <input
            id="notice-issuer"
            type="text"
            autoComplete="off"
            value={issuer}
            placeholder={`${village.result.name ?? '村'}信用评定小组`}
            aria-describedby="notice-issuer-hint"
            disabled={!available}
            onInput={(event) => setIssuer(event.currentTarget.value)}
          />
          <span id="notice-issuer-hint" class="field-hint">
            {t('notice.issuerHint')}
          </span>
        </div>
        <div class="field field-narrow">
          <label for="notice-days">{t('notice.days')}</label>
          <input
            id="notice-days"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={days}
            disabled={!available}
            aria-invalid={issues?.some((i) => fieldKey(i.path) === 'days') ? true : undefined}
            onInput={(event) => setDays(event.currentTarget.value)}
          />
        </div>
        <div class="toolbar">
          <button
            type="button"
            class="button"
            disabled={!available}
            onClick={withNotice((notice) =>
              downloadText(fileName('csv'), notice.csv, 'text/csv;charset=utf-8'),
            )}
          >
            {t('notice.csv')}
          </button>
          <button
            type="button"
            class="button"
            disabled={!available}
            onClick={withNotice((notice) =>
              downloadText(fileName('html'), notice.html, 'text/html;charset=utf-8'),
            )}
          >
            {t('notice.html')}
          </button>
          <button
            type="button"
            class="button"
            data-testid="notice-print"
            disabled={!available}
            onClick={withNotice(onPrint)}
          >
            {t('notice.print')}
          </button>
        </div>
      </div>
      {issues === null ? null : (
        <div class="notice notice-warn" role="alert" data-testid="notice-invalid">
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
