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

/** The points of the first bin `value` falls in, or `otherwise`. */
export function binPoints(value: Dec, bins: ResolvedBins): number {
  for (const bin of bins.bins) if (compare(value, bin.when, bin.value)) return bin.points;
  return bins.otherwise;
}

/** The points of the first bin the exact ratio falls in (`denominator > 0`), or `otherwise`. */
export function ratioBinPoints(numerator: Dec, denominator: Dec, bins: ResolvedBins): number {
  for (const bin of bins.bins)
    if (compareRatio(numerator, denominator, bin.when, bin.value)) return bin.points;
  return bins.otherwise;
}
