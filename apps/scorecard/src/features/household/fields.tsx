import type { ComponentChildren } from 'preact';
import { useI18n } from '../../i18n/index';
import { useIssueWords } from '../../i18n/issue-words';
import { fieldKey } from '../../lib/core-adapter';
import { normalizeDecimal, normalizeInteger } from '../../lib/normalize-input';
import { FieldIssues, useFieldIssues } from './field-issues';
import { useForm, valueAt } from './form-context';
import { type FormPath, fieldKind, inputId } from './form-state';

/** Props shared by the form's single-value fields. */
interface FieldProps {
  /** Where the value sits in the record: `['houses', 0, 'areaM2']`. */
  readonly path: FormPath;
  /** The label; by default the field's name from the core (`面积（m²）`). */
  readonly label?: string;
  readonly hint?: string;
  /** Marked with `*` and `aria-required`: the record is not complete without it. */
  readonly required?: boolean;
}

/** A field's label, with the mark of a required field (its meaning is said above the form). */
export function FieldLabel({
  id,
  text,
  required,
}: {
  readonly id: string;
  readonly text: string;
  readonly required: boolean;
}): ComponentChildren {
  return (
    <label for={id}>
      {text}
      {required ? (
        <span class="required-mark" aria-hidden="true">
          {' *'}
        </span>
      ) : null}
    </label>
  );
}

/**
 * A text input for a decimal, an integer or a word; the core judges what is typed. Leaving the
 * field makes common ways of writing a number plain (`５万元` → `50000`), so what is shown is
 * what is used; its problems then appear (never while typing).
 */
export function TextField({
  path,
  label,
  hint,
  required = false,
  inputMode,
  autoComplete = 'off',
}: FieldProps & {
  readonly inputMode?: 'decimal' | 'numeric' | 'text';
  readonly autoComplete?: string;
}) {
  const { form, model, set, touch, editing } = useForm();
  const words = useIssueWords(model);
  const key = fieldKey(path);
  const id = inputId(key);
  const issues = useFieldIssues(key);
  const value = valueAt(form, path);
  const kind = fieldKind(path);
  const described = [hint === undefined ? '' : `${id}-hint`, issues.length > 0 ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`field${issues.length > 0 ? ' is-invalid' : ''}`}>
      <FieldLabel id={id} text={label ?? words.name(path)} required={required} />
      <input
        id={id}
        name={key}
        type="text"
        inputMode={
          inputMode ?? (kind === 'integer' ? 'numeric' : kind === 'decimal' ? 'decimal' : 'text')
        }
        autoComplete={autoComplete}
        spellcheck={false}
        value={typeof value === 'string' ? value : ''}
        aria-required={required ? 'true' : undefined}
        aria-invalid={issues.length > 0 ? 'true' : undefined}
        aria-describedby={described === '' ? undefined : described}
        onInput={(event) => {
          set(path, event.currentTarget.value);
          editing(key);
        }}
        onBlur={(event) => {
          const typed = event.currentTarget.value;
          const plain =
            kind === 'decimal'
              ? normalizeDecimal(typed)
              : kind === 'integer'
                ? normalizeInteger(typed)
                : typed;
          if (plain !== typed && typed.trim() !== '') set(path, plain);
          touch(key);
        }}
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
  required = false,
}: FieldProps & { readonly options: readonly Option[] }) {
  const { form, model, set, touch } = useForm();
  const { t } = useI18n();
  const words = useIssueWords(model);
  const key = fieldKey(path);
  const id = inputId(key);
  const issues = useFieldIssues(key);
  const raw = valueAt(form, path);
  const value = typeof raw === 'string' ? raw : '';
  const unknown = value !== '' && !options.some((o) => o.value === value);
  return (
    <div class={`field${issues.length > 0 ? ' is-invalid' : ''}`}>
      <FieldLabel id={id} text={label ?? words.name(path)} required={required} />
      <select
        id={id}
        name={key}
        value={value}
        aria-required={required ? 'true' : undefined}
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
  const { issues, isShown } = useForm();
  const list = isShown(key) ? (issues.byField.get(key) ?? []) : [];
  return <FieldIssues id={`${inputId(key)}-error`} issues={list} />;
}
