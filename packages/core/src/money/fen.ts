/**
 * Exact sums of money strings in whole fen (BigInt), for village and batch totals: no
 * precision limit however many households are added.
 */

/** `"163000.00"` → 16300000n. The text must have exactly 2 decimals (as results do). */
export function moneyTextToFen(text: string): bigint {
  const point = text.length - 3;
  if (text[point] !== '.') throw new RangeError(`not a 2-decimal money string: ${text}`);
  return BigInt(text.slice(0, point) + text.slice(point + 1));
}

/** 16300000n → `"163000.00"`; never `"-0.00"`. */
export function fenToMoneyText(fen: bigint): string {
  const negative = fen < 0n;
  const digits = (negative ? -fen : fen).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
