import { BOUNDS } from '../../schema/bounds.js';
import { characterCount } from '../../schema/decimal-text.js';
import { nestedDeeperThan } from '../../schema/fields.js';
import { idProblem } from '../../schema/ids.js';

/**
 * Fast readers for the input grammar (docs/formats.md), shared by the household and entity fast
 * paths, returning `NaN` (or `false`, `undefined`) for anything the reference schema would reject,
 * so the caller falls through to zod for the message. They must accept exactly what the zod
 * schemas accept: the differential tests check it.
 */

/** The bounds in hundredths: fen for money, hundredths of m² or mu for areas. */
const MONEY_MAX = Number(BOUNDS.money) * 100;
const AREA_MAX = Number(BOUNDS.area) * 100;

/** A Dec2 value in hundredths (fen for money), or NaN. */
function hundredths(value: unknown, max: number): number {
  if (typeof value === 'number') {
    // A valid number's shortest text has at most 2 decimals: exactly when k/100 gives it back.
    if (!(value <= max / 100 && value >= -max / 100)) return Number.NaN;
    const k = Math.round(value * 100);
    return k / 100 === value ? k + 0 : Number.NaN;
  }
  if (typeof value !== 'string') return Number.NaN;
  const n = value.length;
  if (n === 0 || n > 18) return Number.NaN;
  let i = 0;
  let negative = false;
  if (value.charCodeAt(0) === 45) {
    negative = true;
    i = 1;
    if (n === 1) return Number.NaN;
  }
  const first = value.charCodeAt(i);
  if (first < 48 || first > 57) return Number.NaN;
  // No leading zeros: "0" may only be followed by "." or the end.
  if (first === 48 && i + 1 < n && value.charCodeAt(i + 1) !== 46) return Number.NaN;
  let whole = 0;
  for (; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c === 46) break;
    if (c < 48 || c > 57) return Number.NaN;
    whole = whole * 10 + (c - 48);
  }
  let frac = 0;
  if (i < n) {
    const digits = n - i - 1;
    if (digits < 1 || digits > 2) return Number.NaN;
    const d1 = value.charCodeAt(i + 1) - 48;
    if (d1 < 0 || d1 > 9) return Number.NaN;
    frac = d1 * 10;
    if (digits === 2) {
      const d2 = value.charCodeAt(i + 2) - 48;
      if (d2 < 0 || d2 > 9) return Number.NaN;
      frac += d2;
    }
  }
  if (whole > max / 100) return Number.NaN;
  const k = whole * 100 + frac;
  if (k > max) return Number.NaN;
  return negative ? (k === 0 ? 0 : -k) : k;
}

/** Money ≥ 0 in fen, or NaN. */
export function moneyNonNegative(value: unknown): number {
  const k = hundredths(value, MONEY_MAX);
  return k >= 0 ? k : Number.NaN;
}

/** Money of any sign in fen, or NaN. */
export function moneyAny(value: unknown): number {
  return hundredths(value, MONEY_MAX);
}

/** An area ≥ 0 in hundredths, or NaN. */
export function areaNonNegative(value: unknown): number {
  const k = hundredths(value, AREA_MAX);
  return k >= 0 ? k : Number.NaN;
}

/** An area > 0 in hundredths, or NaN. */
export function areaPositive(value: unknown): number {
  const k = hundredths(value, AREA_MAX);
  return k > 0 ? k : Number.NaN;
}

/** An integer in min..max (`-0` read as 0), or NaN. */
export function integerIn(value: unknown, min: number, max: number): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value + 0
    : Number.NaN;
}

/** A plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Longer than the bound in characters; the count is needed only past as many UTF-16 units. */
export function tooLong(text: string): boolean {
  return text.length > BOUNDS.stringLength && characterCount(text) > BOUNDS.stringLength;
}

/** An id the reference accepts: a non-empty string within the length bound that follows the id rule. */
export function isId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    !tooLong(value) &&
    idProblem(value) === undefined
  );
}

// The optional blocks below are absent from most records: each reader answers that case in a
// few bytecodes, so the optimising compiler inlines it into the fast paths' record loops, and
// reads a block that is there in a function of its own.

/** An optional `meta` the reference accepts: absent, or an object nested no deeper than the bound. */
export function isMeta(value: unknown): boolean {
  return value === undefined || metaObject(value);
}

function metaObject(value: unknown): boolean {
  return isObject(value) && !nestedDeeperThan(value, BOUNDS.metaDepth);
}

/**
 * An optional list of veto codes: `[]` when absent, the distinct codes sorted when every one is
 * in `codes` (and the list within the bound), else `undefined` (not one the reader accepts).
 */
export function readVetoes(value: unknown, codes: ReadonlySet<string>): string[] | undefined {
  return value === undefined ? [] : vetoList(value, codes);
}

function vetoList(value: unknown, codes: ReadonlySet<string>): string[] | undefined {
  if (!Array.isArray(value) || value.length > BOUNDS.vetoes) return undefined;
  for (const code of value) if (typeof code !== 'string' || !codes.has(code)) return undefined;
  return value.length > 0 ? [...new Set(value as string[])].sort() : [];
}
