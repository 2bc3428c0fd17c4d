/**
 * Display of exact decimal strings. Amounts stay text from the core to the screen: digits are
 * only regrouped or padded with zeros, never re-rounded, so what is shown is exactly what the
 * core computed. No `Number`, `parseFloat` or `toLocaleString` touches an amount.
 */

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(…?)$/;

/**
 * Inserts thousands separators into a decimal string and pads its fraction with zeros to at
 * least `minFraction` digits. A trailing `…` (a cut non-terminating value) is kept. Text that is
 * not a plain decimal is returned unchanged.
 *
 * @example groupDecimal('17999.991', 2) // '17,999.991'
 */
export function groupDecimal(text: string, minFraction = 0): string {
  const match = DECIMAL.exec(text);
  if (match === null) return text;
  const [, sign = '', whole = '', fraction = '', ellipsis = ''] = match;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const digits = fraction.length < minFraction ? fraction.padEnd(minFraction, '0') : fraction;
  return `${sign}${grouped}${digits === '' ? '' : `.${digits}`}${ellipsis}`;
}

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
