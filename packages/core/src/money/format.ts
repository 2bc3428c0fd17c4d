import { Dec, ZERO } from './decimal.js';
import { divideRound, type RoundingMode } from './rounding.js';

/**
 * Prints an exact decimal with exactly `decimals` fractional digits. The value must already be
 * a multiple of 10^-decimals (callers round first, by name); a zero never prints as `-0.00`.
 */
export function formatFixed(value: Dec, decimals: number): string {
  if (value.decimalPlaces() > decimals) {
    throw new RangeError(`formatFixed: ${value.toString()} has more than ${decimals} decimals`);
  }
  return (value.isZero() ? ZERO : value).toFixed(decimals);
}

/** Prints money in yuan with exactly 2 decimals: `"163000.00"`. */
export function formatMoney(value: Dec): string {
  return formatFixed(value, 2);
}

/**
 * Prints the ratio `numerator / denominator` rounded to `decimals` places with `mode`, for
 * display only (comparisons use the exact ratio).
 */
export function formatRatio(
  numerator: Dec,
  denominator: Dec,
  decimals: number,
  mode: RoundingMode,
): string {
  const step = new Dec(1).div(new Dec(10).pow(decimals));
  return formatFixed(divideRound(numerator, denominator, step, mode), decimals);
}
