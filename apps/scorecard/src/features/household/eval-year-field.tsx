import { EvalYearInput } from '../../components/eval-year-input';
import { useFieldIssues } from './field-issues';
import { useForm } from './form-context';
import { inputId } from './form-state';

/** The evaluation year of the household form, with its issues (see {@link EvalYearInput}). */
export function EvalYearField({
  value,
  chosen,
  onChange,
  onLeave,
}: {
  readonly value: string;
  /** Whether the year was typed or loaded (not the current year by default). */
  readonly chosen: boolean;
  readonly onChange: (value: string) => void;
  readonly onLeave: (value: string) => void;
}) {
  const { model } = useForm();
  const issues = useFieldIssues('evalYear');
  return (
    <EvalYearInput
      id={inputId('evalYear')}
      value={value}
      chosen={chosen}
      issues={issues}
      model={model}
      record="household"
      hintTestId="eval-year-hint"
      onChange={onChange}
      onLeave={onLeave}
    />
  );
}
