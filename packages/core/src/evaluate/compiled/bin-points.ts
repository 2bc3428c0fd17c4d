import type { Comparison } from '../../model/document.js';
import type { DebtRatioBins, MoneyBins, RatioBin } from './plan.js';

/**
 * The points of a value in compiled bins, for every fast path (households and entities): one
 * place for the comparison of a whole number with a bin's bound, and of the exact debt ratio
 * with a ratio bin (doubles while the plan proved the products exact, else BigInt).
 */

/** The points of the first bin the whole number `value` falls in; `otherwise` past them all. */
export function binPoints(value: number, bins: MoneyBins): number {
  const list = bins.bins;
  for (let i = 0; i < list.length; i++) {
    const bin = list[i] as (typeof list)[number];
    if (compare(value, bin.op, bin.bound)) return bin.points;
  }
  return bins.otherwise;
}

/**
 * The debt-ratio points of `liabilities` over `assets` (whole fen ≥ 0): the points for no debt,
 * for debts without assets, else those of the exact ratio's first bin.
 */
export function debtRatioPoints(liabilities: number, assets: number, d: DebtRatioBins): number {
  if (liabilities === 0) return d.noDebt;
  if (assets === 0) return d.noAssets;
  const bins = d.bins;
  for (let i = 0; i < bins.length; i++) {
    const bin = bins[i] as RatioBin;
    const hit =
      liabilities <= bin.maxL && assets <= bin.maxG
        ? compare(liabilities * bin.den, bin.op, assets * bin.num)
        : ratioHitBig(liabilities, assets, bin);
    if (hit) return bin.points;
  }
  return d.otherwise;
}

/** The ratio bin's comparison in BigInt, apart so the common case inlines small. */
function ratioHitBig(liabilities: number, assets: number, bin: RatioBin): boolean {
  return compareBig(BigInt(liabilities) * bin.bigDen, bin.op, BigInt(assets) * bin.bigNum);
}

function compare(a: number, op: Comparison, b: number): boolean {
  return op === '<=' ? a <= b : op === '<' ? a < b : op === '>=' ? a >= b : a > b;
}

function compareBig(a: bigint, op: Comparison, b: bigint): boolean {
  return op === '<=' ? a <= b : op === '<' ? a < b : op === '>=' ? a >= b : a > b;
}
