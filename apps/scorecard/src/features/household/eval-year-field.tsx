import { useI18n } from '../../i18n/index';
import { FieldIssues, useFieldIssues } from './field-issues';
import { inputId } from './form-state';

/** The evaluation year: not part of the record, but every age and check depends on it. */
export function EvalYearField({
  value,
  onChange,
}: {
  readonly value: string;
  readonly onChange: (value: string) => void;
}) {
  const { t } = useI18n();
  const id = inputId('evalYear');
  const issues = useFieldIssues('evalYear');
  return (
    <div class={`field${issues.length > 0 ? ' is-invalid' : ''}`}>
      <label for={id}>{t('field.evalYear')}</label>
      <input
        id={id}
        name="evalYear"
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={value}
        aria-invalid={issues.length > 0 ? 'true' : undefined}
        aria-describedby={issues.length > 0 ? `${id}-error` : undefined}
        onInput={(event) => onChange(event.currentTarget.value)}
      />
      <FieldIssues id={`${id}-error`} issues={issues} />
    </div>
  );
}
