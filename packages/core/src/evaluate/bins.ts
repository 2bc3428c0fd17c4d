import type { Comparison } from '../model/document.js';
import type { ResolvedBins } from '../model/resolve.js';
import type { Dec } from '../money/decimal.js';

/** Whether `value` compares with `threshold` as `when` says, exactly. */
export function compare(value: Dec, when: Comparison, threshold: Dec): boolean {
  const c = value.cmp(threshold);
  switch (when) {
    case '>=':
      return c >= 0;
    case '>':
      return c > 0;
    case '<=':
      return c <= 0;
    case '<':
      return c < 0;
  }
}

/**
 * Whether the exact ratio `numerator / denominator` compares with `threshold` as `when` says,
 * without dividing: `n/d ≥ t ⇔ n ≥ t·d` for `d > 0`.
 */
export function compareRatio(
  numerator: Dec,
  denominator: Dec,
  when: Comparison,
  threshold: Dec,
): boolean {
  return compare(numerator, when, threshold.times(denominator));
}

/** The index of the first bin `value` falls in, or −1 (`otherwise`). */
export function binIndex(value: Dec, bins: ResolvedBins): number {
  return bins.bins.findIndex((bin) => compare(value, bin.when, bin.value));
}

/** The index of the first bin the exact ratio falls in (`denominator > 0`), or −1. */
export function ratioBinIndex(numerator: Dec, denominator: Dec, bins: ResolvedBins): number {
  return bins.bins.findIndex((bin) => compareRatio(numerator, denominator, bin.when, bin.value));
}

/** The points of bin `index`, or `otherwise` for −1. */
export function pointsAt(index: number, bins: ResolvedBins): number {
  return bins.bins[index]?.points ?? bins.otherwise;
}

/** The points of the first bin `value` falls in, or `otherwise`. */
export function binPoints(value: Dec, bins: ResolvedBins): number {
  return pointsAt(binIndex(value, bins), bins);
}

/** The points of the first bin the exact ratio falls in (`denominator > 0`), or `otherwise`. */
export function ratioBinPoints(numerator: Dec, denominator: Dec, bins: ResolvedBins): number {
  return pointsAt(ratioBinIndex(numerator, denominator, bins), bins);
}
