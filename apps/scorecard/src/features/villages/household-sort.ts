import type { HouseholdResult } from '../../lib/core-adapter';
import { compareDecimal } from '../../lib/money';

/** The columns the household table sorts by. */
export type SortKey = 'id' | 'score' | 'limit';

/** A sort order: column and direction. */
export interface Sort {
  readonly key: SortKey;
  readonly descending: boolean;
}

/**
 * Households sorted by a column (stable: ties keep the input order). Limits compare as exact
 * decimals, never as floating-point numbers.
 */
export function sortHouseholds(
  households: readonly HouseholdResult[],
  sort: Sort,
): HouseholdResult[] {
  const direction = sort.descending ? -1 : 1;
  const compare = (a: HouseholdResult, b: HouseholdResult): number => {
    if (sort.key === 'score') return a.score - b.score;
    if (sort.key === 'limit') return compareDecimal(a.limit, b.limit);
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
  return households
    .map((household, index) => ({ household, index }))
    .sort((x, y) => direction * compare(x.household, y.household) || x.index - y.index)
    .map((entry) => entry.household);
}
