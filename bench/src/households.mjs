/**
 * Seeded, deterministic households of the default model, as they arrive from collection teams:
 * decimals as JSON numbers or strings, optional blocks present or not, realistic spreads, and a
 * share of boundary cases (boundary.mjs). Every household is valid input.
 *
 *   import { generateHouseholds } from './households.mjs';
 *   const households = generateHouseholds(1_000_000); // the same million every run
 */
import { boundaryHousehold } from './boundary.mjs';
import { household } from './ordinary.mjs';
import { createRng } from './rng.mjs';

export { EVAL_YEAR } from './ordinary.mjs';

export const DEFAULT_SEED = 20_240_101;
/** Share of households built around a boundary of the model (ties, bin edges, caps). */
export const BOUNDARY_SHARE = 0.1;
/** Households per village, in ids and in the end-to-end NDJSON file. */
export const VILLAGE_SIZE = 1000;

/**
 * @param {number} count how many households
 * @param {number} [seed]
 * @returns {Record<string, unknown>[]}
 */
export function generateHouseholds(count, seed = DEFAULT_SEED) {
  const rng = createRng(seed);
  const out = new Array(count);
  for (let i = 0; i < count; i++) {
    const id = householdId(i);
    out[i] = rng.chance(BOUNDARY_SHARE) ? boundaryHousehold(rng, id) : household(rng, id);
  }
  return out;
}

/** `wj-0042-007`: village 42, household 7. */
export function householdId(index) {
  const village = Math.floor(index / VILLAGE_SIZE);
  return `wj-${String(village).padStart(4, '0')}-${String(index % VILLAGE_SIZE).padStart(3, '0')}`;
}
