import { FieldIssueList } from '../../components/field-issue-list';
import type { Issue } from '../../lib/core-adapter';
import { useForm } from './form-context';

/**
 * The issues of one field of the household form, shown next to it (the element its input is
 * described by), without the field's name: the input's label says it.
 */
export function FieldIssues({
  id,
  issues,
}: {
  readonly id: string;
  readonly issues: readonly Issue[];
}) {
  const { model } = useForm();
  return <FieldIssueList id={id} issues={issues} model={model} record="household" />;
}

/** The issues of a field key, if they are to be shown now. */
export function useFieldIssues(key: string): readonly Issue[] {
  const { issues, isShown } = useForm();
  return isShown(key) ? (issues.byField.get(key) ?? []) : [];
}
