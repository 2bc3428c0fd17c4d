import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/index';
import type { Issue, Model } from '../../lib/core-adapter';
import { objectionIssueWords } from './objection-issue';
import type { EditOutcome } from './objections-page';

/** Props of {@link ResolveForm}. */
export interface ResolveFormProps {
  readonly model: Model;
  readonly index: number;
  readonly household: string;
  /** The day tracked on: the resolution's date by default. */
  readonly today: string;
  readonly onResolve: (resolution: {
    readonly date: string;
    readonly outcome: string;
  }) => EditOutcome;
  readonly onCancel: () => void;
}

/**
 * The re-review's result of one objection: its date (the day tracked on by default) and whether
 * the objection was upheld. The core checks it (not before the filing, not after the day
 * tracked on) before it is written into the register.
 */
export function ResolveForm({
  model,
  index,
  household,
  today,
  onResolve,
  onCancel,
}: ResolveFormProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [date, setDate] = useState(today);
  const [outcome, setOutcome] = useState<'upheld' | 'rejected' | ''>('');
  const [issues, setIssues] = useState<readonly Issue[]>([]);
  const [missing, setMissing] = useState(false);
  const id = (part: string) => `resolve-${index}-${part}`;
  return (
    <form
      class="resolve-form"
      aria-label={t('objections.resolveLabel', { n: index + 1, household })}
      data-testid="resolve-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (outcome === '') {
          setMissing(true);
          return;
        }
        setMissing(false);
        const done = onResolve({ date: date.trim(), outcome });
        setIssues(done.ok ? [] : done.issues);
      }}
    >
      <div class="field">
        <label for={id('date')}>{t('objections.field.resolutionDate')}</label>
        <input
          id={id('date')}
          type="date"
          value={date}
          onInput={(event) => setDate(event.currentTarget.value)}
        />
      </div>
      <fieldset class={`radio-row${missing ? ' is-invalid' : ''}`}>
        <legend>{t('objections.field.outcome')}</legend>
        <div class="radio-options">
          {(['upheld', 'rejected'] as const).map((value) => (
            <span key={value} class="radio-option">
              <input
                type="radio"
                id={id(value)}
                name={id('outcome')}
                value={value}
                checked={outcome === value}
                onChange={() => setOutcome(value)}
              />
              <label for={id(value)}>{t(`objections.outcome.${value}`)}</label>
            </span>
          ))}
        </div>
      </fieldset>
      {missing ? (
        <p class="field-issues" role="alert">
          {t('objections.chooseOutcome')}
        </p>
      ) : null}
      {issues.length === 0 ? null : (
        <div role="alert">
          <ul class="field-issues" data-testid="resolve-issues">
            {issues.map((issue, i) => {
              const words = objectionIssueWords(issue, model, i18n);
              return (
                <li key={String(i)}>
                  {words.where}
                  {i18n.lang === 'zh' ? '：' : ': '}
                  {words.what}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      <div class="toolbar">
        <button type="submit" class="button button-primary">
          {t('objections.saveResolution')}
        </button>
        <button type="button" class="button button-quiet" onClick={onCancel}>
          {t('objections.cancel')}
        </button>
      </div>
    </form>
  );
}
