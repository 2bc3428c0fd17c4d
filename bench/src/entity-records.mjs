/**
 * Seeded entity records (docs/model.md §8) for the entity benchmark: what collection teams send,
 * decimals as JSON numbers or as strings, optional fields present or not, the four types and nine
 * main lines, with one in ten placed on a bin edge of the default scorecard (a scale exactly at a
 * multiple of its threshold or 0.01 off, a debt ratio exactly on a bin, a surplus on a bin edge).
 * All are valid input.
 */
import { createRng } from './rng.mjs';

export const ENTITY_SEED = 20_240_808;
const TYPES = [
  ['familyFarm', 0.55],
  ['cooperative', 0.25],
  ['largeHousehold', 0.14],
  ['enterprise', 0.06],
];
/** The default model's scale thresholds (copied, as the other hand-written loops do). */
export const THRESHOLDS = {
  grain: 200,
  cashCrops: 50,
  vegetables: 20,
  aquaculture: 50,
  forestry: 200,
  pigs: 300,
  cattle: 50,
  sheep: 300,
  poultry: 10000,
};
const LINES = Object.keys(THRESHOLDS);
const DEMO = ['national', 'provincial', 'city', 'county', 'none'];
const CREDIT = ['normal', 'blank', 'cleared', 'overdue'];
const GRADES = ['AAA', 'AA', 'A', 'B', 'C', 'NR'];
const RATIO_EDGES = [0.4, 0.55, 0.65, 0.7];
const SURPLUS_EDGES = [1_000_000, 500_000, 300_000, 100_000, 0];
const SCALE_EDGES = [3, 2, 1, 0.5];

/** `cents` as text (`"1234.50"`, `"1234.5"`, `"1234"`) or a JSON number. */
function decimal(rng, cents) {
  if (rng.chance(0.3)) return cents / 100;
  const whole = Math.trunc(cents / 100);
  const frac = Math.abs(cents % 100);
  const sign = cents < 0 && whole === 0 ? '-' : '';
  if (frac === 0 && rng.chance(0.5)) return `${sign}${whole}`;
  return `${sign}${whole}.${String(frac).padStart(2, '0')}`;
}

/**
 * @param {number} count
 * @param {number} [seed]
 * @returns {Record<string, unknown>[]}
 */
export function generateEntities(count, seed = ENTITY_SEED) {
  const rng = createRng(seed);
  const out = new Array(count);
  for (let i = 0; i < count; i++) {
    const type = rng.weighted(TYPES);
    const line = rng.pick(LINES);
    const threshold = THRESHOLDS[line];
    const edge = rng.chance(0.1);
    const nudge = rng.pick([-1, 0, 1]);
    let scaleCents = Math.max(1, Math.round(threshold * rng.logNormal(1.5, 0.8) * 100));
    let assetsCents = Math.round(rng.logNormal(type === 'enterprise' ? 2e7 : 2e6, 0.8)) * 100;
    let liabilitiesCents = Math.round(assetsCents * rng.next() * 0.8);
    let surplusCents = Math.round(assetsCents * (rng.next() * 0.3 - 0.05));
    if (edge) {
      const which = rng.int(0, 2);
      if (which === 0) scaleCents = Math.max(1, threshold * rng.pick(SCALE_EDGES) * 100 + nudge);
      else if (which === 1) {
        assetsCents = rng.int(1, 500) * 1_000_000;
        liabilitiesCents = Math.max(0, Math.round(assetsCents * rng.pick(RATIO_EDGES)) + nudge);
      } else surplusCents = rng.pick(SURPLUS_EDGES) * 100 + nudge;
    }
    const record = {
      id: `E${String(i).padStart(7, '0')}`,
      type,
      registeredYear: 2024 - rng.int(0, 20),
      demonstration: rng.weighted([
        [DEMO[0], 0.02],
        [DEMO[1], 0.05],
        [DEMO[2], 0.15],
        [DEMO[3], 0.25],
        [DEMO[4], 0.53],
      ]),
      mainLine: line,
      scale: decimal(rng, scaleCents),
      assets: decimal(rng, assetsCents),
      liabilities: decimal(rng, liabilitiesCents),
      surplus: decimal(rng, surplusCents),
      creditRecord: rng.weighted([
        [CREDIT[0], 0.6],
        [CREDIT[1], 0.25],
        [CREDIT[2], 0.12],
        [CREDIT[3], 0.03],
      ]),
    };
    if (rng.chance(0.6)) record.name = `Entity ${i}`;
    if (rng.chance(0.75)) record.leaseYearsLeft = rng.int(0, 20);
    if (rng.chance(0.7)) record.insured = rng.chance(0.8);
    if (rng.chance(0.5)) record.salesContracts = rng.chance(0.7);
    if (rng.chance(0.9)) record.householdsDriven = rng.int(0, type === 'enterprise' ? 2000 : 200);
    if (rng.chance(0.85)) record.principalHouseholdGrade = rng.pick(GRADES);
    if (rng.chance(0.02)) record.vetoes = [`E${rng.int(1, 5)}`];
    out[i] = record;
  }
  return out;
}
