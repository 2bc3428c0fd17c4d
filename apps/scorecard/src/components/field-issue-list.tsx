import type { Issue, Model, RecordKind } from '../lib/core-adapter';
import { IssueText } from './issue-text';

/**
 * The issues of one field of a form, shown next to it (the element its input is described by,
 * `id`), without the field's name: the input's label says it. Nothing when there are none.
 */
export function FieldIssueList({
  id,
  issues,
  model,
  record,
}: {
  readonly id: string;
  readonly issues: readonly Issue[];
  readonly model: Model;
  /** The kind of record the form holds: its issues are said in its words. */
  readonly record: RecordKind;
}) {
  if (issues.length === 0) return null;
  return (
    <ul id={id} class="field-issues">
      {issues.map((issue) => (
        <li key={`${issue.code}:${issue.message}`}>
          <IssueText issue={issue} model={model} record={record} withField={false} />
        </li>
      ))}
    </ul>
  );
}
