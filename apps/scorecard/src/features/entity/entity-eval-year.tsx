import { useI18n } from '../../i18n/index';
import { normalizeInteger } from '../../lib/normalize-input';
import { FieldLabel } from '../household/fields';
import { useEntityFieldIssues } from './entity-context';
import { EntityFieldIssues } from './entity-fields';
import { entityInputId } from './entity-form';

/**
 * The evaluation year of the entity form: not part of the record, but the years since
 * registration (and the check of the registration year) depend on it. A new form starts at the
 * current year and says so.
 */
export function EntityEvalYearField({
  value,
  chosen,
  onChange,
  onLeave,
}: {
  readonly value: string;
  readonly chosen: boolean;
  readonly onChange: (value: string) => void;
  readonly onLeave: (value: string) => void;
}) {
  const { t } = useI18n();
  const id = entityInputId('evalYear');
  const issues = useEntityFieldIssues('evalYear');
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
      <span id={`${id}-hint`} class={`field-hint${chosen ? '' : ' is-default'}`}>
        {hint}
      </span>
      <EntityFieldIssues id={`${id}-error`} issues={issues} />
    </div>
  );
}
