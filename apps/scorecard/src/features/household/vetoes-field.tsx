import { VetoChecks } from '../../components/veto-checks';
import { useIssueWords } from '../../i18n/issue-words';
import { vetoCodesOf } from '../../lib/model-view';
import { useFieldIssues } from './field-issues';
import { useForm } from './form-context';
import { inputId } from './form-state';

/** A checkbox per veto code of the model (and per unknown code a loaded record carries). */
export function VetoesField() {
  const { form, model, set, touch } = useForm();
  const words = useIssueWords(model);
  const issues = useFieldIssues('vetoes');
  return (
    <VetoChecks
      id={inputId('vetoes')}
      legend={words.name(['vetoes'])}
      codes={vetoCodesOf(model)}
      selected={form.vetoes}
      onChange={(selected) => {
        set(['vetoes'], selected);
        touch('vetoes');
      }}
      issues={issues}
      model={model}
      record="household"
    />
  );
}
