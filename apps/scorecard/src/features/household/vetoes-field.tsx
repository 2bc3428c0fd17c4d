import { useI18n } from '../../i18n/index';
import { useIssueWords } from '../../i18n/issue-words';
import { labelOf, vetoCodesOf } from '../../lib/model-view';
import { GroupIssues } from './fields';
import { useForm } from './form-context';
import { inputId, vetoOptions } from './form-state';

/** A checkbox per veto code of the model (and per unknown code a loaded record carries). */
export function VetoesField() {
  const { form, model, set, touch } = useForm();
  const i18n = useI18n();
  const words = useIssueWords(model);
  return (
    <fieldset id={inputId('vetoes')} class="checks">
      <legend>{words.name(['vetoes'])}</legend>
      {vetoOptions(form, model).map((code) => {
        const id = `${inputId('vetoes')}-${code.replace(/[^A-Za-z0-9_]+/g, '-')}`;
        const checked = form.vetoes.includes(code);
        return (
          <div key={code} class="check">
            <input
              type="checkbox"
              id={id}
              value={code}
              checked={checked}
              onChange={() => {
                // Order does not matter: the core sorts veto codes in its result.
                set(
                  ['vetoes'],
                  checked ? form.vetoes.filter((v) => v !== code) : [...form.vetoes, code],
                );
                touch('vetoes');
              }}
            />
            <label for={id}>
              <span class="code">{code}</span> {i18n.label(labelOf(vetoCodesOf(model), code), code)}
            </label>
          </div>
        );
      })}
      <GroupIssues path={['vetoes']} />
    </fieldset>
  );
}
