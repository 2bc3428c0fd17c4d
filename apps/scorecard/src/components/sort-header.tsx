/** Props of {@link SortHeader}. */
export interface SortHeaderProps {
  readonly label: string;
  /** A column of figures (aligned right). */
  readonly numeric: boolean;
  /** How the table is sorted by this column; `null` when it is not. */
  readonly direction: 'ascending' | 'descending' | null;
  readonly onSort: () => void;
  /** The button's accessible name, when the label alone does not say it sorts. */
  readonly buttonLabel?: string;
  /** Say `aria-sort="none"` on the column while the table is not sorted by it. */
  readonly noneWhenUnsorted?: boolean;
}

/**
 * The header of a column a table sorts by: a button that sorts (or turns the order round),
 * with the order shown by an arrow and told by `aria-sort`.
 */
export function SortHeader({
  label,
  numeric,
  direction,
  onSort,
  buttonLabel,
  noneWhenUnsorted = false,
}: SortHeaderProps) {
  return (
    <th
      scope="col"
      class={numeric ? 'num' : undefined}
      aria-sort={direction ?? (noneWhenUnsorted ? 'none' : undefined)}
    >
      <button type="button" class="sort" aria-label={buttonLabel} onClick={onSort}>
        {label}
        <span aria-hidden="true">
          {direction === null ? ' ↕' : direction === 'descending' ? ' ▼' : ' ▲'}
        </span>
      </button>
    </th>
  );
}
