/**
 * `exact-int`: a hand-written exact loop of the default model, money as whole fen in JavaScript
 * numbers, no validation: "evaluate alone". It builds the same result shape as the core (money
 * as 2-decimal strings), so the gap to `compiled` is reading, validating and generality.
 */
import {
  CIVILITY_DIMENSIONS,
  CIVILITY_POINTS,
  CREDIT_POINTS,
  DEBT_RATIO_POINTS,
  DEBT_RATIO_TENTHS,
  EQUIPMENT,
  gradeOf,
  LAND,
  MAX,
  NET_ASSET_BINS,
  NET_ASSET_POINTS,
  NET_INCOME_BINS,
  NET_INCOME_POINTS,
  readRecord,
  SPECIES,
  STRUCTURES,
} from './default-model.mjs';

const MAX_AGE = 200;

/** fen = round_half_up(amount × num / den), amount in hundredths, per age. */
function ageTable(unitCost, life, residualBp) {
  const table = [];
  for (let age = 0; age <= MAX_AGE; age++) {
    const qNum = age < life ? life * 10_000 - (10_000 - residualBp) * age : residualBp * life;
    const num = unitCost * qNum;
    const den = life * 10_000;
    const g = gcd(num, den);
    table.push({ num: num / g, den: den / g });
  }
  return table;
}

function gcd(a, b) {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

const HOUSE_TABLES = new Map(
  Object.entries(STRUCTURES).map(([code, s]) => [code, ageTable(s.unitCost, s.life, s.residualBp)]),
);
const MACHINE = ageTable(1, EQUIPMENT.machine.life, EQUIPMENT.machine.residualBp);
const VEHICLE = ageTable(1, EQUIPMENT.vehicle.life, EQUIPMENT.vehicle.residualBp);
const FACILITY = ageTable(1, EQUIPMENT.facility.life, EQUIPMENT.facility.residualBp);
const SPECIES_FEN = Object.entries(SPECIES).map(([code, price]) => [code, price * 70]); // × 0.7 × 100
const GRADE_BY_SCORE = Array.from({ length: 101 }, (_, s) => gradeOf(s));

/** round half up of n / d for n ≥ 0. */
function roundHalfUp(n, d) {
  const r = n % d;
  const q = (n - r) / d;
  return 2 * r >= d ? q + 1 : q;
}

/** A decimal field (number or string) in hundredths; exact for valid inputs. */
function hundredths(v) {
  return Math.round((typeof v === 'number' ? v : Number(v)) * 100);
}

/** Whole fen → "1234.56". */
export function fenText(fen) {
  if (fen < 0) return `-${fenText(-fen)}`;
  const frac = fen % 100;
  return `${(fen - frac) / 100}.${frac < 10 ? '0' : ''}${frac}`;
}

function equipment(list, item, table, evalYear, lines) {
  let sum = 0;
  for (let i = 0; i < list.length; i++) {
    const e = list[i];
    const c = table[evalYear - e.year];
    const v = roundHalfUp(hundredths(e.price) * c.num, c.den);
    sum += v;
    lines.push({ item, index: i, value: fenText(v) });
  }
  return sum;
}

/**
 * @param {any} h a valid household record (not checked)
 * @param {number} evalYear
 */
export function evaluateExactInt(record, evalYear) {
  const h = readRecord(record);
  const lines = [];
  let gross = 0;
  let v = 0;
  if (h.houses !== undefined) {
    for (let i = 0; i < h.houses.length; i++) {
      const x = h.houses[i];
      const c = HOUSE_TABLES.get(x.structure)[evalYear - x.yearBuilt];
      v = roundHalfUp(hundredths(x.areaM2) * c.num, c.den);
      gross += v;
      lines.push({ item: 'house', index: i, value: fenText(v) });
    }
  }
  const land = h.land;
  if (land !== undefined) {
    if (land.contractedMu !== undefined) {
      v = hundredths(land.contractedMu) * LAND.contractedLand;
      gross += v;
      lines.push({ item: 'contractedLand', value: fenText(v) });
    }
    if (land.transferredInMu !== undefined) {
      v = hundredths(land.transferredInMu) * LAND.transferredLand;
      gross += v;
      lines.push({ item: 'transferredLand', value: fenText(v) });
    }
    if (land.forestMu !== undefined) {
      v = hundredths(land.forestMu) * LAND.forest;
      gross += v;
      lines.push({ item: 'forest', value: fenText(v) });
    }
  }
  if (h.livestock !== undefined) {
    v = 0;
    for (const [code, fen] of SPECIES_FEN)
      if (h.livestock[code] !== undefined) v += h.livestock[code] * fen;
    gross += v;
    lines.push({ item: 'livestock', value: fenText(v) });
  }
  if (h.machines !== undefined) gross += equipment(h.machines, 'machine', MACHINE, evalYear, lines);
  if (h.vehicles !== undefined) gross += equipment(h.vehicles, 'vehicle', VEHICLE, evalYear, lines);
  if (h.facilities !== undefined)
    gross += equipment(h.facilities, 'facility', FACILITY, evalYear, lines);
  if (h.deposits !== undefined) {
    v = hundredths(h.deposits);
    gross += v;
    lines.push({ item: 'deposits', value: fenText(v) });
  }
  if (h.collectiveShares !== undefined) {
    v = hundredths(h.collectiveShares);
    gross += v;
    lines.push({ item: 'collectiveShares', value: fenText(v) });
  }
  let liabilities = 0;
  if (h.debts !== undefined) {
    if (h.debts.bankLoans !== undefined) liabilities += hundredths(h.debts.bankLoans);
    if (h.debts.other !== undefined) liabilities += hundredths(h.debts.other);
  }
  const net = gross - liabilities;
  const netIncome = hundredths(h.income.net);
  const operating = hundredths(h.income.operating);

  let civility = 0;
  for (const d of CIVILITY_DIMENSIONS) civility += CIVILITY_POINTS[h.civility[d]];
  const netAssets = bin(net, NET_ASSET_BINS_FEN, NET_ASSET_POINTS);
  const income = bin(netIncome, NET_INCOME_BINS_FEN, NET_INCOME_POINTS);
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
    const band = GRADE_BY_SCORE[score];
    grade = band.code;
    creditHousehold = band.credit;
    limitBoundBy = 'grade';
    if (band.credit) {
      // In tenths of a fen: base × 1000 + 0.1 × gross × 1000 + 0.3 × operating × 1000.
      const raw = band.base * 1000 + gross + 3 * operating;
      const cap = band.cap * 1000;
      limitBoundBy = raw > cap ? 'cap' : 'formula';
      const capped = Math.min(raw, cap);
      limit = (capped - (capped % 1_000_000)) / 10;
    }
  }

  const result = { id: h.id };
  if (h.members !== undefined) result.members = h.members;
  if (h.labourers !== undefined) result.labourers = h.labourers;
  result.assets = {
    lines,
    gross: fenText(gross),
    liabilities: fenText(liabilities),
    net: fenText(net),
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
  result.limit = fenText(limit);
  result.limitBoundBy = limitBoundBy;
  if (h.meta !== undefined) result.meta = h.meta;
  return result;
}

const NET_ASSET_BINS_FEN = NET_ASSET_BINS.map((y) => y * 100);
const NET_INCOME_BINS_FEN = NET_INCOME_BINS.map((y) => y * 100);

function bin(fen, bins, points) {
  for (let i = 0; i < bins.length; i++) if (fen >= bins[i]) return points[i];
  return fen > 0 ? points[bins.length] : points[bins.length + 1];
}

function debtRatio(liabilities, gross) {
  if (liabilities === 0) return 10;
  if (gross === 0) return 0;
  for (let i = 0; i < DEBT_RATIO_TENTHS.length; i++)
    if (liabilities * 10 <= gross * DEBT_RATIO_TENTHS[i]) return DEBT_RATIO_POINTS[i];
  return DEBT_RATIO_POINTS[DEBT_RATIO_TENTHS.length];
}
