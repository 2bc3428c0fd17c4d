import type { ComponentChildren } from 'preact';
import { ScrollArea } from '../../components/scroll-area';
import { useI18n } from '../../i18n/index';
import type { Label } from '../../lib/core-adapter';

/** One extra column of a {@link CodedTable}. */
export interface Column<T> {
  readonly title: string;
  readonly cell: (row: T) => ComponentChildren;
  readonly numeric?: boolean;
}

/** A table of coded model entries (code, name in the current language, then `columns`). */
export function CodedTable<T extends { readonly code: string; readonly label?: Label }>({
  title,
  rows,
  columns = [],
  wide = false,
}: {
  readonly title: string;
  readonly rows: readonly T[];
  readonly columns?: readonly Column<T>[];
  /** Takes two columns of the card's grid (for tables with many columns). */
  readonly wide?: boolean;
}) {
  const i18n = useI18n();
  return (
    <ScrollArea label={title} {...(wide ? { className: 'wide' } : {})}>
      <table class="table compact">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{i18n.t('model.code')}</th>
            <th scope="col">{i18n.t('model.label')}</th>
            {columns.map((c) => (
              <th scope="col" key={c.title} class={c.numeric ? 'num' : undefined}>
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <td>
                <code>{row.code}</code>
              </td>
              <td>{i18n.label(row.label, row.code)}</td>
              {columns.map((c) => (
                <td key={c.title} class={c.numeric ? 'num' : undefined}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollArea>
  );
}
