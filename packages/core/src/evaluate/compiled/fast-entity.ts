import type { Comparison } from '../../model/document.js';
import type { ResolvedEntity } from '../../model/entity-resolve.js';
import type { ResolvedModel } from '../../model/resolve.js';
import { BOUNDS } from '../../schema/bounds.js';
import { characterCount } from '../../schema/decimal-text.js';
import { ENTITY_BOUNDS } from '../../schema/entity.js';
import { nestedDeeperThan } from '../../schema/fields.js';
import { idProblem } from '../../schema/ids.js';
import type { EntityResult } from '../../types/entity-result.js';
import type { LimitBoundBy } from '../../types/result.js';
import { entityResult } from '../entity/entity-result.js';
import type { EntityPlan } from './entity-plan.js';
import { fenText, roundDiv, roundDivBig } from './integer.js';
import { areaPositive, integerIn, isObject, moneyAny, moneyNonNegative } from './parse-fast.js';
import type { MoneyBins, RatioBin } from './plan.js';

/** The record is not one the fast reader accepts: validate it with the reference schema. */
export const NOT_FAST_ENTITY = Symbol('not-fast-entity');

/**
 * Builds the fast path for one entity record under a compiled entity plan: hand-written checks
 * that accept exactly what the reference schema accepts (anything else: `NOT_FAST_ENTITY`),
 * then the scorecard in whole numbers (years, households, fen, hundredths of the scale unit)
 * and the limit in fen with the plan's exact integer coefficients. The result is deep-equal,
 * key order included, to the reference's.
 */
export function createFastEntity(
  model: ResolvedModel,
  entity: ResolvedEntity,
  plan: EntityPlan,
  includePersonal: boolean,
) {
  const types = new Set(entity.types);
  const demonstration = entity.demonstration.points;
  const creditPoints = entity.creditRecord.points;
  const principalPoints = entity.principal.points;
  const grades = new Set(model.gradeCodes);
  const vetoCodes = new Set(entity.vetoCodes);
  const { max } = entity;
  const gradeByScore: { code: string; credit: boolean }[] = [];
  for (let s = 0; s <= entity.maxScore; s++) {
    const band = model.grades.find((g) => s >= g.minScore);
    if (band !== undefined) gradeByScore.push({ code: band.code, credit: band.creditHousehold });
  }

  return (raw: unknown, evalYear: number): EntityResult | typeof NOT_FAST_ENTITY => {
    if (!isObject(raw)) return NOT_FAST_ENTITY;
    let id: unknown;
    let name: unknown;
    let type: unknown;
    let township: unknown;
    let village: unknown;
    let principal: unknown;
    let registered: unknown;
    let demo: unknown;
    let line: unknown;
    let scaleIn: unknown;
    let assetsIn: unknown;
    let liabilitiesIn: unknown;
    let surplusIn: unknown;
    let credit: unknown;
    let leaseIn: unknown;
    let insured: unknown;
    let contracts: unknown;
    let drivenIn: unknown;
    let principalGrade: unknown;
    let rawVetoes: unknown;
    let meta: unknown;
    for (const key in raw) {
      // A known field set to undefined (from code, never JSON) stays absent, as for the schema.
      const v = raw[key];
      switch (key) {
        case 'id':
          id = v;
          break;
        case 'name':
          name = v;
          break;
        case 'type':
          type = v;
          break;
        case 'township':
          township = v;
          break;
        case 'village':
          village = v;
          break;
        case 'principal':
          principal = v;
          break;
        case 'registeredYear':
          registered = v;
          break;
        case 'demonstration':
          demo = v;
          break;
        case 'mainLine':
          line = v;
          break;
        case 'scale':
          scaleIn = v;
          break;
        case 'assets':
          assetsIn = v;
          break;
        case 'liabilities':
          liabilitiesIn = v;
          break;
        case 'surplus':
          surplusIn = v;
          break;
        case 'creditRecord':
          credit = v;
          break;
        case 'leaseYearsLeft':
          leaseIn = v;
          break;
        case 'insured':
          insured = v;
          break;
        case 'salesContracts':
          contracts = v;
          break;
        case 'householdsDriven':
          drivenIn = v;
          break;
        case 'principalHouseholdGrade':
          principalGrade = v;
          break;
        case 'vetoes':
          rawVetoes = v;
          break;
        case 'meta':
          meta = v;
          break;
        default:
          return NOT_FAST_ENTITY;
      }
    }
    if (!validId(id)) return NOT_FAST_ENTITY;
    if (name !== undefined && !(typeof name === 'string' && name.length <= BOUNDS.stringLength))
      return NOT_FAST_ENTITY;
    if (typeof type !== 'string' || !types.has(type)) return NOT_FAST_ENTITY;
    if (township !== undefined && !validId(township)) return NOT_FAST_ENTITY;
    if (village !== undefined && !validId(village)) return NOT_FAST_ENTITY;
    if (principal !== undefined && !validPrincipal(principal)) return NOT_FAST_ENTITY;
    const year = integerIn(registered, BOUNDS.minYear, Math.min(evalYear, BOUNDS.maxYear));
    if (Number.isNaN(year)) return NOT_FAST_ENTITY;
    const demoPoints = typeof demo === 'string' ? demonstration.get(demo) : undefined;
    if (demoPoints === undefined) return NOT_FAST_ENTITY;
    const scaleBins = typeof line === 'string' ? plan.scale.get(line) : undefined;
    if (scaleBins === undefined) return NOT_FAST_ENTITY;
    const scale = areaPositive(scaleIn);
    const assets = moneyNonNegative(assetsIn);
    const liabilities = moneyNonNegative(liabilitiesIn);
    const surplus = moneyAny(surplusIn);
    if (Number.isNaN(scale + assets + liabilities + surplus)) return NOT_FAST_ENTITY;
    const creditScore = typeof credit === 'string' ? creditPoints.get(credit) : undefined;
    if (creditScore === undefined) return NOT_FAST_ENTITY;
    const lease =
      leaseIn === undefined ? undefined : integerIn(leaseIn, 0, ENTITY_BOUNDS.leaseYears);
    if (Number.isNaN(lease)) return NOT_FAST_ENTITY;
    if (insured !== undefined && typeof insured !== 'boolean') return NOT_FAST_ENTITY;
    if (contracts !== undefined && typeof contracts !== 'boolean') return NOT_FAST_ENTITY;
    const driven =
      drivenIn === undefined ? 0 : integerIn(drivenIn, 0, ENTITY_BOUNDS.householdsDriven);
    if (Number.isNaN(driven)) return NOT_FAST_ENTITY;
    if (
      principalGrade !== undefined &&
      !(typeof principalGrade === 'string' && grades.has(principalGrade))
    )
      return NOT_FAST_ENTITY;
    let vetoes: string[] = [];
    if (rawVetoes !== undefined) {
      if (!Array.isArray(rawVetoes) || rawVetoes.length > BOUNDS.vetoes) return NOT_FAST_ENTITY;
      for (const code of rawVetoes)
        if (typeof code !== 'string' || !vetoCodes.has(code)) return NOT_FAST_ENTITY;
      if (rawVetoes.length > 0) vetoes = [...new Set(rawVetoes as string[])].sort();
    }
    if (meta !== undefined && (!isObject(meta) || nestedDeeperThan(meta, BOUNDS.metaDepth)))
      return NOT_FAST_ENTITY;

    // Valid: the seven components.
    const standing = binPoints(evalYear - year, plan.years) + demoPoints;
    const scalePoints = binPoints(scale, scaleBins);
    const debtPoints =
      liabilities === 0
        ? entity.debtRatio.noDebt
        : assets === 0
          ? entity.debtRatio.noAssets
          : ratioPoints(liabilities, assets, plan.debtRatio.bins, plan.debtRatio.otherwise);
    const surplusPoints = binPoints(surplus, plan.surplus);
    const stability =
      (lease === undefined ? entity.lease.noLease : binPoints(lease, plan.lease)) +
      (insured === true ? entity.insured : 0) +
      (contracts === true ? entity.salesContracts : 0);
    const linkage =
      binPoints(driven, plan.householdsDriven) +
      (principalGrade === undefined
        ? entity.principal.otherwise
        : (principalPoints.get(principalGrade as string) ?? entity.principal.otherwise));
    const score =
      standing + scalePoints + debtPoints + surplusPoints + creditScore + stability + linkage;

    let grade: string;
    let creditEntity = false;
    let limit = 0;
    let limitBoundBy: LimitBoundBy;
    if (vetoes.length > 0) {
      grade = model.vetoGrade;
      limitBoundBy = 'veto';
    } else {
      const band = gradeByScore[score] as { code: string; credit: boolean };
      grade = band.code;
      creditEntity = band.credit;
      const row = creditEntity ? plan.limits.get(grade)?.get(type) : undefined;
      const counted = Math.max(surplus, 0);
      if (row === undefined) limitBoundBy = 'grade';
      else if (assets <= row.maxGross && counted <= row.maxOperating) {
        const rawLimit = row.base + assets * row.gross + counted * row.operating;
        const capped = rawLimit > row.cap;
        limit = roundDiv(capped ? row.cap : rawLimit, row.den, plan.limitMode) * row.stepFen;
        limitBoundBy = capped ? 'cap' : 'formula';
      } else {
        const b = row.big;
        const rawLimit = b.base + BigInt(assets) * b.gross + BigInt(counted) * b.operating;
        const capped = rawLimit > b.cap;
        limit = Number(roundDivBig(capped ? b.cap : rawLimit, b.den, plan.limitMode) * b.stepFen);
        limitBoundBy = capped ? 'cap' : 'formula';
      }
    }
    const creditOnly = Math.min(limit, plan.ceilingFen);
    return entityResult({
      id: id as string,
      name: name as string | undefined,
      type,
      township: township as string | undefined,
      village: village as string | undefined,
      principal:
        includePersonal && principal !== undefined
          ? personal(principal as Record<string, unknown>)
          : undefined,
      score,
      components: [
        { id: 'standing', points: standing, max: max.standing },
        { id: 'scale', points: scalePoints, max: max.scale },
        { id: 'debtRatio', points: debtPoints, max: max.debtRatio },
        { id: 'surplus', points: surplusPoints, max: max.surplus },
        { id: 'creditRecord', points: creditScore, max: max.creditRecord },
        { id: 'stability', points: stability, max: max.stability },
        { id: 'linkage', points: linkage, max: max.linkage },
      ],
      grade,
      creditEntity,
      vetoes,
      limit: fenText(limit),
      creditOnly: fenText(creditOnly),
      guaranteed: fenText(limit - creditOnly),
      limitBoundBy,
      meta: meta as EntityResult['meta'],
    });
  };
}

function validId(value: unknown): boolean {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    !(value.length > BOUNDS.stringLength && characterCount(value) > BOUNDS.stringLength) &&
    idProblem(value) === undefined
  );
}

function validPrincipal(principal: unknown): boolean {
  if (!isObject(principal)) return false;
  for (const key in principal) {
    if (key !== 'name' && key !== 'idNumber') return false;
    const v = principal[key];
    if (
      v !== undefined &&
      (typeof v !== 'string' ||
        (v.length > BOUNDS.stringLength && characterCount(v) > BOUNDS.stringLength))
    )
      return false;
  }
  return true;
}

/** `principal` as the reference schema outputs it: only the known keys, in schema order. */
function personal(principal: Record<string, unknown>): { name?: string; idNumber?: string } {
  const out: { name?: string; idNumber?: string } = {};
  if (typeof principal.name === 'string') out.name = principal.name;
  if (typeof principal.idNumber === 'string') out.idNumber = principal.idNumber;
  return out;
}

function compare(a: number, op: Comparison, b: number): boolean {
  return op === '<=' ? a <= b : op === '<' ? a < b : op === '>=' ? a >= b : a > b;
}

function compareBig(a: bigint, op: Comparison, b: bigint): boolean {
  return op === '<=' ? a <= b : op === '<' ? a < b : op === '>=' ? a >= b : a > b;
}

function binPoints(value: number, bins: MoneyBins): number {
  const list = bins.bins;
  for (let i = 0; i < list.length; i++) {
    const bin = list[i] as (typeof list)[number];
    if (compare(value, bin.op, bin.bound)) return bin.points;
  }
  return bins.otherwise;
}

/** The points of the exact ratio n/d (d > 0) in ratio bins. */
function ratioPoints(n: number, d: number, bins: readonly RatioBin[], otherwise: number): number {
  for (const bin of bins) {
    const hit =
      n <= bin.maxL && d <= bin.maxG
        ? compare(n * bin.den, bin.op, d * bin.num)
        : compareBig(BigInt(n) * bin.bigDen, bin.op, BigInt(d) * bin.bigNum);
    if (hit) return bin.points;
  }
  return otherwise;
}
