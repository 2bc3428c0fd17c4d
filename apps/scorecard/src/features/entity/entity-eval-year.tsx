import { EvalYearInput } from '../../components/eval-year-input';
import { useEntityFieldIssues, useEntityForm } from './entity-context';
import { entityInputId } from './entity-form';

/**
 * The evaluation year of the entity form: not part of the record, but the years since
 * registration (and the check of the registration year) depend on it (see {@link EvalYearInput}).
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
  const { model } = useEntityForm();
  const issues = useEntityFieldIssues('evalYear');
  return (
    <EvalYearInput
      id={entityInputId('evalYear')}
      value={value}
      chosen={chosen}
      issues={issues}
      model={model}
      record="entity"
      onChange={onChange}
      onLeave={onLeave}
    />
  );
}
