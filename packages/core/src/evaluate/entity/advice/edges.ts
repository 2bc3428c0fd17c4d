import type { ResolvedBins } from '../../../model/resolve.js';
import { Dec } from '../../../money/decimal.js';
import { ceilFen, FEN, floorFen } from '../../advice/fen.js';

/**
 * The smallest values (to the hundredth) that enter each lower-bound bin (`>=`, `>`), scaled by
 * `factor` (a bin on a ratio x / factor): what raising a quantity can reach.
 */
export function lowerEdges(bins: ResolvedBins, factor: Dec = new Dec(1)): Dec[] {
  return bins.bins.flatMap((bin) => {
    const edge = bin.value.times(factor);
    return bin.when === '>=' ? [ceilFen(edge)] : bin.when === '>' ? [floorFen(edge).plus(FEN)] : [];
  });
}

/** The largest values (to the hundredth) inside each upper-bound bin (`<=`, `<`) of x / factor. */
export function upperEdges(bins: ResolvedBins, factor: Dec): Dec[] {
  return bins.bins.flatMap((bin) => {
    const edge = bin.value.times(factor);
    return bin.when === '<='
      ? [floorFen(edge)]
      : bin.when === '<'
        ? [ceilFen(edge).minus(FEN)]
        : [];
  });
}

/** The smallest whole numbers that enter each lower-bound bin. */
export function lowerWholeEdges(bins: ResolvedBins): number[] {
  return bins.bins.flatMap((bin) =>
    bin.when === '>='
      ? [Number(bin.value.toDecimalPlaces(0, Dec.ROUND_CEIL).toString())]
      : bin.when === '>'
        ? [Number(bin.value.toDecimalPlaces(0, Dec.ROUND_FLOOR).toString()) + 1]
        : [],
  );
}

/** Sorted, distinct, within (low, high]: the candidates of a quantity to raise. */
export function above<T extends Dec | number>(values: readonly T[], low: T, high: T): T[] {
  const key = (v: T) => (typeof v === 'number' ? v : (v as Dec).toNumber());
  const seen = new Set<string>();
  return values
    .filter((v) => gt(v, low) && !gt(v, high))
    .filter((v) => {
      const k = String(v);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => (typeof a === 'number' ? key(a) - key(b) : (a as Dec).cmp(b as Dec)));
}

function gt<T extends Dec | number>(a: T, b: T): boolean {
  return typeof a === 'number' ? a > (b as number) : (a as Dec).gt(b as Dec);
}
