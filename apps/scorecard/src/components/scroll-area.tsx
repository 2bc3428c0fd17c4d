import type { ComponentChildren } from 'preact';
import { useI18n } from '../i18n/index';

/**
 * A wide table's horizontal scroller. It takes the keyboard focus (so that a keyboard user can
 * scroll it with the arrow keys, WCAG 2.1.1) and is named after its table (`各村评定结果（表格）`),
 * a name of its own, distinct from the card around it.
 */
export function ScrollArea({
  label,
  className,
  children,
}: {
  /** The table's title. */
  readonly label: string;
  /** More classes (`wide`: two columns of a card's grid). */
  readonly className?: string;
  readonly children: ComponentChildren;
}) {
  const { t } = useI18n();
  return (
    <section
      class={className === undefined ? 'table-scroll' : `table-scroll ${className}`}
      aria-label={t('table.scroll', { name: label })}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to be scrolled without a mouse
      tabIndex={0}
    >
      {children}
    </section>
  );
}
