/**
 * Amounts for people: thousands separators on the decimal text itself, never through a float,
 * so what is shown is exactly what was computed. The one home of digit grouping for the library,
 * the command and the app.
 */

import { Dec } from './decimal.js';
import { roundToStep } from './rounding.js';

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

/** An amount of yuan for people: see {@link yuanForDisplay}. */
export interface DisplayedYuan {
  /** Grouped, with exactly 2 decimals: `123,835.63`. */
  readonly text: string;
  /** Whether `text` is the value itself (false when a 3rd decimal or more was rounded away). */
  readonly exact: boolean;
}

/**
 * An amount of yuan as a person reads it: grouped, always 2 decimals. An exact intermediate
 * with more decimals (0.3 × 412785.43 = 123835.629 in a limit's derivation) is rounded half up
 * to the fen for display only, and `exact` is false so that the screen marks it (≈) and can
 * show the exact value beside it. Text that is not a plain decimal is returned as it is.
 *
 * @example yuanForDisplay('123835.629') // { text: '123,835.63', exact: false }
 */
export function yuanForDisplay(text: string): DisplayedYuan {
  const match = DECIMAL.exec(text);
  if (match === null || match[4] !== '') return { text, exact: false };
  const fraction = match[3] ?? '';
  if (fraction.length <= 2 || /^0*$/.test(fraction.slice(2)))
    return {
      text: groupDecimal(`${match[1]}${match[2]}.${fraction.slice(0, 2).padEnd(2, '0')}`),
      exact: true,
    };
  const rounded = roundToStep(new Dec(text), new Dec('0.01'), 'halfUp').toFixed(2);
  return { text: groupDecimal(rounded === '-0.00' ? '0.00' : rounded), exact: false };
}
