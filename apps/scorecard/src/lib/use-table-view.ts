import { useState } from 'preact/hooks';

/** A table's order: by a column, or as the input came (`input`). */
export interface TableSort<Key extends string> {
  readonly key: Key | 'input';
  readonly descending: boolean;
}

/** What {@link useTableView} gives its table. */
export interface TableView<Filters extends Record<string, string>, Key extends string> {
  /** The search text and the filters' values (`''` for all). */
  readonly filters: Filters;
  readonly sort: TableSort<Key>;
  /** The 0-based page shown. */
  readonly page: number;
  /** Sets a search or filter: the table goes back to its first page. */
  readonly setFilter: (name: keyof Filters, value: string) => void;
  /**
   * Sorts by a column: the column sorted already turns round; another starts descending
   * (`firstDescending`, as figures are read from the top) or ascending (names). Back to page 1.
   */
  readonly sortBy: (key: Key, firstDescending: boolean) => void;
  /** How the table is sorted by a column, for its header; `null` when it is not. */
  readonly direction: (key: Key) => 'ascending' | 'descending' | null;
  readonly setPage: (page: number) => void;
}

/**
 * The state of a long table a user searches, filters, sorts and pages through (villages of a
 * county, entities of a batch, a village's households): any change of what is kept or of the
 * order starts again at the first page.
 */
export function useTableView<Filters extends Record<string, string>, Key extends string>(
  initialFilters: Filters,
  initialSort: TableSort<Key>,
): TableView<Filters, Key> {
  const [filters, setFilters] = useState(initialFilters);
  const [sort, setSort] = useState(initialSort);
  const [page, setPage] = useState(0);
  return {
    filters,
    sort,
    page,
    setFilter: (name, value) => {
      setFilters((current) => ({ ...current, [name]: value }));
      setPage(0);
    },
    sortBy: (key, firstDescending) => {
      setSort({ key, descending: sort.key === key ? !sort.descending : firstDescending });
      setPage(0);
    },
    direction: (key) => (sort.key === key ? (sort.descending ? 'descending' : 'ascending') : null),
    setPage,
  };
}
