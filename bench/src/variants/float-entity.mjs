/**
 * `float` for entities: a hand-written loop of the default entity scorecard (docs/model.md §8)
 * in binary floating point, the speed ceiling of the entity path. Inexact on purpose (ratios
 * divided, money as doubles printed with `toFixed(2)`); no validation. Same result shape as the
 * core.
 */
import { THRESHOLDS } from '../entity-records.mjs';

const DEMO = { national: 6, provincial: 6, city: 4, county: 2, none: 0 };
const CREDIT = { normal: 15, blank: 10, cleared: 3, overdue: 0 };
const PRINCIPAL = { AAA: 6, AA: 4, A: 2 };
const GRADES = [
  ['AAA', 90, true],
  ['AA', 80, true],
  ['A', 70, true],
  ['B', 60, false],
  ['C', 0, false],
];
const BASE = { AAA: 500_000, AA: 300_000, A: 200_000 };
const CAPS = {
  familyFarm: { AAA: 3_000_000, AA: 2_000_000, A: 1_000_000 },
  cooperative: { AAA: 3_000_000, AA: 2_000_000, A: 1_000_000 },
  largeHousehold: { AAA: 1_000_000, AA: 600_000, A: 300_000 },
  enterprise: { AAA: 4_000_000, AA: 3_000_000, A: 2_000_000 },
};
const CEILING = 1_000_000;

/** @param {any} e a valid entity record (not checked) */
export function evaluateEntityFloat(e, evalYear) {
  const years = evalYear - e.registeredYear;
  const standing = (years >= 3 ? 4 : years >= 1 ? 2 : 0) + DEMO[e.demonstration];
  const r = Number(e.scale) / THRESHOLDS[e.mainLine];
  const scale = r >= 3 ? 15 : r >= 2 ? 12 : r >= 1 ? 9 : r >= 0.5 ? 5 : 0;
  const a = Number(e.assets);
  const l = Number(e.liabilities);
  const p = Number(e.surplus);
  const q = l / a;
  const debt =
    l === 0 ? 20 : a === 0 ? 0 : q <= 0.4 ? 20 : q <= 0.55 ? 15 : q <= 0.65 ? 10 : q <= 0.7 ? 5 : 0;
  const surplus = p >= 1e6 ? 20 : p >= 5e5 ? 17 : p >= 3e5 ? 15 : p >= 1e5 ? 12 : p > 0 ? 6 : 0;
  const credit = CREDIT[e.creditRecord];
  const lease = e.leaseYearsLeft;
  const stability =
    (lease === undefined || lease >= 5 ? 4 : lease >= 3 ? 2 : 0) +
    (e.insured === true ? 3 : 0) +
    (e.salesContracts === true ? 3 : 0);
  const driven = e.householdsDriven ?? 0;
  const linkage =
    (driven >= 50 ? 4 : driven >= 10 ? 2 : 0) + (PRINCIPAL[e.principalHouseholdGrade] ?? 0);
  const score = standing + scale + debt + surplus + credit + stability + linkage;
  const vetoes = e.vetoes === undefined ? [] : [...new Set(e.vetoes)].sort();
  let grade = 'NR';
  let creditEntity = false;
  let limit = 0;
  let boundBy = 'veto';
  if (vetoes.length === 0) {
    const band = GRADES.find(([, min]) => score >= min);
    grade = band[0];
    creditEntity = band[2];
    boundBy = 'grade';
    if (creditEntity) {
      const raw = BASE[grade] + 0.1 * a + 0.3 * Math.max(p, 0);
      const cap = CAPS[e.type][grade];
      limit = Math.floor(Math.min(raw, cap) / 1000) * 1000;
      boundBy = raw > cap ? 'cap' : 'formula';
    }
  }
  const creditOnly = Math.min(limit, CEILING);
  return {
    id: e.id,
    type: e.type,
    score,
    components: [
      { id: 'standing', points: standing, max: 10 },
      { id: 'scale', points: scale, max: 15 },
      { id: 'debtRatio', points: debt, max: 20 },
      { id: 'surplus', points: surplus, max: 20 },
      { id: 'creditRecord', points: credit, max: 15 },
      { id: 'stability', points: stability, max: 10 },
      { id: 'linkage', points: linkage, max: 10 },
    ],
    grade,
    creditEntity,
    vetoes,
    limit: limit.toFixed(2),
    creditOnly: creditOnly.toFixed(2),
    guaranteed: (limit - creditOnly).toFixed(2),
    limitBoundBy: boundBy,
  };
}
