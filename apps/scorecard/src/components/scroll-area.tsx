import type { ComponentChildren } from 'preact';

/**
 * A wide table's horizontal scroller. It takes the keyboard focus (so that a keyboard user can
 * scroll it with the arrow keys, WCAG 2.1.1) and is named by its table's title for screen readers.
 */
export function ScrollArea({
  label,
  labelledBy,
  children,
}: {
  readonly label?: string;
  readonly labelledBy?: string;
  readonly children: ComponentChildren;
}) {
  return (
    <section
      class="table-scroll"
      aria-label={label}
      aria-labelledby={labelledBy}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to be scrolled without a mouse
      tabIndex={0}
    >
      {children}
    </section>
  );
}
