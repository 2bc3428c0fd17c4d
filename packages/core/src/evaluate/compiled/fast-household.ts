import type { ResolvedModel } from '../../model/resolve.js';
import { BOUNDS } from '../../schema/bounds.js';
import type { AssetLine, Component, HouseholdResult, LimitBoundBy } from '../../types/result.js';
import { fenText, roundDiv } from './integer.js';
import {
  areaNonNegative,
  areaPositive,
  integerIn,
  isObject,
  moneyAny,
  moneyNonNegative,
  onlyKeys,
} from './parse-fast.js';
import type { AgeTable, IntegerBin, LineCoefficient, Plan } from './plan.js';

/** The record is not one the fast reader accepts: validate it with the reference schema. */
export const NOT_FAST = Symbol('not-fast');
/** The record is valid but an amount leaves the proved-safe range: evaluate it with the reference. */
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

/**
 * The fast path for one household: reads the raw record with hand-written checks that accept
 * exactly what the reference schema accepts, and evaluates it in whole fen with the plan's
 * integer coefficients. Returns the result (deep-equal to the reference's), `NOT_FAST` when
 * the record needs the reference validator, or `OUT_OF_RANGE` when an amount is beyond what
 * the plan proved exact. Deliberately one dense function: it is the hot loop.
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
  const { assetMode: mode, assetStepFen: step } = plan;
  const netAssetsBins = plan.netAssets;
  const netIncomeBins = plan.netIncome;
  const debtRatio = plan.debtRatio;
  const vetoGrade = model.vetoGrade;

  /** One line from a coefficient; −1 when the input is past the proved-safe range. */
  const lineValue = (input: number, c: LineCoefficient | undefined): number => {
    if (c === undefined || input > c.maxInput) return -1;
    return roundDiv(input * c.num, c.den, mode) * step;
  };

  return (raw: unknown, evalYear: number): FastOutcome => {
    if (!isObject(raw) || !onlyKeys(raw, RECORD_KEYS)) return NOT_FAST;
    const id = raw.id;
    if (typeof id !== 'string' || id.length === 0 || id.length > BOUNDS.stringLength)
      return NOT_FAST;
    const maxYear = evalYear < BOUNDS.maxYear ? evalYear : BOUNDS.maxYear;
    let outOfRange = false;
    const lines: AssetLine[] = [];
    let gross = 0;

    const head = raw.head;
    if (head !== undefined) {
      if (!isObject(head) || !onlyKeys(head, HEAD_KEYS)) return NOT_FAST;
      for (const key of ['name', 'idNumber'] as const) {
        const v = head[key];
        if (v !== undefined && (typeof v !== 'string' || v.length > BOUNDS.stringLength))
          return NOT_FAST;
      }
    }
    let members = raw.members as number | undefined;
    if (members !== undefined && Number.isNaN((members = integerIn(members, 0, BOUNDS.persons))))
      return NOT_FAST;
    let labourers = raw.labourers as number | undefined;
    if (
      labourers !== undefined &&
      Number.isNaN((labourers = integerIn(labourers, 0, BOUNDS.persons)))
    )
      return NOT_FAST;

    const houses = raw.houses;
    if (houses !== undefined) {
      if (!Array.isArray(houses) || houses.length > BOUNDS.assetItems) return NOT_FAST;
      for (let i = 0; i < houses.length; i++) {
        const house = houses[i];
        if (!isObject(house) || !onlyKeys(house, HOUSE_KEYS)) return NOT_FAST;
        const structure = house.structure;
        const table = typeof structure === 'string' ? plan.structures.get(structure) : undefined;
        const area = areaPositive(house.areaM2);
        const year = integerIn(house.yearBuilt, BOUNDS.minYear, maxYear);
        if (table === undefined || Number.isNaN(area) || Number.isNaN(year)) return NOT_FAST;
        const value = lineValue(area, table[evalYear - year]);
        if (value < 0) outOfRange = true;
        gross += value;
        lines.push({ item: 'house', index: i, value: value < 0 ? '' : fenText(value) });
      }
    }

    const land = raw.land;
    if (land !== undefined) {
      if (!isObject(land) || !onlyKeys(land, LAND_KEYS)) return NOT_FAST;
      const entries = [
        ['contractedLand', land.contractedMu, plan.contractedLand],
        ['transferredLand', land.transferredInMu, plan.transferredLand],
        ['forest', land.forestMu, plan.forest],
      ] as const;
      for (const [item, input, coefficient] of entries) {
        if (input === undefined) continue;
        const mu = areaNonNegative(input);
        if (Number.isNaN(mu)) return NOT_FAST;
        const value = lineValue(mu, coefficient);
        if (value < 0) outOfRange = true;
        gross += value;
        lines.push({ item, value: value < 0 ? '' : fenText(value) });
      }
    }

    const livestock = raw.livestock;
    if (livestock !== undefined) {
      if (!isObject(livestock) || !onlyKeys(livestock, speciesKeys)) return NOT_FAST;
      let herd = 0;
      for (const code of plan.speciesCodes) {
        const heads = livestock[code];
        if (heads === undefined) continue;
        const n = integerIn(heads, 0, BOUNDS.livestockHeads);
        if (Number.isNaN(n)) return NOT_FAST;
        herd += n * (plan.species.get(code) ?? 0);
      }
      if (plan.livestockMaxHerd === 0) outOfRange = true;
      const value = outOfRange ? 0 : roundDiv(herd, plan.livestockDen, mode) * step;
      gross += value;
      lines.push({ item: 'livestock', value: fenText(value) });
    }

    const equipment = [
      ['machine', raw.machines, plan.machine],
      ['vehicle', raw.vehicles, plan.vehicle],
      ['facility', raw.facilities, plan.facility],
    ] as const;
    for (const [item, list, table] of equipment as readonly (readonly [
      'machine' | 'vehicle' | 'facility',
      unknown,
      AgeTable,
    ])[]) {
      if (list === undefined) continue;
      if (!Array.isArray(list) || list.length > BOUNDS.assetItems) return NOT_FAST;
      for (let i = 0; i < list.length; i++) {
        const entry = list[i];
        if (!isObject(entry) || !onlyKeys(entry, EQUIPMENT_KEYS)) return NOT_FAST;
        const price = moneyNonNegative(entry.price);
        const year = integerIn(entry.year, BOUNDS.minYear, maxYear);
        if (Number.isNaN(price) || Number.isNaN(year)) return NOT_FAST;
        const value = lineValue(price, table[evalYear - year]);
        if (value < 0) outOfRange = true;
        gross += value;
        lines.push({ item, index: i, value: value < 0 ? '' : fenText(value) });
      }
    }

    const financial = [
      ['deposits', raw.deposits, plan.deposits],
      ['collectiveShares', raw.collectiveShares, plan.collectiveShares],
    ] as const;
    for (const [item, input, coefficient] of financial) {
      if (input === undefined) continue;
      const amount = moneyNonNegative(input);
      if (Number.isNaN(amount)) return NOT_FAST;
      const value = lineValue(amount, coefficient);
      if (value < 0) outOfRange = true;
      gross += value;
      lines.push({ item, value: value < 0 ? '' : fenText(value) });
    }

    let liabilities = 0;
    const debts = raw.debts;
    if (debts !== undefined) {
      if (!isObject(debts) || !onlyKeys(debts, DEBT_KEYS)) return NOT_FAST;
      if (debts.bankLoans !== undefined) {
        const v = moneyNonNegative(debts.bankLoans);
        if (Number.isNaN(v)) return NOT_FAST;
        liabilities += v;
      }
      if (debts.other !== undefined) {
        const v = moneyNonNegative(debts.other);
        if (Number.isNaN(v)) return NOT_FAST;
        liabilities += v;
      }
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

    // The record is valid. Anything past the proved range goes to the reference from here on.
    if (
      outOfRange ||
      gross > Number.MAX_SAFE_INTEGER ||
      netAssetsBins === undefined ||
      netIncomeBins === undefined ||
      debtRatio === undefined
    ) {
      return OUT_OF_RANGE;
    }
    const net = gross - liabilities;

    let debtPoints: number;
    if (liabilities === 0) debtPoints = debtRatio.noDebt;
    else if (gross === 0) debtPoints = debtRatio.noAssets;
    else {
      debtPoints = debtRatio.otherwise;
      for (const bin of debtRatio.bins) {
        if (liabilities > bin.maxL || gross > bin.maxG) return OUT_OF_RANGE;
        const l = liabilities * bin.den;
        const g = gross * bin.num;
        if (bin.op === '<=' ? l <= g : bin.op === '<' ? l < g : bin.op === '>=' ? l >= g : l > g) {
          debtPoints = bin.points;
          break;
        }
      }
    }
    const netAssetsPoints = binPoints(net, netAssetsBins.bins, netAssetsBins.otherwise);
    const netIncomePoints = binPoints(netIncome, netIncomeBins.bins, netIncomeBins.otherwise);
    const score = civilityScore + netAssetsPoints + netIncomePoints + debtPoints + creditScore;
    const components: Component[] = [
      { id: 'civility', points: civilityScore, max: max.civility },
      { id: 'netAssets', points: netAssetsPoints, max: max.netAssets },
      { id: 'netIncome', points: netIncomePoints, max: max.netIncome },
      { id: 'debtRatio', points: debtPoints, max: max.debtRatio },
      { id: 'creditRecord', points: creditScore, max: max.creditRecord },
    ];

    let grade: string;
    let creditHousehold = false;
    let limit = 0;
    let limitBoundBy: LimitBoundBy;
    if (vetoes.length > 0) {
      grade = vetoGrade;
      limitBoundBy = 'veto';
    } else {
      const band = gradeByScore[score];
      if (band === undefined) return OUT_OF_RANGE;
      grade = band.code;
      creditHousehold = band.credit;
      const row = creditHousehold ? plan.limits.get(grade) : undefined;
      if (!creditHousehold) limitBoundBy = 'grade';
      else {
        if (row === undefined || gross > row.maxGross || operating > row.maxOperating)
          return OUT_OF_RANGE;
        const raw = row.base + gross * row.grossCoefficient + operating * row.operatingCoefficient;
        const capped = raw > row.cap;
        limit = roundDiv(capped ? row.cap : raw, row.den, plan.limitMode) * row.stepFen;
        limitBoundBy = capped ? 'cap' : 'formula';
      }
    }

    const result: {
      -readonly [K in keyof HouseholdResult]: HouseholdResult[K];
    } = { id } as HouseholdResult;
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
    result.components = components;
    result.grade = grade;
    result.creditHousehold = creditHousehold;
    result.vetoes = vetoes;
    result.limit = fenText(limit);
    result.limitBoundBy = limitBoundBy;
    if (meta !== undefined) result.meta = meta as Record<string, unknown>;
    return result;
  };
}

function binPoints(value: number, bins: readonly IntegerBin[], otherwise: number): number {
  for (let i = 0; i < bins.length; i++) {
    const bin = bins[i] as IntegerBin;
    const op = bin.op;
    if (
      op === '>='
        ? value >= bin.bound
        : op === '>'
          ? value > bin.bound
          : op === '<='
            ? value <= bin.bound
            : value < bin.bound
    ) {
      return bin.points;
    }
  }
  return otherwise;
}

/** `head` as the reference schema outputs it: only the known keys, in schema order. */
function personal(head: Record<string, unknown>): { name?: string; idNumber?: string } {
  const out: { name?: string; idNumber?: string } = {};
  if (typeof head.name === 'string') out.name = head.name;
  if (typeof head.idNumber === 'string') out.idNumber = head.idNumber;
  return out;
}
