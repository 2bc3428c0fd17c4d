import { useI18n } from '../../i18n/index';
import { fieldKey } from '../../lib/core-adapter';
import { FieldIssues, useFieldIssues } from './field-issues';
import { useForm, valueAt } from './form-context';
import { type FormPath, inputId } from './form-state';

/** Props shared by the form's single-value fields. */
interface FieldProps {
  /** Where the value sits in the record: `['houses', 0, 'areaM2']`. */
  readonly path: FormPath;
  readonly label: string;
  readonly hint?: string;
}

/** A text input for a decimal, an integer or a word; the core judges what is typed. */
export function TextField({
  path,
  label,
  hint,
  inputMode = 'decimal',
  autoComplete = 'off',
}: FieldProps & {
  readonly inputMode?: 'decimal' | 'numeric' | 'text';
  readonly autoComplete?: string;
}) {
  const { form, set, touch } = useForm();
  const key = fieldKey(path);
  const id = inputId(key);
  const issues = useFieldIssues(key);
  const value = valueAt(form, path);
  const described = [hint === undefined ? '' : `${id}-hint`, issues.length > 0 ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`field${issues.length > 0 ? ' is-invalid' : ''}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        name={key}
        type="text"
        inputMode={inputMode}
        autoComplete={autoComplete}
        spellcheck={false}
        value={typeof value === 'string' ? value : ''}
        aria-invalid={issues.length > 0 ? 'true' : undefined}
        aria-describedby={described === '' ? undefined : described}
        onInput={(event) => {
          set(path, event.currentTarget.value);
          touch(key);
        }}
        onBlur={() => touch(key)}
      />
      {hint === undefined ? null : (
        <span id={`${id}-hint`} class="field-hint">
          {hint}
        </span>
      )}
      <FieldIssues id={`${id}-error`} issues={issues} />
    </div>
  );
}

/** One option of a {@link SelectField}. */
export interface Option {
  readonly value: string;
  readonly label: string;
}

/** A select among the model's codes; a loaded value the model does not know is kept and shown. */
export function SelectField({
  path,
  label,
  options,
}: FieldProps & { readonly options: readonly Option[] }) {
  const { form, set, touch } = useForm();
  const { t } = useI18n();
  const key = fieldKey(path);
  const id = inputId(key);
  const issues = useFieldIssues(key);
  const raw = valueAt(form, path);
  const value = typeof raw === 'string' ? raw : '';
  const unknown = value !== '' && !options.some((o) => o.value === value);
  return (
    <div class={`field${issues.length > 0 ? ' is-invalid' : ''}`}>
      <label for={id}>{label}</label>
      <select
        id={id}
        name={key}
        value={value}
        aria-invalid={issues.length > 0 ? 'true' : undefined}
        aria-describedby={issues.length > 0 ? `${id}-error` : undefined}
        onChange={(event) => {
          set(path, event.currentTarget.value);
          touch(key);
        }}
        onBlur={() => touch(key)}
      >
        <option value="">{t('form.choose')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {unknown ? <option value={value}>{t('form.unknownValue', { value })}</option> : null}
      </select>
      <FieldIssues id={`${id}-error`} issues={issues} />
    </div>
  );
}

/** The issues of a group (a list, a row, an object) that no single input shows. */
export function GroupIssues({ path }: { readonly path: FormPath }) {
  const key = fieldKey(path);
  const { issues } = useForm();
  // Group-level issues come from loaded files (wrong types, unknown keys): always shown.
  const list = issues.byField.get(key) ?? [];
  return <FieldIssues id={`${inputId(key)}-error`} issues={list} />;
}
