import { IssueText } from '../../components/issue-text';
import { useI18n } from '../../i18n/index';
import { useIssueWords } from '../../i18n/issue-words';
import { fieldKey, type Issue } from '../../lib/core-adapter';
import { labelOf } from '../../lib/model-view';
import { FieldLabel } from '../household/fields';
import { useEntityFieldIssues, useEntityForm } from './entity-context';
import {
  type EntityPath,
  type EntitySelectKey,
  entityFieldKind,
  entityInputId,
  entityVetoOptions,
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
  if (issues.length === 0) return null;
  return (
    <ul id={id} class="field-issues">
      {issues.map((issue) => (
        <li key={`${issue.code}:${issue.message}`}>
          <IssueText issue={issue} model={model} record="entity" withField={false} />
        </li>
      ))}
    </ul>
  );
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
 * A text input for an amount, a count or a word of the entity record; the core judges what is
 * typed. Leaving the field makes common ways of writing a number plain (`５万元` → `50000`).
 */
export function EntityTextField({ path, label, hint, required = false }: FieldProps) {
  const { form, model, dispatch, touch } = useEntityForm();
  const words = useIssueWords(model);
  const key = fieldKey(path);
  const id = entityInputId(key);
  const issues = useEntityFieldIssues(key);
  const kind = entityFieldKind(path);
  const described = [hint === undefined ? '' : `${id}-hint`, issues.length > 0 ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`field${issues.length > 0 ? ' is-invalid' : ''}`}>
      <FieldLabel id={id} text={label ?? words.name(path, 'entity')} required={required} />
      <input
        id={id}
        name={key}
        type="text"
        inputMode={kind === 'integer' ? 'numeric' : kind === 'decimal' ? 'decimal' : 'text'}
        autoComplete="off"
        spellcheck={false}
        value={textAt(form, path)}
        aria-required={required ? 'true' : undefined}
        aria-invalid={issues.length > 0 ? 'true' : undefined}
        aria-describedby={described === '' ? undefined : described}
        onInput={(event) => {
          dispatch({ type: 'text', path, value: event.currentTarget.value });
          dispatch({ type: 'editing', key });
        }}
        onBlur={(event) => {
          const typed = event.currentTarget.value;
          const plain = plainText(path, typed);
          if (plain !== typed && typed.trim() !== '')
            dispatch({ type: 'text', path, value: plain });
          touch(key);
        }}
      />
      {hint === undefined ? null : (
        <span id={`${id}-hint`} class="field-hint">
          {hint}
        </span>
      )}
      <EntityFieldIssues id={`${id}-error`} issues={issues} />
    </div>
  );
}

/** One option of an {@link EntitySelectField}: a code and the model's label of it. */
export interface EntityOption {
  readonly value: string;
  readonly label: string;
}

/** A select among the model's codes, shown by their labels; a loaded unknown value is kept and shown. */
export function EntitySelectField({
  path,
  label,
  hint,
  options,
  required = false,
  blank,
}: FieldProps & {
  readonly path: readonly [EntitySelectKey];
  readonly options: readonly EntityOption[];
  /** The words of the empty choice (by default "— 请选择 —"). */
  readonly blank?: string;
}) {
  const { form, model, dispatch, touch } = useEntityForm();
  const { t } = useI18n();
  const words = useIssueWords(model);
  const key = fieldKey(path);
  const id = entityInputId(key);
  const issues = useEntityFieldIssues(key);
  const value = textAt(form, path);
  const unknown = value !== '' && !options.some((o) => o.value === value);
  const described = [hint === undefined ? '' : `${id}-hint`, issues.length > 0 ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class={`field${issues.length > 0 ? ' is-invalid' : ''}`}>
      <FieldLabel id={id} text={label ?? words.name(path, 'entity')} required={required} />
      <select
        id={id}
        name={key}
        value={value}
        aria-required={required ? 'true' : undefined}
        aria-invalid={issues.length > 0 ? 'true' : undefined}
        aria-describedby={described === '' ? undefined : described}
        onChange={(event) => {
          dispatch({ type: 'text', path, value: event.currentTarget.value });
          touch(key);
        }}
        onBlur={() => touch(key)}
      >
        <option value="">{blank ?? t('form.choose')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {unknown ? <option value={value}>{t('form.unknownValue', { value })}</option> : null}
      </select>
      {hint === undefined ? null : (
        <span id={`${id}-hint`} class="field-hint">
          {hint}
        </span>
      )}
      <EntityFieldIssues id={`${id}-error`} issues={issues} />
    </div>
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
  const i18n = useI18n();
  const words = useIssueWords(model);
  const issues = useEntityFieldIssues('vetoes');
  const groupId = entityInputId('vetoes');
  return (
    <fieldset id={groupId} class="checks">
      <legend>{words.name(['vetoes'], 'entity')}</legend>
      {entityVetoOptions(form, model).map((code) => {
        const id = `${groupId}-${code.replace(/[^A-Za-z0-9_]+/g, '-')}`;
        const checked = form.vetoes.includes(code);
        return (
          <div key={code} class="check">
            <input
              type="checkbox"
              id={id}
              value={code}
              checked={checked}
              onChange={() =>
                // Order does not matter: the core sorts veto codes in its result.
                dispatch({
                  type: 'vetoes',
                  value: checked ? form.vetoes.filter((v) => v !== code) : [...form.vetoes, code],
                })
              }
            />
            <label for={id}>
              <span class="code">{code}</span>{' '}
              {i18n.label(labelOf(entityVetoCodesOf(model), code), code)}
            </label>
          </div>
        );
      })}
      <EntityFieldIssues id={`${groupId}-error`} issues={issues} />
    </fieldset>
  );
}
