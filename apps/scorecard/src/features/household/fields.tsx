import type { FieldFrame } from '../../components/field-shell';
import { SelectInputField, type SelectOption } from '../../components/select-input-field';
import { TextInputField } from '../../components/text-input-field';
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

/**
 * What a household field at `path` shows around its control: its id and name (the path's key),
 * its label (by default the field's name from the core), hint, and the issues shown now.
 */
function useFieldFrame(
  path: FormPath,
  { label, hint, required = false }: Omit<FieldProps, 'path'>,
): FieldFrame {
  const { model } = useForm();
  const words = useIssueWords(model);
  const key = fieldKey(path);
  const issues = useFieldIssues(key);
  return {
    id: inputId(key),
    name: key,
    label: label ?? words.name(path),
    hint,
    required,
    issues,
    model,
    record: 'household',
  };
}

/**
 * A text input for a decimal, an integer or a word; the core judges what is typed. Leaving the
 * field makes common ways of writing a number plain (`５万元` → `50000`), so what is shown is
 * what is used; its problems then appear (never while typing).
 */
export function TextField({
  path,
  inputMode,
  autoComplete = 'off',
  ...shown
}: FieldProps & {
  readonly inputMode?: 'decimal' | 'numeric' | 'text';
  readonly autoComplete?: string;
}) {
  const { form, set, touch, editing } = useForm();
  const frame = useFieldFrame(path, shown);
  const key = frame.name;
  const value = valueAt(form, path);
  const kind = fieldKind(path);
  return (
    <TextInputField
      {...frame}
      value={typeof value === 'string' ? value : ''}
      inputMode={
        inputMode ?? (kind === 'integer' ? 'numeric' : kind === 'decimal' ? 'decimal' : 'text')
      }
      autoComplete={autoComplete}
      onInput={(typed) => {
        set(path, typed);
        editing(key);
      }}
      onLeave={(typed) => {
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
  );
}

/** A select among the model's codes; a loaded value the model does not know is kept and shown. */
export function SelectField({
  path,
  options,
  ...shown
}: FieldProps & { readonly options: readonly SelectOption[] }) {
  const { form, set, touch } = useForm();
  const frame = useFieldFrame(path, shown);
  const key = frame.name;
  const raw = valueAt(form, path);
  return (
    <SelectInputField
      {...frame}
      value={typeof raw === 'string' ? raw : ''}
      options={options}
      onChange={(value) => {
        set(path, value);
        touch(key);
      }}
      onLeave={() => touch(key)}
    />
  );
}

/** The issues of a group (a list, a row, an object) that no single input shows. */
export function GroupIssues({ path }: { readonly path: FormPath }) {
  const key = fieldKey(path);
  const { issues, isShown } = useForm();
  const list = isShown(key) ? (issues.byField.get(key) ?? []) : [];
  return <FieldIssues id={`${inputId(key)}-error`} issues={list} />;
}
