import { useI18n } from '../../i18n/index';
import { fieldKey } from '../../lib/core-adapter';
import { civilityLevelsOf, dimensionsOf } from '../../lib/model-view';
import { FieldIssues, useFieldIssues } from './field-issues';
import { GroupIssues } from './fields';
import { useForm } from './form-context';
import { inputId } from './form-state';

/** One radio group per civility dimension of the model (good / fair / poor by default). */
export function CivilityField() {
  const { model, set, touch } = useForm();
  const i18n = useI18n();
  const levels = civilityLevelsOf(model);
  const first = levels[0];
  return (
    <div id={inputId('civility')} class="civility">
      <GroupIssues path={['civility']} />
      {first === undefined ? null : (
        <button
          type="button"
          class="button button-quiet"
          onClick={() => {
            for (const d of dimensionsOf(model)) {
              set(['civility', d.code], first.code);
              touch(fieldKey(['civility', d.code]));
            }
          }}
        >
          {i18n.t('action.allLevel', { level: i18n.label(first.label, first.code) })}
        </button>
      )}
      {dimensionsOf(model).map((d) => (
        <Dimension key={d.code} code={d.code} name={i18n.label(d.label, d.code)} />
      ))}
    </div>
  );
}

function Dimension({ code, name }: { readonly code: string; readonly name: string }) {
  const { form, model, set, touch } = useForm();
  const i18n = useI18n();
  const key = fieldKey(['civility', code]);
  const id = inputId(key);
  const issues = useFieldIssues(key);
  const value = form.civility[code] ?? '';
  return (
    <fieldset
      id={id}
      class={`radio-row${issues.length > 0 ? ' is-invalid' : ''}`}
      aria-describedby={issues.length > 0 ? `${id}-error` : undefined}
    >
      <legend>
        {name}
        <span class="required-mark" aria-hidden="true">
          {' *'}
        </span>
      </legend>
      <div class="radio-options">
        {civilityLevelsOf(model).map((level) => {
          const optionId = `${id}-${level.code}`;
          return (
            <span key={level.code} class="radio-option">
              <input
                type="radio"
                id={optionId}
                name={key}
                value={level.code}
                checked={value === level.code}
                required
                aria-invalid={issues.length > 0 ? 'true' : undefined}
                onChange={() => {
                  set(['civility', code], level.code);
                  touch(key);
                }}
              />
              <label for={optionId}>{i18n.label(level.label, level.code)}</label>
            </span>
          );
        })}
      </div>
      <FieldIssues id={`${id}-error`} issues={issues} />
    </fieldset>
  );
}
