/**
 * Households built around a boundary of the default model (docs/model.md), where an inexact
 * evaluator goes wrong first:
 * - half-fen ties of an equipment line (a machine of 3001.00 bought one year ago is worth
 *   exactly 2715.905 → 2715.91 half up);
 * - net income and net assets exactly on a bin edge, or one fen either side;
 * - a debt ratio exactly 0.30, 0.50 or 0.70, or one fen either side;
 * - a raw credit limit exactly at its cap, one fen either side, or exactly on a thousand.
 */
import { collected, decimal } from './decimal-text.mjs';
import { civility, DIMENSIONS, EVAL_YEAR, household } from './ordinary.mjs';

/** Equipment lines of the default model: life in years, residual rate in per mille. */
const EQUIPMENT = {
  machines: [10, 50],
  vehicles: [4, 50],
  facilities: [10, 50],
};
const INCOME_EDGES = [150_000, 100_000, 60_000, 30_000, 10_000, 0];
const NET_ASSET_EDGES = [500_000, 300_000, 150_000, 80_000, 30_000, 0];
const DEBT_RATIOS = [3, 5, 7]; // tenths
const ALL_GOOD = [1, 0];

/**
 * @param {import('./rng.mjs').Rng} rng
 * @param {string} id
 */
export function boundaryHousehold(rng, id) {
  const kind = rng.weighted([
    [equipmentTie, 35],
    [incomeEdge, 15],
    [netAssetsEdge, 15],
    [debtRatioEdge, 15],
    [limitEdge, 20],
  ]);
  return kind(rng, id);
}

/** A price (in fen) whose line value at `age` ends in exactly half a fen. */
export function tiePriceFen(rng, life, residualPerMille, age) {
  // value = price × (1000·life − (1000 − r)·age) / (1000·life): a tie when the remainder is half.
  const num = 1000 * life - (1000 - residualPerMille) * age;
  const den = 1000 * life;
  const start = collected(rng, rng.int(2000, 200_000));
  for (let p = start; p < start + 2 * den; p++) if (((p * num) % den) * 2 === den) return p;
  return 300_100; // 3001.00 one year old: 2715.905
}

function equipmentTie(rng, id) {
  const h = household(rng, id);
  const key = rng.weighted([
    ['machines', 6],
    ['vehicles', 3],
    ['facilities', 1],
  ]);
  const [life, residual] = EQUIPMENT[key];
  const famous = key === 'machines' && rng.chance(0.2);
  const age = famous ? 1 : rng.int(1, life - 1);
  const price = famous ? 300_100 : tiePriceFen(rng, life, residual, age);
  const list = Array.isArray(h[key]) ? h[key] : [];
  list.push({ price: decimal(rng, price), year: EVAL_YEAR - age });
  h[key] = list;
  return h;
}

/** One fen below, on, or one fen above. */
function nearby(rng, fen) {
  return fen + rng.pick([-1, 0, 0, 1]);
}

function incomeEdge(rng, id) {
  const h = household(rng, id);
  const edge = rng.pick(INCOME_EDGES) * 100;
  h.income = { net: decimal(rng, nearby(rng, edge)), operating: h.income.operating };
  return h;
}

/**
 * A household whose gross is exactly `grossFen`: contracted land, deposits and often
 * collective shares with fen, so that a floating-point sum of the lines may miss the total.
 */
function exact(rng, id, grossFen, liabilitiesFen, tone = rng.pick([ALL_GOOD, [0.7, 0.25]])) {
  const mu = Math.min(rng.int(0, 20), Math.floor(grossFen / 300_000));
  /** @type {Record<string, unknown>} */
  const h = { id };
  if (mu > 0) h.land = { contractedMu: decimal(rng, mu * 100) };
  const rest = grossFen - mu * 300_000;
  const shares = rng.chance(0.7) ? Math.min(rest, rng.int(1, 5_000_000)) : 0;
  h.deposits = decimal(rng, rest - shares);
  if (shares > 0) h.collectiveShares = decimal(rng, shares);
  if (liabilitiesFen > 0) {
    const bank = Math.floor(liabilitiesFen * rng.next());
    h.debts = { bankLoans: decimal(rng, bank), other: decimal(rng, liabilitiesFen - bank) };
  }
  h.income = { net: decimal(rng, rng.int(0, 200_000) * 100), operating: decimal(rng, 0) };
  h.civility = civility(rng, tone);
  h.creditRecord = rng.pick(['none', 'none', 'cleared']);
  return h;
}

function netAssetsEdge(rng, id) {
  const liabilities = rng.chance(0.5) ? 0 : rng.int(1, 50_000) * 100;
  const net = nearby(rng, rng.pick(NET_ASSET_EDGES) * 100);
  return exact(rng, id, Math.max(net + liabilities, 0), liabilities);
}

function debtRatioEdge(rng, id) {
  const gross = rng.int(1000, 100_000) * 1000; // a multiple of 10 fen: tenths are whole fen
  const liabilities = nearby(rng, (gross / 10) * rng.pick(DEBT_RATIOS));
  return exact(rng, id, gross, liabilities);
}

/**
 * Grades fixed by construction, with the gross and operating income that put the raw limit
 * `base + 0.1·G + 0.3·operating` exactly at its cap (or on a thousand below it).
 */
const LIMIT_CASES = [
  // AAA: civility 40 + net 25 + income 15 + debt 10 + credit 10 = 100; cap 300000
  { tone: ALL_GOOD, credit: 'none', gross: 1_100_000, operating: 300_000 },
  // AAA on a thousand: 100000 + 33000 + 30000 = 163000, net assets 22 points → 97
  { tone: ALL_GOOD, credit: 'none', gross: 330_000, operating: 100_000 },
  // AA: civility 25 (5 good, 3 poor) + 25 + 15 + 10 + credit 5 = 80; cap 200000
  { tone: 'aa', credit: 'cleared', gross: 600_000, operating: 200_000 },
  // A: civility 20 (4 good, 4 poor) + 25 + income 11 + 10 + 10 = 76; cap 100000
  { tone: 'a', credit: 'none', gross: 500_000, operating: 0, income: 60_000 },
];

function limitEdge(rng, id) {
  const c = rng.pick(LIMIT_CASES);
  // One fen less gross lowers raw by 0.001; one fen more operating income lifts it by 0.003.
  const shift = rng.pick([-1, 0, 0, 1]);
  const h = exact(rng, id, c.gross * 100 - (shift < 0 ? 1 : 0), 0, ALL_GOOD);
  const operating = c.operating * 100 + (shift > 0 ? 1 : 0);
  h.income = { net: decimal(rng, (c.income ?? 150_000) * 100), operating: decimal(rng, operating) };
  h.creditRecord = c.credit;
  const poor = c.tone === 'aa' ? 3 : c.tone === 'a' ? 4 : 0;
  for (let i = 0; i < poor; i++) h.civility[DIMENSIONS[i]] = 'poor';
  return h;
}
