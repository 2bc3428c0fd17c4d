import { groupCount, groupThousands } from '@credit-village/core';

/** A count with thousands separators: `12,345` (the core's grouping). */
export const formatCount = groupCount;

/** A money string from the core (`"123456000.00"`) with thousands separators (`123,456,000.00`). */
export const formatMoneyText = groupThousands;

/** `1 village`, `2 villages`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
