/**
 * One ordinary household of the default model, as collection teams send it: optional blocks
 * present or not, decimals in any of their JSON spellings, realistic spreads.
 */
import { defaultModel } from '@credit-village/core';
import { collected, decimal } from './decimal-text.mjs';

export const EVAL_YEAR = 2024;

/** The default model's civility dimensions, read from the model itself. */
export const DIMENSIONS = defaultModel().document.score.civility.dimensions.map((d) => d.code);
const STRUCTURES = [
  ['brickConcrete', 50],
  ['reinforcedConcrete', 25],
  ['brickWood', 15],
  ['simple', 10],
];
const BUILT = {
  reinforcedConcrete: [1995, 2024],
  brickConcrete: [1972, 2024],
  brickWood: [1955, 2012],
  simple: [1995, 2024],
};
const SPECIES = [
  ['pig', 1, 60],
  ['sow', 1, 12],
  ['cattle', 1, 15],
  ['sheep', 2, 80],
  ['poultry', 5, 800],
];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周'];
const GIVEN = ['建国', '桂兰', '大军', '秀英', '志强', '玉梅', '德华', '春生'];

/**
 * One ordinary household.
 *
 * @param {import('./rng.mjs').Rng} rng
 * @param {string} id
 */
export function household(rng, id) {
  /** @type {Record<string, unknown>} */
  const h = { id };
  if (rng.chance(0.6)) {
    h.head = { name: rng.pick(SURNAMES) + rng.pick(GIVEN) };
    if (rng.chance(0.2)) h.head.idNumber = `3408${String(rng.int(1e9, 9e9))}${rng.int(1000, 9999)}`;
  }
  if (rng.chance(0.85)) {
    h.members = rng.int(1, 8);
    h.labourers = rng.int(0, h.members);
  }
  const houses = rng.weighted([
    [0, 5],
    [1, 60],
    [2, 28],
    [3, 7],
  ]);
  if (houses > 0 || rng.chance(0.3)) h.houses = Array.from({ length: houses }, () => house(rng));
  if (rng.chance(0.85)) h.land = land(rng);
  if (rng.chance(0.4)) h.livestock = livestock(rng);
  if (rng.chance(0.35)) h.machines = equipment(rng, rng.int(1, 3), 1500, 250_000, 2008);
  if (rng.chance(0.3)) h.vehicles = equipment(rng, rng.int(1, 2), 20_000, 250_000, 2012);
  if (rng.chance(0.1)) h.facilities = equipment(rng, rng.int(1, 2), 5000, 300_000, 2010);
  if (rng.chance(0.75)) h.deposits = money(rng, Math.min(rng.logNormal(40_000, 1.2), 5e6));
  if (rng.chance(0.3)) h.collectiveShares = money(rng, rng.int(500, 30_000));
  if (rng.chance(0.55)) h.debts = debts(rng);
  h.income = income(rng);
  h.civility = civility(rng, rng.weighted(TONES));
  h.creditRecord = rng.weighted([
    ['none', 85],
    ['cleared', 11],
    ['severe', 4],
  ]);
  if (rng.chance(0.025)) h.vetoes = vetoes(rng);
  else if (rng.chance(0.1)) h.vetoes = [];
  if (rng.chance(0.05)) h.meta = { surveyor: `team-${rng.int(1, 9)}`, visited: '2024-03-12' };
  return h;
}

/** A decimal amount of yuan as collected, in one of the JSON spellings. */
function money(rng, yuan) {
  return decimal(rng, collected(rng, yuan));
}

function house(rng) {
  const structure = rng.weighted(STRUCTURES);
  const [from, to] = BUILT[structure];
  const area = rng.chance(0.8) ? rng.int(40, 400) * 100 : rng.int(4000, 40_000);
  return { structure, areaM2: decimal(rng, area), yearBuilt: rng.int(from, to) };
}

function land(rng) {
  const land = {};
  if (rng.chance(0.9)) land.contractedMu = decimal(rng, rng.int(1, 40) * 50);
  if (rng.chance(0.15)) land.transferredInMu = decimal(rng, rng.int(5, 300) * 100);
  if (rng.chance(0.2)) land.forestMu = decimal(rng, rng.int(5, 500) * 10);
  return land;
}

function livestock(rng) {
  const herd = {};
  const kinds = rng.int(0, 3);
  for (let k = 0; k < kinds; k++) {
    const [code, low, high] = rng.pick(SPECIES);
    herd[code] = rng.chance(0.05) ? 0 : rng.int(low, high);
  }
  return herd;
}

function equipment(rng, count, low, high, firstYear) {
  return Array.from({ length: count }, () => ({
    price: money(rng, rng.int(low, high)),
    year: rng.int(firstYear, EVAL_YEAR),
  }));
}

function debts(rng) {
  const debts = {};
  if (rng.chance(0.8)) debts.bankLoans = money(rng, rng.logNormal(60_000, 0.8));
  if (rng.chance(0.35)) debts.other = money(rng, rng.int(1000, 100_000));
  return debts;
}

function income(rng) {
  const r = rng.next();
  const net =
    r < 0.03 ? -rng.int(1, 20_000) : r < 0.13 ? rng.int(0, 10_000) : rng.logNormal(60_000, 0.7);
  const operating = rng.chance(0.3) ? 0 : Math.min(rng.logNormal(30_000, 1), 400_000);
  return { net: money(rng, net), operating: money(rng, operating) };
}

/** Review tones: share of `good`, `fair` (the rest `poor`), and weight. */
const TONES = [
  [[0.95, 0.04], 70],
  [[0.7, 0.25], 25],
  [[0.4, 0.35], 5],
];

/**
 * @param {import('./rng.mjs').Rng} rng
 * @param {readonly [number, number]} tone
 */
export function civility(rng, [good, fair]) {
  const c = {};
  for (const d of DIMENSIONS) {
    const r = rng.next();
    c[d] = r < good ? 'good' : r < good + fair ? 'fair' : 'poor';
  }
  return c;
}

function vetoes(rng) {
  const codes = ['V1', 'V2', 'V3', 'V4', 'V5'];
  const list = [rng.pick(codes)];
  if (rng.chance(0.15)) list.push(rng.pick(codes)); // sometimes a second, or a duplicate
  return list;
}
