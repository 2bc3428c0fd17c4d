import { useI18n } from '../../i18n/index';
import { normalizeInteger } from '../../lib/normalize-input';
import { FieldIssues, useFieldIssues } from './field-issues';
import { FieldLabel } from './fields';
import { inputId } from './form-state';

/**
 * The evaluation year: not part of the record, but every age and check depends on it. A new
 * form starts at the current year and says so, so that a clerk rating last year's records
 * changes it knowingly (H1 rated in 2025 instead of 2024 gets 161,000.00, not 163,000.00).
 */
export function EvalYearField({
  value,
  chosen,
  onChange,
  onLeave,
}: {
  readonly value: string;
  /** Whether the year was typed or loaded (not the current year by default). */
  readonly chosen: boolean;
  readonly onChange: (value: string) => void;
  readonly onLeave: (value: string) => void;
}) {
  const { t } = useI18n();
  const id = inputId('evalYear');
  const issues = useFieldIssues('evalYear');
  const hint = chosen ? t('form.hint.year') : t('form.hint.evalYearDefault', { year: value });
  return (
    <div class={`field${issues.length > 0 ? ' is-invalid' : ''}`}>
      <FieldLabel id={id} text={t('field.evalYear')} required />
      <input
        id={id}
        name="evalYear"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        aria-required="true"
        aria-invalid={issues.length > 0 ? 'true' : undefined}
        aria-describedby={[`${id}-hint`, issues.length > 0 ? `${id}-error` : '']
          .filter(Boolean)
          .join(' ')}
        onInput={(event) => onChange(event.currentTarget.value)}
        onBlur={(event) => onLeave(normalizeInteger(event.currentTarget.value))}
      />
      <span
        id={`${id}-hint`}
        class={`field-hint${chosen ? '' : ' is-default'}`}
        data-testid="eval-year-hint"
      >
        {hint}
      </span>
      <FieldIssues id={`${id}-error`} issues={issues} />
    </div>
  );
}
