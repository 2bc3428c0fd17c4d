import type { TableSort } from './use-table-view';

/**
 * A table's rows in the order asked for, stable: ties (and rows as the input came) keep the
 * input order, by each row's `index`. `compare` orders two rows ascending by a column.
 */
export function sortRows<Row extends { readonly index: number }, Key extends string>(
  rows: readonly Row[],
  sort: TableSort<Key>,
  compare: Readonly<Record<Key, (a: Row, b: Row) => number>>,
): readonly Row[] {
  if (sort.key === 'input') return rows;
  const byColumn = compare[sort.key];
  const direction = sort.descending ? -1 : 1;
  return [...rows].sort((a, b) => direction * byColumn(a, b) || a.index - b.index);
}
