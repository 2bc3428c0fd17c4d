/**
 * Display of exact decimal strings. Amounts stay text from the core to the screen: digits are
 * only regrouped or padded with zeros, never re-rounded, so what is shown is exactly what the
 * core computed. No `Number`, `parseFloat` or `toLocaleString` touches an amount.
 */

import { groupDecimal as coreGroupDecimal, yuanForDisplay } from '@credit-village/core';

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(…?)$/;

/** The minus sign of every number on screen (U+2212, as in `G − L`): one kind, never two. */
export const MINUS = '\u2212';

/** A number's leading `-` as the screen's minus sign. */
function withMinus(text: string): string {
  return text.startsWith('-') ? `${MINUS}${text.slice(1)}` : text;
}

/**
 * A decimal for display: thousands separators, (at least) `minFraction` decimals, and the
 * screen's minus sign.
 *
 * @example groupDecimal('-1234.5', 2) // '−1,234.50'
 */
export function groupDecimal(text: string, minFraction = 0): string {
  return withMinus(coreGroupDecimal(text, minFraction));
}

/**
 * Money for display: thousands separators and 2 decimals.
 *
 * @example formatMoney('163000.00') // '163,000.00'
 */
export function formatMoney(text: string): string {
  return groupDecimal(text, 2);
}

/**
 * Yuan to the fen for display, whatever the decimals of the exact value: `exact` is false when
 * a finer value was rounded for display (the screen marks it ≈). The rounding is the core's.
 *
 * @example formatYuan('123835.629') // { text: '123,835.63', exact: false }
 */
export function formatYuan(text: string): { readonly text: string; readonly exact: boolean } {
  const shown = yuanForDisplay(text);
  return { text: withMinus(shown.text), exact: shown.exact };
}

/**
 * A ratio (a decimal fraction) as a percentage, exactly: the decimal point moves two places,
 * nothing is rounded.
 *
 * @example formatPercent('0.0888') // '8.88%'
 * @example formatPercent('1') // '100%'
 */
export function formatPercent(text: string): string {
  const match = DECIMAL.exec(text);
  if (match === null) return text;
  const [, sign = '', whole = '', fraction = '', cut = ''] = match;
  const digits = `${whole}${fraction.padEnd(2, '0')}`;
  const point = whole.length + 2;
  const integer = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point);
  const value = `${integer}${rest === '' ? '' : `.${rest}`}`;
  return `${sign === '-' && !/^0(\.0*)?$/.test(value) ? MINUS : ''}${coreGroupDecimal(value)}${cut}%`;
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
