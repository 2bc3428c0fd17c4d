/**
 * Display of exact decimal strings. Amounts stay text from the core to the screen: digits are
 * only regrouped or padded with zeros, never re-rounded, so what is shown is exactly what the
 * core computed. No `Number`, `parseFloat` or `toLocaleString` touches an amount.
 */

import { groupDecimal } from '@credit-village/core';

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(…?)$/;

export { groupDecimal };

/**
 * Money for display: thousands separators and (at least) 2 decimals.
 *
 * @example formatMoney('163000.00') // '163,000.00'
 */
export function formatMoney(text: string): string {
  return groupDecimal(text, 2);
}

/**
 * A change of money for display: a `+` before a positive amount, the core's `-` kept before a
 * negative one, zero as it is (text only, like {@link formatMoney}).
 *
 * @example formatMoneyChange('1000.00') // '+1,000.00'
 */
export function formatMoneyChange(text: string): string {
  const shown = formatMoney(text);
  if (!DECIMAL.test(text) || text.startsWith('-') || /^[0.]+$/.test(text)) return shown;
  return `+${shown}`;
}

/**
 * Compares two decimal strings exactly (for sorting by limit): negative, zero or positive.
 * Non-decimal text sorts before any number.
 */
export function compareDecimal(a: string, b: string): number {
  const x = DECIMAL.exec(a);
  const y = DECIMAL.exec(b);
  if (x === null || y === null) return x === null ? (y === null ? 0 : -1) : 1;
  const scale = Math.max(x[3]?.length ?? 0, y[3]?.length ?? 0);
  const diff = scaled(x, scale) - scaled(y, scale);
  return diff < 0n ? -1 : diff > 0n ? 1 : 0;
}

function scaled(match: RegExpExecArray, scale: number): bigint {
  const [, sign = '', whole = '0', fraction = ''] = match;
  const value = BigInt(`${whole}${fraction.padEnd(scale, '0')}`);
  return sign === '-' ? -value : value;
}
