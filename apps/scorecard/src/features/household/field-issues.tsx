import { IssueText } from '../../components/issue-text';
import type { Issue } from '../../lib/core-adapter';
import { useForm } from './form-context';

/**
 * The issues of one field, shown next to it (the element its input is described by), without
 * the field's name: the input's label says it.
 */
export function FieldIssues({
  id,
  issues,
}: {
  readonly id: string;
  readonly issues: readonly Issue[];
}) {
  const { model } = useForm();
  if (issues.length === 0) return null;
  return (
    <ul id={id} class="field-issues">
      {issues.map((issue) => (
        <li key={`${issue.code}:${issue.message}`}>
          <IssueText issue={issue} model={model} withField={false} />
        </li>
      ))}
    </ul>
  );
}

/** The issues of a field key, if they are to be shown now. */
export function useFieldIssues(key: string): readonly Issue[] {
  const { issues, isShown } = useForm();
  return isShown(key) ? (issues.byField.get(key) ?? []) : [];
}
