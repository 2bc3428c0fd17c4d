import type { Issue, Model, RecordKind } from '../lib/core-adapter';

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

/** The ids the control is described by: its hint, and its issues when it has some. */
export function describedBy({ id, hint, issues }: FieldFrame): string | undefined {
  const described = [hint === undefined ? '' : `${id}-hint`, issues.length > 0 ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return described === '' ? undefined : described;
}
