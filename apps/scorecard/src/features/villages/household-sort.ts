import type { HouseholdResult } from '../../lib/core-adapter';
import { compareDecimal } from '../../lib/money';
import { sortRows } from '../../lib/sort-rows';
import type { TableSort } from '../../lib/use-table-view';

/** The columns the household table sorts by. */
export type SortKey = 'id' | 'score' | 'limit';

/** A sort order: column (or the input's order) and direction. */
export type Sort = TableSort<SortKey>;

interface Entry {
  readonly index: number;
  readonly household: HouseholdResult;
}

const COMPARE: Readonly<Record<SortKey, (a: Entry, b: Entry) => number>> = {
  id: (a, b) => (a.household.id < b.household.id ? -1 : a.household.id > b.household.id ? 1 : 0),
  score: (a, b) => a.household.score - b.household.score,
  limit: (a, b) => compareDecimal(a.household.limit, b.household.limit),
};

/**
 * Households sorted by a column (stable: ties keep the input order). Limits compare as exact
 * decimals, never as floating-point numbers.
 */
export function sortHouseholds(
  households: readonly HouseholdResult[],
  sort: Sort,
): HouseholdResult[] {
  const entries = households.map((household, index) => ({ household, index }));
  return sortRows(entries, sort, COMPARE).map((entry) => entry.household);
}
