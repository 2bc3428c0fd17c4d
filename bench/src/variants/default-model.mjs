/**
 * The numbers of the default model (docs/model.md, `wangjiang-default@1`), copied by hand for the
 * hand-written loops: they are the speed ceiling, so they know the model instead of reading it.
 * Residual rates are in basis points (1/10,000) so the exact loop can use them as integers.
 */
import { defaultModel } from '@credit-village/core';

/** @type {Record<string, { unitCost: number, life: number, residualBp: number }>} */
export const STRUCTURES = {
  reinforcedConcrete: { unitCost: 1500, life: 60, residualBp: 0 },
  brickConcrete: { unitCost: 1200, life: 50, residualBp: 200 },
  brickWood: { unitCost: 800, life: 40, residualBp: 400 },
  simple: { unitCost: 300, life: 10, residualBp: 0 },
};
/** Equipment depreciation: life in years, residual in basis points. */
export const EQUIPMENT = {
  machine: { life: 10, residualBp: 500 },
  vehicle: { life: 4, residualBp: 500 },
  facility: { life: 10, residualBp: 500 },
};
/** Yuan per mu: rent × years × haircut. */
export const LAND = { contractedLand: 3000, transferredLand: 300, forest: 500 };
/** Yuan per head, before the herd haircut of 0.7. */
export const SPECIES = { pig: 1200, sow: 2000, cattle: 12000, sheep: 1000, poultry: 40 };
export const HERD_HAIRCUT = 0.7;
/** The dimension names are read from the model (names, not numbers: nothing to speed up). */
export const CIVILITY_DIMENSIONS = defaultModel().document.score.civility.dimensions.map(
  (d) => d.code,
);
export const CIVILITY_POINTS = { good: 5, fair: 3, poor: 0 };
export const CREDIT_POINTS = { none: 10, cleared: 5, severe: 0 };
/** [minimum yuan, points], first match wins; the last bin is `> 0`, else 0. */
export const NET_ASSET_BINS = [500_000, 300_000, 150_000, 80_000, 30_000];
export const NET_ASSET_POINTS = [25, 22, 18, 14, 10, 5, 0];
export const NET_INCOME_BINS = [150_000, 100_000, 60_000, 30_000, 10_000];
export const NET_INCOME_POINTS = [15, 13, 11, 8, 5, 2, 0];
/** Debt ratio L/G ≤ tenths/10 → points; L = 0 → 10; G = 0 → 0; else 0. */
export const DEBT_RATIO_TENTHS = [3, 5, 7];
export const DEBT_RATIO_POINTS = [9, 6, 3, 0];
export const MAX = { civility: 40, netAssets: 25, netIncome: 15, debtRatio: 10, creditRecord: 10 };
/** Grade bands by minimum score; `credit` grades get a limit. */
export const GRADES = [
  { code: 'AAA', min: 90, credit: true, base: 100_000, cap: 300_000 },
  { code: 'AA', min: 80, credit: true, base: 80_000, cap: 200_000 },
  { code: 'A', min: 70, credit: true, base: 50_000, cap: 100_000 },
  { code: 'B', min: 60, credit: false, base: 0, cap: 0 },
  { code: 'C', min: 0, credit: false, base: 0, cap: 0 },
];
/** Limit = base + 0.1 × gross + 0.3 × operating income, capped, floored to 1,000. */
export const LIMIT_GROSS = 0.1;
export const LIMIT_OPERATING = 0.3;
export const LIMIT_STEP = 1000;

/** Grade band of a score. */
export function gradeOf(score) {
  for (const g of GRADES) if (score >= g.min) return g;
  return GRADES[GRADES.length - 1];
}

/** Points of the first bin whose minimum (× `unit`: 1 for yuan, 100 for fen) `value` reaches. */
export function binPoints(value, bins, points, unit) {
  for (let i = 0; i < bins.length; i++) if (value >= bins[i] * unit) return points[i];
  return value > 0 ? points[bins.length] : points[bins.length + 1];
}

/**
 * A record's fields in one fixed-shape object, read in one pass over its keys. Records arrive
 * with many different sets of optional fields, so named reads on them are megamorphic; the
 * compiled path reads fields this way, and the hand-written baselines do too, so the
 * comparison measures arithmetic and validation, not property-access luck.
 *
 * @param {Record<string, any>} h a household record
 */
export function readRecord(h) {
  const r = {
    id: undefined,
    head: undefined,
    members: undefined,
    labourers: undefined,
    houses: undefined,
    land: undefined,
    livestock: undefined,
    machines: undefined,
    vehicles: undefined,
    facilities: undefined,
    deposits: undefined,
    collectiveShares: undefined,
    debts: undefined,
    income: undefined,
    civility: undefined,
    creditRecord: undefined,
    vetoes: undefined,
    meta: undefined,
  };
  for (const key in h) r[key] = h[key];
  return r;
}
