import { FieldIssueList } from '../../components/field-issue-list';
import type { FieldFrame } from '../../components/field-shell';
import { SelectInputField, type SelectOption } from '../../components/select-input-field';
import { TextInputField } from '../../components/text-input-field';
import { VetoChecks } from '../../components/veto-checks';
import { useIssueWords } from '../../i18n/issue-words';
import { fieldKey, type Issue } from '../../lib/core-adapter';
import { useEntityFieldIssues, useEntityForm } from './entity-context';
import {
  type EntityPath,
  type EntitySelectKey,
  entityFieldKind,
  entityInputId,
  plainText,
  textAt,
} from './entity-form';
import { entityVetoCodesOf } from './entity-model';

/** The issues of one field, beside it, in the clerk's words (the input's label names the field). */
export function EntityFieldIssues({
  id,
  issues,
}: {
  readonly id: string;
  readonly issues: readonly Issue[];
}) {
  const { model } = useEntityForm();
  return <FieldIssueList id={id} issues={issues} model={model} record="entity" />;
}

/** Props shared by the entity form's fields. */
interface FieldProps {
  readonly path: EntityPath;
  /** The label; by default the field's name from the core (`资产总额（元）`). */
  readonly label?: string;
  readonly hint?: string;
  readonly required?: boolean;
}

/**
 * What an entity field at `path` shows around its control: its id and name (the path's key),
 * its label (by default the field's name from the core), hint, and the issues shown now.
 */
function useEntityFieldFrame(
  path: EntityPath,
  { label, hint, required = false }: Omit<FieldProps, 'path'>,
): FieldFrame {
  const { model } = useEntityForm();
  const words = useIssueWords(model);
  const key = fieldKey(path);
  const issues = useEntityFieldIssues(key);
  return {
    id: entityInputId(key),
    name: key,
    label: label ?? words.name(path, 'entity'),
    hint,
    required,
    issues,
    model,
    record: 'entity',
  };
}

/**
 * A text input for an amount, a count or a word of the entity record; the core judges what is
 * typed. Leaving the field makes common ways of writing a number plain (`５万元` → `50000`).
 */
export function EntityTextField({ path, ...shown }: FieldProps) {
  const { form, dispatch, touch } = useEntityForm();
  const frame = useEntityFieldFrame(path, shown);
  const key = frame.name;
  const kind = entityFieldKind(path);
  return (
    <TextInputField
      {...frame}
      value={textAt(form, path)}
      inputMode={kind === 'integer' ? 'numeric' : kind === 'decimal' ? 'decimal' : 'text'}
      autoComplete="off"
      onInput={(typed) => {
        dispatch({ type: 'text', path, value: typed });
        dispatch({ type: 'editing', key });
      }}
      onLeave={(typed) => {
        const plain = plainText(path, typed);
        if (plain !== typed && typed.trim() !== '') dispatch({ type: 'text', path, value: plain });
        touch(key);
      }}
    />
  );
}

/** A select among the model's codes, shown by their labels; a loaded unknown value is kept and shown. */
export function EntitySelectField({
  path,
  options,
  blank,
  ...shown
}: FieldProps & {
  readonly path: readonly [EntitySelectKey];
  readonly options: readonly SelectOption[];
  /** The words of the empty choice (by default "— 请选择 —"). */
  readonly blank?: string;
}) {
  const { form, dispatch, touch } = useEntityForm();
  const frame = useEntityFieldFrame(path, shown);
  const key = frame.name;
  return (
    <SelectInputField
      {...frame}
      value={textAt(form, path)}
      options={options}
      blank={blank}
      onChange={(value) => {
        dispatch({ type: 'text', path, value });
        touch(key);
      }}
      onLeave={() => touch(key)}
    />
  );
}

/** A yes/no fact of the record (insured, sales contracts) as a checkbox: unticked is absent, false. */
export function EntityFlagField({ name }: { readonly name: 'insured' | 'salesContracts' }) {
  const { form, model, dispatch } = useEntityForm();
  const words = useIssueWords(model);
  const id = entityInputId(name);
  const issues = useEntityFieldIssues(name);
  return (
    <div class="check-field">
      <div class="check">
        <input
          type="checkbox"
          id={id}
          checked={form[name]}
          aria-describedby={issues.length > 0 ? `${id}-error` : undefined}
          onChange={(event) =>
            dispatch({ type: 'flag', key: name, value: event.currentTarget.checked })
          }
        />
        <label for={id}>{words.name([name], 'entity')}</label>
      </div>
      <EntityFieldIssues id={`${id}-error`} issues={issues} />
    </div>
  );
}

/** A checkbox per entity veto code of the model (and per unknown code a loaded record carries). */
export function EntityVetoesField() {
  const { form, model, dispatch } = useEntityForm();
  const words = useIssueWords(model);
  const issues = useEntityFieldIssues('vetoes');
  return (
    <VetoChecks
      id={entityInputId('vetoes')}
      legend={words.name(['vetoes'], 'entity')}
      codes={entityVetoCodesOf(model)}
      selected={form.vetoes}
      onChange={(selected) => dispatch({ type: 'vetoes', value: selected })}
      issues={issues}
      model={model}
      record="entity"
    />
  );
}
