import type { ResolvedModel } from '../../model/resolve.js';
import { BOUNDS } from '../../schema/bounds.js';
import type { AssetItem, AssetLine, HouseholdResult } from '../../types/result.js';
import { householdResult } from '../household-result.js';
import { binPoints, debtRatioPoints } from './bin-points.js';
import { personCopy, validPerson } from './fast-person.js';
import { createFastReview, type FastReview } from './fast-review.js';
import { type GradeBand, gradeBands } from './grade-bands.js';
import { fenText, roundDiv, roundDivBig } from './integer.js';
import { limitFen, VETOED } from './limit-fen.js';
import {
  areaNonNegative,
  areaPositive,
  integerIn,
  isId,
  isMeta,
  isObject,
  moneyAny,
  moneyNonNegative,
  readVetoes,
} from './parse-fast.js';
import type { AgeTable, LineCoefficient, Plan } from './plan.js';

/** The record is not one the fast reader accepts: validate it with the reference schema. */
export const NOT_FAST = Symbol('not-fast');
/** The record is valid but its total leaves the safe integer range: evaluate it with the reference. */
export const OUT_OF_RANGE = Symbol('out-of-range');

export type FastOutcome = HouseholdResult | typeof NOT_FAST | typeof OUT_OF_RANGE;

const INVALID = -1;

/**
 * Builds the fast path for one household under a compiled plan. It reads the raw record with
 * hand-written checks that accept exactly what the reference schema accepts (anything else:
 * `NOT_FAST`), and evaluates in whole fen with the plan's exact integer coefficients. The
 * result is deep-equal, key order included, to the reference's.
 */
export function createFastHousehold(model: ResolvedModel, plan: Plan, includePersonal: boolean) {
  const dimensions = model.civility.dimensions;
  const dimensionSet = new Set(dimensions);
  const civilityPoints = model.civility.points;
  const creditPoints = model.creditRecord.points;
  const vetoCodes = new Set(model.vetoCodes);
  const speciesCoefficient = plan.species;
  const max = {
    civility: model.civility.componentMax,
    netAssets: model.netAssets.max,
    netIncome: model.netIncome.max,
    debtRatio: model.debtRatio.max,
    creditRecord: model.creditRecord.max,
  };
  // Every score the components can add up to, mapped to its grade band once.
  const maxScore = max.civility + max.netAssets + max.netIncome + max.debtRatio + max.creditRecord;
  const grades = gradeBands(model, maxScore);
  const mode = plan.assetMode;
  const step = plan.assetStepFen;
  const stepBig = BigInt(step);
  const { contractedLand, transferredLand, forest, deposits, collectiveShares } = plan;
  // Reviewed records (docs/model.md §13) are read apart, so ordinary ones pay one comparison.
  const readReview = createFastReview(model, includePersonal);

  /** One rounded line in fen: doubles when proved exact, else the same integers in BigInt. */
  const lineValue = (input: number, c: LineCoefficient): number => {
    if (input <= c.maxInput) return roundDiv(input * c.num, c.den, mode) * step;
    const fen = roundDivBig(BigInt(input) * c.bigNum, c.bigDen, mode) * stepBig;
    return fen <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(fen) : Number.POSITIVE_INFINITY;
  };

  /** One equipment list into lines; INVALID when the reader rejects it. */
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
      if (!isObject(entry)) return INVALID;
      let price = Number.NaN;
      let year = Number.NaN;
      for (const key in entry) {
        if (key === 'price') price = moneyNonNegative(entry[key]);
        else if (key === 'year') year = integerIn(entry[key], BOUNDS.minYear, maxYear);
        else return INVALID;
      }
      if (Number.isNaN(price) || Number.isNaN(year)) return INVALID;
      const value = lineValue(price, table[evalYear - year] as LineCoefficient);
      sum += value;
      lines.push({ item, index: i, value: fenText(value) });
    }
    return sum;
  };

  /** A single-amount line; INVALID when the amount is not one the reader accepts. */
  const single = (
    amount: number,
    item: AssetItem,
    c: LineCoefficient,
    lines: AssetLine[],
  ): number => {
    if (Number.isNaN(amount)) return INVALID;
    const value = lineValue(amount, c);
    lines.push({ item, value: fenText(value) });
    return value;
  };

  return (raw: unknown, evalYear: number): FastOutcome => {
    if (!isObject(raw)) return NOT_FAST;
    // One pass over the record's own keys reads every field and rejects any unknown one; the
    // keyed reads of a for-in stay fast whatever mix of optional fields a record has.
    let id: unknown;
    let head: unknown;
    let membersIn: unknown;
    let labourersIn: unknown;
    let houses: unknown;
    let land: unknown;
    let livestock: unknown;
    let machines: unknown;
    let vehicles: unknown;
    let facilities: unknown;
    let depositsIn: unknown;
    let sharesIn: unknown;
    let debts: unknown;
    let income: unknown;
    let civility: unknown;
    let review: unknown;
    let credit: unknown;
    let rawVetoes: unknown;
    let meta: unknown;
    for (const key in raw) {
      const v = raw[key];
      switch (key) {
        case 'id':
          id = v;
          break;
        case 'head':
          head = v;
          break;
        case 'members':
          membersIn = v;
          break;
        case 'labourers':
          labourersIn = v;
          break;
        case 'houses':
          houses = v;
          break;
        case 'land':
          land = v;
          break;
        case 'livestock':
          livestock = v;
          break;
        case 'machines':
          machines = v;
          break;
        case 'vehicles':
          vehicles = v;
          break;
        case 'facilities':
          facilities = v;
          break;
        case 'deposits':
          depositsIn = v;
          break;
        case 'collectiveShares':
          sharesIn = v;
          break;
        case 'debts':
          debts = v;
          break;
        case 'income':
          income = v;
          break;
        case 'civility':
          civility = v;
          break;
        case 'review':
          review = v;
          break;
        case 'creditRecord':
          credit = v;
          break;
        case 'vetoes':
          rawVetoes = v;
          break;
        case 'meta':
          meta = v;
          break;
        default:
          return NOT_FAST;
      }
    }
    if (!isId(id)) return NOT_FAST;
    if (head !== undefined && !validPerson(head)) return NOT_FAST;
    const members = membersIn === undefined ? undefined : integerIn(membersIn, 0, BOUNDS.persons);
    const labourers =
      labourersIn === undefined ? undefined : integerIn(labourersIn, 0, BOUNDS.persons);
    if (Number.isNaN(members) || Number.isNaN(labourers)) return NOT_FAST;
    const maxYear = Math.min(evalYear, BOUNDS.maxYear);
    const lines: AssetLine[] = [];
    let gross = 0;
    let value: number;

    if (houses !== undefined) {
      if (!Array.isArray(houses) || houses.length > BOUNDS.assetItems) return NOT_FAST;
      for (let i = 0; i < houses.length; i++) {
        const house: unknown = houses[i];
        if (!isObject(house)) return NOT_FAST;
        let table: AgeTable | undefined;
        let area = Number.NaN;
        let year = Number.NaN;
        for (const key in house) {
          const v = house[key];
          if (key === 'structure')
            table = typeof v === 'string' ? plan.structures.get(v) : undefined;
          else if (key === 'areaM2') area = areaPositive(v);
          else if (key === 'yearBuilt') year = integerIn(v, BOUNDS.minYear, maxYear);
          else return NOT_FAST;
        }
        if (table === undefined || Number.isNaN(area) || Number.isNaN(year)) return NOT_FAST;
        value = lineValue(area, table[evalYear - year] as LineCoefficient);
        gross += value;
        lines.push({ item: 'house', index: i, value: fenText(value) });
      }
    }

    if (land !== undefined) {
      if (!isObject(land)) return NOT_FAST;
      let contracted: unknown;
      let transferred: unknown;
      let forestMu: unknown;
      for (const key in land) {
        if (key === 'contractedMu') contracted = land[key];
        else if (key === 'transferredInMu') transferred = land[key];
        else if (key === 'forestMu') forestMu = land[key];
        else return NOT_FAST;
      }
      if (contracted !== undefined) {
        value = single(areaNonNegative(contracted), 'contractedLand', contractedLand, lines);
        if (value === INVALID) return NOT_FAST;
        gross += value;
      }
      if (transferred !== undefined) {
        value = single(areaNonNegative(transferred), 'transferredLand', transferredLand, lines);
        if (value === INVALID) return NOT_FAST;
        gross += value;
      }
      if (forestMu !== undefined) {
        value = single(areaNonNegative(forestMu), 'forest', forest, lines);
        if (value === INVALID) return NOT_FAST;
        gross += value;
      }
    }

    if (livestock !== undefined) {
      if (!isObject(livestock)) return NOT_FAST;
      value = herdValue(livestock);
      if (value === INVALID) return NOT_FAST;
      gross += value;
      lines.push({ item: 'livestock', value: fenText(value) });
    }
    if (machines !== undefined) {
      value = equipment(machines, 'machine', plan.machine, evalYear, maxYear, lines);
      if (value === INVALID) return NOT_FAST;
      gross += value;
    }
    if (vehicles !== undefined) {
      value = equipment(vehicles, 'vehicle', plan.vehicle, evalYear, maxYear, lines);
      if (value === INVALID) return NOT_FAST;
      gross += value;
    }
    if (facilities !== undefined) {
      value = equipment(facilities, 'facility', plan.facility, evalYear, maxYear, lines);
      if (value === INVALID) return NOT_FAST;
      gross += value;
    }
    if (depositsIn !== undefined) {
      value = single(moneyNonNegative(depositsIn), 'deposits', deposits, lines);
      if (value === INVALID) return NOT_FAST;
      gross += value;
    }
    if (sharesIn !== undefined) {
      value = single(moneyNonNegative(sharesIn), 'collectiveShares', collectiveShares, lines);
      if (value === INVALID) return NOT_FAST;
      gross += value;
    }

    let liabilities = 0;
    if (debts !== undefined) {
      if (!isObject(debts)) return NOT_FAST;
      for (const key in debts) {
        if (key !== 'bankLoans' && key !== 'other') return NOT_FAST;
        const v = debts[key];
        if (v === undefined) continue;
        const amount = moneyNonNegative(v);
        if (Number.isNaN(amount)) return NOT_FAST;
        liabilities += amount;
      }
    }

    if (!isObject(income)) return NOT_FAST;
    let netIncome = Number.NaN;
    let operating = Number.NaN;
    for (const key in income) {
      if (key === 'net') netIncome = moneyAny(income[key]);
      else if (key === 'operating') operating = moneyNonNegative(income[key]);
      else return NOT_FAST;
    }
    if (Number.isNaN(netIncome) || Number.isNaN(operating)) return NOT_FAST;

    let civilityScore = 0;
    let reviewed: FastReview | undefined;
    if (review === undefined) {
      if (!isObject(civility)) return NOT_FAST;
      let dimensionsSeen = 0;
      for (const key in civility) {
        if (!dimensionSet.has(key)) return NOT_FAST;
        const level = civility[key];
        const points = typeof level === 'string' ? civilityPoints.get(level) : undefined;
        if (points === undefined) return NOT_FAST;
        civilityScore += points;
        dimensionsSeen++;
      }
      if (dimensionsSeen !== dimensions.length) return NOT_FAST;
    } else {
      if (civility !== undefined || readReview === undefined) return NOT_FAST;
      reviewed = readReview(review);
      if (reviewed === undefined) return NOT_FAST;
      civilityScore = reviewed.civilityScore;
    }
    const creditScore = typeof credit === 'string' ? creditPoints.get(credit) : undefined;
    if (creditScore === undefined) return NOT_FAST;

    let vetoes = readVetoes(rawVetoes, vetoCodes);
    if (vetoes === undefined) return NOT_FAST;
    if (reviewed !== undefined && reviewed.vetoes.length > 0)
      vetoes = [...new Set([...vetoes, ...reviewed.vetoes])].sort();
    if (!isMeta(meta)) return NOT_FAST;

    // Valid. Lines are exact; only a gross past 2^53 cannot be carried in doubles.
    if (!(gross <= Number.MAX_SAFE_INTEGER)) return OUT_OF_RANGE;
    const net = gross - liabilities;
    const debtPoints = debtRatioPoints(liabilities, gross, plan.debtRatio);
    const netAssetsPoints = binPoints(net, plan.netAssets);
    const netIncomePoints = binPoints(netIncome, plan.netIncome);
    const score = civilityScore + netAssetsPoints + netIncomePoints + debtPoints + creditScore;

    const vetoed = vetoes.length > 0;
    const band = vetoed ? grades.vetoed : (grades.byScore[score] as GradeBand);
    const limit = vetoed
      ? VETOED
      : limitFen(
          band.credit ? plan.limits.get(band.code) : undefined,
          gross,
          operating,
          plan.limitMode,
        );

    return householdResult({
      id,
      head:
        includePersonal && head !== undefined
          ? personCopy(head as Record<string, unknown>)
          : undefined,
      members,
      labourers,
      assets: {
        lines,
        gross: fenText(gross),
        liabilities: fenText(liabilities),
        net: fenText(net),
      },
      score,
      components: [
        { id: 'civility', points: civilityScore, max: max.civility },
        { id: 'netAssets', points: netAssetsPoints, max: max.netAssets },
        { id: 'netIncome', points: netIncomePoints, max: max.netIncome },
        { id: 'debtRatio', points: debtPoints, max: max.debtRatio },
        { id: 'creditRecord', points: creditScore, max: max.creditRecord },
      ],
      grade: band.code,
      creditHousehold: band.credit,
      vetoes,
      limit: fenText(limit.fen),
      limitBoundBy: limit.boundBy,
      review: reviewed?.result,
      meta: meta as HouseholdResult['meta'],
    });
  };

  /** The whole herd in fen; INVALID when a species or a head count is not one the reader accepts. */
  function herdValue(livestock: Record<string, unknown>): number {
    if (plan.herdSafe) {
      let herd = 0;
      for (const code in livestock) {
        const coefficient = speciesCoefficient.get(code);
        if (coefficient === undefined) return INVALID;
        const heads = livestock[code];
        if (heads === undefined) continue;
        const n = integerIn(heads, 0, BOUNDS.livestockHeads);
        if (Number.isNaN(n)) return INVALID;
        herd += n * coefficient;
      }
      return roundDiv(herd, plan.livestockDen, mode) * step;
    }
    let herd = 0n;
    for (const code in livestock) {
      const coefficient = plan.bigSpecies.get(code);
      if (coefficient === undefined) return INVALID;
      const heads = livestock[code];
      if (heads === undefined) continue;
      const n = integerIn(heads, 0, BOUNDS.livestockHeads);
      if (Number.isNaN(n)) return INVALID;
      herd += BigInt(n) * coefficient;
    }
    const fen = roundDivBig(herd, plan.bigLivestockDen, mode) * stepBig;
    return fen <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(fen) : Number.POSITIVE_INFINITY;
  }
}
