import { useI18n } from '../i18n/index';
import type { Issue, Model, RecordKind } from '../lib/core-adapter';
import { normalizeInteger } from '../lib/normalize-input';
import { FieldIssueList } from './field-issue-list';
import { FieldLabel } from './field-label';

/** Props of {@link EvalYearInput}. */
export interface EvalYearInputProps {
  /** The input's id; its hint and issues take it as prefix. */
  readonly id: string;
  readonly value: string;
  /** Whether the year was typed or loaded (not the current year by default). */
  readonly chosen: boolean;
  /** The field's issues shown now. */
  readonly issues: readonly Issue[];
  readonly model: Model;
  readonly record: RecordKind;
  /** The hint's `data-testid`, if it has one. */
  readonly hintTestId?: string;
  readonly onChange: (value: string) => void;
  /** The field is left, with the year written plainly. */
  readonly onLeave: (value: string) => void;
}

/**
 * The evaluation year of a scorecard form: not part of the record, but every age and check
 * depends on it. A new form starts at the current year and says so, so that a clerk rating
 * last year's records changes it knowingly (H1 rated in 2025 instead of 2024 gets 161,000.00,
 * not 163,000.00).
 */
export function EvalYearInput({
  id,
  value,
  chosen,
  issues,
  model,
  record,
  hintTestId,
  onChange,
  onLeave,
}: EvalYearInputProps) {
  const { t } = useI18n();
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
        data-testid={hintTestId}
      >
        {hint}
      </span>
      <FieldIssueList id={`${id}-error`} issues={issues} model={model} record={record} />
    </div>
  );
}
