import type { Comparison } from '../../model/document.js';
import type { ResolvedModel } from '../../model/resolve.js';
import { BOUNDS } from '../../schema/bounds.js';
import type { AssetItem, AssetLine, HouseholdResult, LimitBoundBy } from '../../types/result.js';
import { fenText, roundDiv, roundDivBig } from './integer.js';
import {
  areaNonNegative,
  areaPositive,
  integerIn,
  isObject,
  moneyAny,
  moneyNonNegative,
  onlyKeys,
} from './parse-fast.js';
import type { AgeTable, LineCoefficient, MoneyBins, Plan } from './plan.js';

/** The record is not one the fast reader accepts: validate it with the reference schema. */
export const NOT_FAST = Symbol('not-fast');
/** The record is valid but its total leaves the safe integer range: evaluate it with the reference. */
export const OUT_OF_RANGE = Symbol('out-of-range');

export type FastOutcome = HouseholdResult | typeof NOT_FAST | typeof OUT_OF_RANGE;

const RECORD_KEYS = new Set([
  'id',
  'head',
  'members',
  'labourers',
  'houses',
  'land',
  'livestock',
  'machines',
  'vehicles',
  'facilities',
  'deposits',
  'collectiveShares',
  'debts',
  'income',
  'civility',
  'creditRecord',
  'vetoes',
  'meta',
]);
const HEAD_KEYS = new Set(['name', 'idNumber']);
const HOUSE_KEYS = new Set(['structure', 'areaM2', 'yearBuilt']);
const LAND_KEYS = new Set(['contractedMu', 'transferredInMu', 'forestMu']);
const EQUIPMENT_KEYS = new Set(['price', 'year']);
const DEBT_KEYS = new Set(['bankLoans', 'other']);
const INCOME_KEYS = new Set(['net', 'operating']);
const MAX_VETOES = 100;
const INVALID = -1;

/**
 * Builds the fast path for one household under a compiled plan. It reads the raw record with
 * hand-written checks that accept exactly what the reference schema accepts (anything else:
 * `NOT_FAST`), and evaluates in whole fen with the plan's exact integer coefficients. The
 * result is deep-equal, key order included, to the reference's.
 */
export function createFastHousehold(model: ResolvedModel, plan: Plan, includePersonal: boolean) {
  const speciesKeys = new Set(plan.speciesCodes);
  const dimensions = model.civility.dimensions;
  const dimensionKeys = new Set(dimensions);
  const civilityPoints = model.civility.points;
  const creditPoints = model.creditRecord.points;
  const vetoCodes = new Set(model.vetoCodes);
  const max = {
    civility: model.civility.componentMax,
    netAssets: model.netAssets.max,
    netIncome: model.netIncome.max,
    debtRatio: model.debtRatio.max,
    creditRecord: model.creditRecord.max,
  };
  // Every score the components can add up to, mapped to its grade band once.
  const maxScore = max.civility + max.netAssets + max.netIncome + max.debtRatio + max.creditRecord;
  const gradeByScore: { code: string; credit: boolean }[] = [];
  for (let s = 0; s <= maxScore; s++) {
    const band = model.grades.find((g) => s >= g.minScore);
    if (band !== undefined) gradeByScore.push({ code: band.code, credit: band.creditHousehold });
  }
  const mode = plan.assetMode;
  const step = plan.assetStepFen;
  const stepBig = BigInt(step);
  const { contractedLand, transferredLand, forest, deposits, collectiveShares, debtRatio } = plan;

  /** One rounded line in fen: doubles when proved exact, else the same integers in BigInt. */
  const lineValue = (input: number, c: LineCoefficient): number => {
    if (input <= c.maxInput) return roundDiv(input * c.num, c.den, mode) * step;
    const fen = roundDivBig(BigInt(input) * c.bigNum, c.bigDen, mode) * stepBig;
    return fen <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(fen) : Number.POSITIVE_INFINITY;
  };

  /** Reads an equipment list into lines; INVALID when the reader rejects it. */
  const equipment = (
    list: unknown,
    item: AssetItem,
    table: AgeTable,
    evalYear: number,
    maxYear: number,
    lines: AssetLine[],
  ): number => {
    if (!Array.isArray(list) || list.length > BOUNDS.assetItems) return INVALID;
    let sum = 0;
    for (let i = 0; i < list.length; i++) {
      const entry: unknown = list[i];
      if (!isObject(entry) || !onlyKeys(entry, EQUIPMENT_KEYS)) return INVALID;
      const price = moneyNonNegative(entry.price);
      const year = integerIn(entry.year, BOUNDS.minYear, maxYear);
      if (Number.isNaN(price) || Number.isNaN(year)) return INVALID;
      const value = lineValue(price, table[evalYear - year] as LineCoefficient);
      sum += value;
      lines.push({ item, index: i, value: fenText(value) });
    }
    return sum;
  };

  const single = (
    input: unknown,
    read: (v: unknown) => number,
    item: AssetItem,
    c: LineCoefficient,
    lines: AssetLine[],
  ): number => {
    const amount = read(input);
    if (Number.isNaN(amount)) return INVALID;
    const value = lineValue(amount, c);
    lines.push({ item, value: fenText(value) });
    return value;
  };

  return (raw: unknown, evalYear: number): FastOutcome => {
    if (!isObject(raw) || !onlyKeys(raw, RECORD_KEYS)) return NOT_FAST;
    const id = raw.id;
    if (typeof id !== 'string' || id.length === 0 || id.length > BOUNDS.stringLength)
      return NOT_FAST;
    const maxYear = Math.min(evalYear, BOUNDS.maxYear);
    const lines: AssetLine[] = [];
    let gross = 0;
    let value: number;

    const head = raw.head;
    if (head !== undefined && !validHead(head)) return NOT_FAST;
    const members =
      raw.members === undefined ? undefined : integerIn(raw.members, 0, BOUNDS.persons);
    const labourers =
      raw.labourers === undefined ? undefined : integerIn(raw.labourers, 0, BOUNDS.persons);
    if (Number.isNaN(members) || Number.isNaN(labourers)) return NOT_FAST;

    const houses = raw.houses;
    if (houses !== undefined) {
      if (!Array.isArray(houses) || houses.length > BOUNDS.assetItems) return NOT_FAST;
      for (let i = 0; i < houses.length; i++) {
        const house: unknown = houses[i];
        if (!isObject(house) || !onlyKeys(house, HOUSE_KEYS)) return NOT_FAST;
        const structure = house.structure;
        const table = typeof structure === 'string' ? plan.structures.get(structure) : undefined;
        const area = areaPositive(house.areaM2);
        const year = integerIn(house.yearBuilt, BOUNDS.minYear, maxYear);
        if (table === undefined || Number.isNaN(area) || Number.isNaN(year)) return NOT_FAST;
        value = lineValue(area, table[evalYear - year] as LineCoefficient);
        gross += value;
        lines.push({ item: 'house', index: i, value: fenText(value) });
      }
    }

    const land = raw.land;
    if (land !== undefined) {
      if (!isObject(land) || !onlyKeys(land, LAND_KEYS)) return NOT_FAST;
      if (land.contractedMu !== undefined) {
        value = single(land.contractedMu, areaNonNegative, 'contractedLand', contractedLand, lines);
        if (value === INVALID) return NOT_FAST;
        gross += value;
      }
      if (land.transferredInMu !== undefined) {
        value = single(
          land.transferredInMu,
          areaNonNegative,
          'transferredLand',
          transferredLand,
          lines,
        );
        if (value === INVALID) return NOT_FAST;
        gross += value;
      }
      if (land.forestMu !== undefined) {
        value = single(land.forestMu, areaNonNegative, 'forest', forest, lines);
        if (value === INVALID) return NOT_FAST;
        gross += value;
      }
    }

    const livestock = raw.livestock;
    if (livestock !== undefined) {
      if (!isObject(livestock) || !onlyKeys(livestock, speciesKeys)) return NOT_FAST;
      value = herdValue(livestock);
      if (value === INVALID) return NOT_FAST;
      gross += value;
      lines.push({ item: 'livestock', value: fenText(value) });
    }

    if (raw.machines !== undefined) {
      value = equipment(raw.machines, 'machine', plan.machine, evalYear, maxYear, lines);
      if (value === INVALID) return NOT_FAST;
      gross += value;
    }
    if (raw.vehicles !== undefined) {
      value = equipment(raw.vehicles, 'vehicle', plan.vehicle, evalYear, maxYear, lines);
      if (value === INVALID) return NOT_FAST;
      gross += value;
    }
    if (raw.facilities !== undefined) {
      value = equipment(raw.facilities, 'facility', plan.facility, evalYear, maxYear, lines);
      if (value === INVALID) return NOT_FAST;
      gross += value;
    }
    if (raw.deposits !== undefined) {
      value = single(raw.deposits, moneyNonNegative, 'deposits', deposits, lines);
      if (value === INVALID) return NOT_FAST;
      gross += value;
    }
    if (raw.collectiveShares !== undefined) {
      value = single(
        raw.collectiveShares,
        moneyNonNegative,
        'collectiveShares',
        collectiveShares,
        lines,
      );
      if (value === INVALID) return NOT_FAST;
      gross += value;
    }

    let liabilities = 0;
    const debts = raw.debts;
    if (debts !== undefined) {
      if (!isObject(debts) || !onlyKeys(debts, DEBT_KEYS)) return NOT_FAST;
      const bank = debts.bankLoans === undefined ? 0 : moneyNonNegative(debts.bankLoans);
      const other = debts.other === undefined ? 0 : moneyNonNegative(debts.other);
      if (Number.isNaN(bank) || Number.isNaN(other)) return NOT_FAST;
      liabilities = bank + other;
    }

    const income = raw.income;
    if (!isObject(income) || !onlyKeys(income, INCOME_KEYS)) return NOT_FAST;
    const netIncome = moneyAny(income.net);
    const operating = moneyNonNegative(income.operating);
    if (Number.isNaN(netIncome) || Number.isNaN(operating)) return NOT_FAST;

    const civility = raw.civility;
    if (!isObject(civility) || !onlyKeys(civility, dimensionKeys)) return NOT_FAST;
    let civilityScore = 0;
    for (let i = 0; i < dimensions.length; i++) {
      const level = civility[dimensions[i] as string];
      const points = typeof level === 'string' ? civilityPoints.get(level) : undefined;
      if (points === undefined) return NOT_FAST;
      civilityScore += points;
    }
    const credit = raw.creditRecord;
    const creditScore = typeof credit === 'string' ? creditPoints.get(credit) : undefined;
    if (creditScore === undefined) return NOT_FAST;

    let vetoes: string[] = [];
    const rawVetoes = raw.vetoes;
    if (rawVetoes !== undefined) {
      if (!Array.isArray(rawVetoes) || rawVetoes.length > MAX_VETOES) return NOT_FAST;
      for (const code of rawVetoes)
        if (typeof code !== 'string' || !vetoCodes.has(code)) return NOT_FAST;
      if (rawVetoes.length > 0) vetoes = [...new Set(rawVetoes as string[])].sort();
    }
    const meta = raw.meta;
    if (meta !== undefined && !isObject(meta)) return NOT_FAST;

    // Valid. Lines are exact; only a gross past 2^53 cannot be carried in doubles.
    if (!(gross <= Number.MAX_SAFE_INTEGER)) return OUT_OF_RANGE;
    const net = gross - liabilities;
    const debtPoints = debtRatioPoints(liabilities, gross);
    const netAssetsPoints = moneyBinPoints(net, plan.netAssets);
    const netIncomePoints = moneyBinPoints(netIncome, plan.netIncome);
    const score = civilityScore + netAssetsPoints + netIncomePoints + debtPoints + creditScore;

    let grade: string;
    let creditHousehold = false;
    let limit = 0;
    let limitBoundBy: LimitBoundBy;
    if (vetoes.length > 0) {
      grade = model.vetoGrade;
      limitBoundBy = 'veto';
    } else {
      const band = gradeByScore[score] as { code: string; credit: boolean };
      grade = band.code;
      creditHousehold = band.credit;
      const row = creditHousehold ? plan.limits.get(grade) : undefined;
      if (row === undefined) limitBoundBy = 'grade';
      else if (gross <= row.maxGross && operating <= row.maxOperating) {
        const rawLimit = row.base + gross * row.gross + operating * row.operating;
        const capped = rawLimit > row.cap;
        limit = roundDiv(capped ? row.cap : rawLimit, row.den, plan.limitMode) * row.stepFen;
        limitBoundBy = capped ? 'cap' : 'formula';
      } else {
        const b = row.big;
        const rawLimit = b.base + BigInt(gross) * b.gross + BigInt(operating) * b.operating;
        const capped = rawLimit > b.cap;
        limit = Number(roundDivBig(capped ? b.cap : rawLimit, b.den, plan.limitMode) * b.stepFen);
        limitBoundBy = capped ? 'cap' : 'formula';
      }
    }

    const result: { -readonly [K in keyof HouseholdResult]: HouseholdResult[K] } = {
      id,
    } as HouseholdResult;
    if (includePersonal && head !== undefined)
      result.head = personal(head as Record<string, unknown>);
    if (members !== undefined) result.members = members;
    if (labourers !== undefined) result.labourers = labourers;
    result.assets = {
      lines,
      gross: fenText(gross),
      liabilities: fenText(liabilities),
      net: fenText(net),
    };
    result.score = score;
    result.components = [
      { id: 'civility', points: civilityScore, max: max.civility },
      { id: 'netAssets', points: netAssetsPoints, max: max.netAssets },
      { id: 'netIncome', points: netIncomePoints, max: max.netIncome },
      { id: 'debtRatio', points: debtPoints, max: max.debtRatio },
      { id: 'creditRecord', points: creditScore, max: max.creditRecord },
    ];
    result.grade = grade;
    result.creditHousehold = creditHousehold;
    result.vetoes = vetoes;
    result.limit = fenText(limit);
    result.limitBoundBy = limitBoundBy;
    if (meta !== undefined) result.meta = meta;
    return result;
  };

  /** The whole herd in fen; INVALID when a head count is not one the reader accepts. */
  function herdValue(livestock: Record<string, unknown>): number {
    const codes = plan.speciesCodes;
    if (plan.herdSafe) {
      let herd = 0;
      for (let i = 0; i < codes.length; i++) {
        const code = codes[i] as string;
        const heads = livestock[code];
        if (heads === undefined) continue;
        const n = integerIn(heads, 0, BOUNDS.livestockHeads);
        if (Number.isNaN(n)) return INVALID;
        herd += n * (plan.species.get(code) as number);
      }
      return roundDiv(herd, plan.livestockDen, mode) * step;
    }
    let herd = 0n;
    for (const code of codes) {
      const heads = livestock[code];
      if (heads === undefined) continue;
      const n = integerIn(heads, 0, BOUNDS.livestockHeads);
      if (Number.isNaN(n)) return INVALID;
      herd += BigInt(n) * (plan.bigSpecies.get(code) as bigint);
    }
    const fen = roundDivBig(herd, plan.bigLivestockDen, mode) * stepBig;
    return fen <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(fen) : Number.POSITIVE_INFINITY;
  }

  function debtRatioPoints(liabilities: number, gross: number): number {
    if (liabilities === 0) return debtRatio.noDebt;
    if (gross === 0) return debtRatio.noAssets;
    for (const bin of debtRatio.bins) {
      const hit =
        liabilities <= bin.maxL && gross <= bin.maxG
          ? compare(liabilities * bin.den, bin.op, gross * bin.num)
          : compareBig(BigInt(liabilities) * bin.bigDen, bin.op, BigInt(gross) * bin.bigNum);
      if (hit) return bin.points;
    }
    return debtRatio.otherwise;
  }
}

function validHead(head: unknown): boolean {
  if (!isObject(head) || !onlyKeys(head, HEAD_KEYS)) return false;
  const { name, idNumber } = head;
  if (name !== undefined && (typeof name !== 'string' || name.length > BOUNDS.stringLength))
    return false;
  if (
    idNumber !== undefined &&
    (typeof idNumber !== 'string' || idNumber.length > BOUNDS.stringLength)
  )
    return false;
  return true;
}

function compare(a: number, op: Comparison, b: number): boolean {
  return op === '<=' ? a <= b : op === '<' ? a < b : op === '>=' ? a >= b : a > b;
}

function compareBig(a: bigint, op: Comparison, b: bigint): boolean {
  return op === '<=' ? a <= b : op === '<' ? a < b : op === '>=' ? a >= b : a > b;
}

function moneyBinPoints(value: number, bins: MoneyBins): number {
  const list = bins.bins;
  for (let i = 0; i < list.length; i++) {
    const bin = list[i] as (typeof list)[number];
    if (compare(value, bin.op, bin.bound)) return bin.points;
  }
  return bins.otherwise;
}

/** `head` as the reference schema outputs it: only the known keys, in schema order. */
function personal(head: Record<string, unknown>): { name?: string; idNumber?: string } {
  const out: { name?: string; idNumber?: string } = {};
  if (typeof head.name === 'string') out.name = head.name;
  if (typeof head.idNumber === 'string') out.idNumber = head.idNumber;
  return out;
}
