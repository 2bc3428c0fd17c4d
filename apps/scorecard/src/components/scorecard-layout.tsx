import type { ComponentChildren } from 'preact';

/** Props of {@link ScorecardLayout}. */
export interface ScorecardLayoutProps {
  /** The page's classes. */
  readonly class: string;
  /** The title and toolbar (see `ScorecardHead`). */
  readonly head: ComponentChildren;
  /** What screen readers were last told (after the user asked for the result). */
  readonly announcement: string;
  /** The `data-testid` of the announcement's live region. */
  readonly announcementTestId: string;
  /** Above the form: what was wrong with a file opened, where a record opened from a batch came from. */
  readonly notices: ComponentChildren;
  /** The form and its result bar. */
  readonly form: ComponentChildren;
  /** The result (or what is still to fix) and the next-grade advice. */
  readonly result: ComponentChildren;
}

/**
 * The shell of a scorecard page (household or entity): the head, a polite live region, the
 * notices, then two columns: the form (not printed), and its result beside it (below it on a
 * phone, where the result bar under the form keeps the figures in view). Printing shows the
 * result alone.
 */
export function ScorecardLayout({
  class: className,
  head,
  announcement,
  announcementTestId,
  notices,
  form,
  result,
}: ScorecardLayoutProps) {
  return (
    <div class={className}>
      {head}
      <p class="visually-hidden" aria-live="polite" data-testid={announcementTestId}>
        {announcement}
      </p>
      {notices}
      <div class="household-layout">
        <div class="form-column screen-only">{form}</div>
        <div class="result-column">{result}</div>
      </div>
    </div>
  );
}
