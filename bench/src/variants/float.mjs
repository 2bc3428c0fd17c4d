/**
 * `float`: a hand-written loop of the default model in binary floating point, the speed
 * ceiling. Inexact on purpose: lines rounded with `Math.round(x * 100) / 100`, money printed
 * with `toFixed(2)`; no validation. Same result shape as the core.
 */
import {
  binPoints,
  CIVILITY_DIMENSIONS,
  CIVILITY_POINTS,
  CREDIT_POINTS,
  DEBT_RATIO_POINTS,
  DEBT_RATIO_TENTHS,
  EQUIPMENT,
  gradeOf,
  HERD_HAIRCUT,
  LAND,
  LIMIT_GROSS,
  LIMIT_OPERATING,
  LIMIT_STEP,
  MAX,
  NET_ASSET_BINS,
  NET_ASSET_POINTS,
  NET_INCOME_BINS,
  NET_INCOME_POINTS,
  readRecord,
  SPECIES,
  STRUCTURES,
} from './default-model.mjs';

const round2 = (x) => Math.round(x * 100) / 100;

/** Newness rate q(age) = 1 − (1 − r)·age/life while age < life, else r. */
function newness(age, life, residual) {
  return age < life ? 1 - ((1 - residual) * age) / life : residual;
}

const SPECIES_LIST = Object.entries(SPECIES);

function equipment(list, item, { life, residualBp }, evalYear, lines) {
  let sum = 0;
  const residual = residualBp / 10_000;
  for (let i = 0; i < list.length; i++) {
    const e = list[i];
    const v = round2(Number(e.price) * newness(evalYear - e.year, life, residual));
    sum += v;
    lines.push({ item, index: i, value: v.toFixed(2) });
  }
  return sum;
}

function single(amount, item, lines) {
  const v = round2(amount);
  lines.push({ item, value: v.toFixed(2) });
  return v;
}

/**
 * Asset lines and totals in floating point (also the facts of the json-rules-engine variant).
 *
 * @param {any} h a valid household record (not checked)
 * @param {number} evalYear
 */
export function floatAssets(record, evalYear) {
  return assetsOf(readRecord(record), evalYear);
}

/** {@link floatAssets} of a record already read with `readRecord`. */
function assetsOf(h, evalYear) {
  const lines = [];
  let gross = 0;
  if (h.houses !== undefined) {
    for (let i = 0; i < h.houses.length; i++) {
      const x = h.houses[i];
      const s = STRUCTURES[x.structure];
      const q = newness(evalYear - x.yearBuilt, s.life, s.residualBp / 10_000);
      const v = round2(Number(x.areaM2) * s.unitCost * q);
      gross += v;
      lines.push({ item: 'house', index: i, value: v.toFixed(2) });
    }
  }
  const land = h.land;
  if (land !== undefined) {
    if (land.contractedMu !== undefined)
      gross += single(Number(land.contractedMu) * LAND.contractedLand, 'contractedLand', lines);
    if (land.transferredInMu !== undefined)
      gross += single(
        Number(land.transferredInMu) * LAND.transferredLand,
        'transferredLand',
        lines,
      );
    if (land.forestMu !== undefined)
      gross += single(Number(land.forestMu) * LAND.forest, 'forest', lines);
  }
  if (h.livestock !== undefined) {
    let herd = 0;
    for (const [code, price] of SPECIES_LIST)
      if (h.livestock[code] !== undefined) herd += h.livestock[code] * price;
    gross += single(herd * HERD_HAIRCUT, 'livestock', lines);
  }
  if (h.machines !== undefined)
    gross += equipment(h.machines, 'machine', EQUIPMENT.machine, evalYear, lines);
  if (h.vehicles !== undefined)
    gross += equipment(h.vehicles, 'vehicle', EQUIPMENT.vehicle, evalYear, lines);
  if (h.facilities !== undefined)
    gross += equipment(h.facilities, 'facility', EQUIPMENT.facility, evalYear, lines);
  if (h.deposits !== undefined) gross += single(Number(h.deposits), 'deposits', lines);
  if (h.collectiveShares !== undefined)
    gross += single(Number(h.collectiveShares), 'collectiveShares', lines);

  let liabilities = 0;
  if (h.debts !== undefined) {
    if (h.debts.bankLoans !== undefined) liabilities += Number(h.debts.bankLoans);
    if (h.debts.other !== undefined) liabilities += Number(h.debts.other);
  }
  return { lines, gross, liabilities, net: gross - liabilities };
}

/**
 * @param {any} h a valid household record (not checked)
 * @param {number} evalYear
 */
export function evaluateFloat(record, evalYear) {
  const h = readRecord(record);
  const { lines, gross, liabilities, net } = assetsOf(h, evalYear);
  const operating = Number(h.income.operating);

  let civility = 0;
  for (const d of CIVILITY_DIMENSIONS) civility += CIVILITY_POINTS[h.civility[d]];
  const netAssets = binPoints(net, NET_ASSET_BINS, NET_ASSET_POINTS, 1);
  const income = binPoints(Number(h.income.net), NET_INCOME_BINS, NET_INCOME_POINTS, 1);
  const debt = debtRatio(liabilities, gross);
  const credit = CREDIT_POINTS[h.creditRecord];
  const score = civility + netAssets + income + debt + credit;

  const vetoes =
    h.vetoes === undefined || h.vetoes.length === 0 ? [] : [...new Set(h.vetoes)].sort();
  let grade = 'NR';
  let creditHousehold = false;
  let limit = 0;
  let limitBoundBy = 'veto';
  if (vetoes.length === 0) {
    const band = gradeOf(score);
    grade = band.code;
    creditHousehold = band.credit;
    limitBoundBy = 'grade';
    if (band.credit) {
      const raw = band.base + LIMIT_GROSS * gross + LIMIT_OPERATING * operating;
      limitBoundBy = raw > band.cap ? 'cap' : 'formula';
      limit = Math.floor(Math.min(raw, band.cap) / LIMIT_STEP) * LIMIT_STEP;
    }
  }

  const result = { id: h.id };
  if (h.members !== undefined) result.members = h.members;
  if (h.labourers !== undefined) result.labourers = h.labourers;
  result.assets = {
    lines,
    gross: gross.toFixed(2),
    liabilities: liabilities.toFixed(2),
    net: net.toFixed(2),
  };
  result.score = score;
  result.components = [
    { id: 'civility', points: civility, max: MAX.civility },
    { id: 'netAssets', points: netAssets, max: MAX.netAssets },
    { id: 'netIncome', points: income, max: MAX.netIncome },
    { id: 'debtRatio', points: debt, max: MAX.debtRatio },
    { id: 'creditRecord', points: credit, max: MAX.creditRecord },
  ];
  result.grade = grade;
  result.creditHousehold = creditHousehold;
  result.vetoes = vetoes;
  result.limit = limit.toFixed(2);
  result.limitBoundBy = limitBoundBy;
  if (h.meta !== undefined) result.meta = h.meta;
  return result;
}

function debtRatio(liabilities, gross) {
  if (liabilities === 0) return 10;
  if (gross === 0) return 0;
  const ratio = liabilities / gross;
  for (let i = 0; i < DEBT_RATIO_TENTHS.length; i++)
    if (ratio <= DEBT_RATIO_TENTHS[i] / 10) return DEBT_RATIO_POINTS[i];
  return DEBT_RATIO_POINTS[DEBT_RATIO_TENTHS.length];
}
