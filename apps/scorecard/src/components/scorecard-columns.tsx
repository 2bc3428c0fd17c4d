import type { ComponentChildren } from 'preact';

/**
 * The two columns of a scorecard page: the form (not printed), and its result beside it (below
 * it on a phone, where a result bar under the form keeps the figures in view).
 */
export function ScorecardColumns({
  form,
  result,
}: {
  /** The form and its result bar. */
  readonly form: ComponentChildren;
  /** The result (or what is still to fix) and the next-grade advice. */
  readonly result: ComponentChildren;
}) {
  return (
    <div class="household-layout">
      <div class="form-column screen-only">{form}</div>
      <div class="result-column">{result}</div>
    </div>
  );
}
