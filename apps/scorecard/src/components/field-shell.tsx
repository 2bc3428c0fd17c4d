import type { ComponentChildren } from 'preact';
import type { Issue, Model, RecordKind } from '../lib/core-adapter';
import { FieldIssueList } from './field-issue-list';
import { FieldLabel } from './field-label';

/** What a single-value field of a scorecard form shows around its control. */
export interface FieldFrame {
  /** The control's id; its hint and issues take it as prefix (`-hint`, `-error`). */
  readonly id: string;
  /** The field key, as the control's `name`. */
  readonly name: string;
  readonly label: string;
  readonly hint?: string | undefined;
  /** Marked with `*` and `aria-required`: the record is not complete without it. */
  readonly required: boolean;
  /** The field's issues shown now. */
  readonly issues: readonly Issue[];
  readonly model: Model;
  readonly record: RecordKind;
}

/** The ids a field's control is described by: its hint, and its issues when it has some. */
export function describedBy({ id, hint, issues }: FieldFrame): string | undefined {
  const described = [hint === undefined ? '' : `${id}-hint`, issues.length > 0 ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return described === '' ? undefined : described;
}

/**
 * A single-value field of a scorecard form around its control (`children`): the label (with
 * the required mark), the hint, and the issues once they are shown; marked invalid with them.
 */
export function FieldShell({
  frame,
  children,
}: {
  readonly frame: FieldFrame;
  /** The control, labelled by `frame.id` and described by {@link describedBy}. */
  readonly children: ComponentChildren;
}) {
  const { id, label, hint, required, issues, model, record } = frame;
  return (
    <div class={`field${issues.length > 0 ? ' is-invalid' : ''}`}>
      <FieldLabel id={id} text={label} required={required} />
      {children}
      {hint === undefined ? null : (
        <span id={`${id}-hint`} class="field-hint">
          {hint}
        </span>
      )}
      <FieldIssueList id={`${id}-error`} issues={issues} model={model} record={record} />
    </div>
  );
}
