/**
 * Amounts for people: thousands separators on the decimal text itself, never through a float,
 * so what is shown is exactly what was computed. The one home of digit grouping for the library,
 * the command and the app.
 */

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?(…?)$/;

/**
 * Inserts thousands separators into a decimal string and pads its fraction with zeros to at
 * least `minFraction` digits. A trailing `…` (a cut non-terminating value) is kept. Text that is
 * not a plain decimal is returned unchanged.
 *
 * @example groupDecimal('17999.991', 2) // '17,999.991'
 * @example groupDecimal('1234567.00') // '1,234,567.00'
 */
export function groupDecimal(text: string, minFraction = 0): string {
  const match = DECIMAL.exec(text);
  if (match === null) return text;
  const [, sign = '', whole = '', fraction = '', ellipsis = ''] = match;
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const digits = fraction.length < minFraction ? fraction.padEnd(minFraction, '0') : fraction;
  return `${sign}${grouped}${digits === '' ? '' : `.${digits}`}${ellipsis}`;
}

/** `"1234567.00"` → `"1,234,567.00"`: a money string of a result, grouped. */
export function groupThousands(money: string): string {
  return groupDecimal(money);
}

/** A count grouped: `12345` → `"12,345"`. */
export function groupCount(count: number): string {
  return Number.isSafeInteger(count) ? groupDecimal(String(count)) : String(count);
}
