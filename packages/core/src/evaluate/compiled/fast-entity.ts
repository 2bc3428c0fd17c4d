import type { ResolvedEntity } from '../../model/entity-resolve.js';
import type { ResolvedModel } from '../../model/resolve.js';
import { BOUNDS } from '../../schema/bounds.js';
import { ENTITY_BOUNDS } from '../../schema/entity.js';
import type { EntityResult } from '../../types/entity-result.js';
import { entityResult } from '../entity/entity-result.js';
import { binPoints, debtRatioPoints } from './bin-points.js';
import type { EntityPlan } from './entity-plan.js';
import { personCopy, validPerson } from './fast-person.js';
import { type GradeBand, gradeBands } from './grade-bands.js';
import { fenText } from './integer.js';
import { limitFen, VETOED } from './limit-fen.js';
import {
  areaPositive,
  integerIn,
  isId,
  isMeta,
  isObject,
  moneyAny,
  moneyNonNegative,
  readVetoes,
} from './parse-fast.js';

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
  const householdGrades = new Set(model.gradeCodes);
  const vetoCodes = new Set(entity.vetoCodes);
  const { max } = entity;
  const grades = gradeBands(model, entity.maxScore);

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
    if (!isId(id)) return NOT_FAST_ENTITY;
    if (name !== undefined && !(typeof name === 'string' && name.length <= BOUNDS.stringLength))
      return NOT_FAST_ENTITY;
    if (typeof type !== 'string' || !types.has(type)) return NOT_FAST_ENTITY;
    if (township !== undefined && !isId(township)) return NOT_FAST_ENTITY;
    if (village !== undefined && !isId(village)) return NOT_FAST_ENTITY;
    if (principal !== undefined && !validPerson(principal)) return NOT_FAST_ENTITY;
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
      !(typeof principalGrade === 'string' && householdGrades.has(principalGrade))
    )
      return NOT_FAST_ENTITY;
    const vetoes = readVetoes(rawVetoes, vetoCodes);
    if (vetoes === undefined) return NOT_FAST_ENTITY;
    if (!isMeta(meta)) return NOT_FAST_ENTITY;

    // Valid: the seven components.
    const standing = binPoints(evalYear - year, plan.years) + demoPoints;
    const scalePoints = binPoints(scale, scaleBins);
    const debtPoints = debtRatioPoints(liabilities, assets, plan.debtRatio);
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

    const vetoed = vetoes.length > 0;
    const band = vetoed ? grades.vetoed : (grades.byScore[score] as GradeBand);
    // Only a surplus counts towards the limit; a deficit counts as nothing.
    const limit = vetoed
      ? VETOED
      : limitFen(
          band.credit ? plan.limits.get(band.code)?.get(type) : undefined,
          assets,
          Math.max(surplus, 0),
          plan.limitMode,
        );
    const creditOnly = Math.min(limit.fen, plan.ceilingFen);
    return entityResult({
      id: id as string,
      name: name as string | undefined,
      type,
      township: township as string | undefined,
      village: village as string | undefined,
      principal:
        includePersonal && principal !== undefined
          ? personCopy(principal as Record<string, unknown>)
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
      grade: band.code,
      creditEntity: band.credit,
      vetoes,
      limit: fenText(limit.fen),
      creditOnly: fenText(creditOnly),
      guaranteed: fenText(limit.fen - creditOnly),
      limitBoundBy: limit.boundBy,
      meta: meta as EntityResult['meta'],
    });
  };
}
