import type { ResolvedEntity } from '../../model/entity-resolve.js';
import type { ResolvedModel } from '../../model/resolve.js';
import { Dec, ZERO } from '../../money/decimal.js';
import { formatMoney } from '../../money/format.js';
import { roundToStep } from '../../money/rounding.js';
import type { EntityRecord } from '../../types/entity-input.js';
import type { EntityComponent, EntityResult } from '../../types/entity-result.js';
import type { LimitBoundBy } from '../../types/result.js';
import { binPoints, ratioBinPoints } from '../bins.js';
import { gradeOf } from '../household.js';
import { entityResult } from './entity-result.js';

/**
 * Evaluates a validated entity record with the reference (decimal) arithmetic of docs/model.md
 * §8: the seven components, vetoes, grade, credit-entity flag, limit, and its credit-only and
 * guaranteed parts.
 */
export function evaluateEntityRecord(
  record: EntityRecord,
  model: ResolvedModel,
  entity: ResolvedEntity,
  evalYear: number,
  options: { readonly includePersonal?: boolean } = {},
): EntityResult {
  const components = entityComponents(record, entity, evalYear);
  const score = components.reduce((sum, c) => sum + c.points, 0);
  const vetoes = [...new Set(record.vetoes ?? [])].sort();
  const { grade, creditHousehold } = gradeOf(score, vetoes.length > 0, model);
  const work = entityLimitOf(
    grade,
    creditHousehold,
    vetoes.length > 0,
    record.type,
    new Dec(record.assets),
    new Dec(record.surplus),
    entity,
  );
  return entityResult({
    id: record.id,
    name: record.name,
    type: record.type,
    township: record.township,
    village: record.village,
    principal: options.includePersonal === true ? record.principal : undefined,
    score,
    components,
    grade,
    creditEntity: creditHousehold,
    vetoes,
    limit: formatMoney(work.limit),
    creditOnly: formatMoney(work.creditOnly),
    guaranteed: formatMoney(work.guaranteed),
    limitBoundBy: work.boundBy,
    meta: record.meta,
  });
}

/** The measured inputs of the seven components (what the receipt shows). */
export interface EntityMeasures {
  readonly years: Dec;
  readonly scale: Dec;
  readonly threshold: Dec;
  readonly assets: Dec;
  readonly liabilities: Dec;
  readonly surplus: Dec;
  readonly householdsDriven: Dec;
}

/** The measured inputs of a record. */
export function entityMeasures(
  record: EntityRecord,
  entity: ResolvedEntity,
  evalYear: number,
): EntityMeasures {
  return {
    years: new Dec(evalYear - record.registeredYear),
    scale: new Dec(record.scale),
    // The model check guarantees a threshold for every main line.
    threshold: entity.threshold.get(record.mainLine) ?? new Dec(1),
    assets: new Dec(record.assets),
    liabilities: new Dec(record.liabilities),
    surplus: new Dec(record.surplus),
    householdsDriven: new Dec(record.householdsDriven ?? 0),
  };
}

/** The points of each part of each component (a component may add two or three parts). */
export interface EntityPartPoints {
  readonly years: number;
  readonly demonstration: number;
  readonly scale: number;
  readonly debtRatio: number;
  readonly surplus: number;
  readonly creditRecord: number;
  readonly lease: number;
  readonly insured: number;
  readonly salesContracts: number;
  readonly householdsDriven: number;
  readonly principal: number;
}

/** Every part's points of a record (docs/model.md §8). */
export function entityPartPoints(
  record: EntityRecord,
  entity: ResolvedEntity,
  evalYear: number,
): EntityPartPoints {
  const m = entityMeasures(record, entity, evalYear);
  const d = entity.debtRatio;
  return {
    years: binPoints(m.years, entity.years),
    demonstration: entity.demonstration.points.get(record.demonstration) ?? 0,
    scale: ratioBinPoints(m.scale, m.threshold, entity.scale),
    debtRatio: m.liabilities.isZero()
      ? d.noDebt
      : m.assets.isZero()
        ? d.noAssets
        : ratioBinPoints(m.liabilities, m.assets, d),
    surplus: binPoints(m.surplus, entity.surplus),
    creditRecord: entity.creditRecord.points.get(record.creditRecord) ?? 0,
    lease:
      record.leaseYearsLeft === undefined
        ? entity.lease.noLease
        : binPoints(new Dec(record.leaseYearsLeft), entity.lease),
    insured: record.insured === true ? entity.insured : 0,
    salesContracts: record.salesContracts === true ? entity.salesContracts : 0,
    householdsDriven: binPoints(m.householdsDriven, entity.householdsDriven),
    principal:
      record.principalHouseholdGrade === undefined
        ? entity.principal.otherwise
        : (entity.principal.points.get(record.principalHouseholdGrade) ??
          entity.principal.otherwise),
  };
}

/** The seven components of docs/model.md §8, in output order. */
export function entityComponents(
  record: EntityRecord,
  entity: ResolvedEntity,
  evalYear: number,
): EntityComponent[] {
  const p = entityPartPoints(record, entity, evalYear);
  const { max } = entity;
  return [
    { id: 'standing', points: p.years + p.demonstration, max: max.standing },
    { id: 'scale', points: p.scale, max: max.scale },
    { id: 'debtRatio', points: p.debtRatio, max: max.debtRatio },
    { id: 'surplus', points: p.surplus, max: max.surplus },
    { id: 'creditRecord', points: p.creditRecord, max: max.creditRecord },
    {
      id: 'stability',
      points: p.lease + p.insured + p.salesContracts,
      max: max.stability,
    },
    { id: 'linkage', points: p.householdsDriven + p.principal, max: max.linkage },
  ];
}

/** The terms of an entity's limit, for the result and the receipt. */
export interface EntityLimitWork {
  readonly limit: Dec;
  readonly creditOnly: Dec;
  readonly guaranteed: Dec;
  readonly boundBy: LimitBoundBy;
  readonly terms?: {
    readonly base: Dec;
    readonly assetsTerm: Dec;
    /** max(P, 0): a loss adds nothing, and takes nothing away. */
    readonly surplusCounted: Dec;
    readonly surplusTerm: Dec;
    readonly raw: Dec;
    readonly cap: Dec;
  };
}

/** docs/model.md §8: base + coefficients, capped by type and grade, rounded; then split. */
export function entityLimitOf(
  grade: string,
  creditEntity: boolean,
  vetoed: boolean,
  type: string,
  assets: Dec,
  surplus: Dec,
  entity: ResolvedEntity,
): EntityLimitWork {
  const none = { limit: ZERO, creditOnly: ZERO, guaranteed: ZERO } as const;
  if (vetoed) return { ...none, boundBy: 'veto' };
  const row = creditEntity ? entity.limit.byGrade.get(grade) : undefined;
  const cap = row?.caps.get(type);
  if (row === undefined || cap === undefined) return { ...none, boundBy: 'grade' };
  const assetsTerm = entity.limit.assets.times(assets);
  const surplusCounted = surplus.isNegative() ? ZERO : surplus;
  const surplusTerm = entity.limit.surplus.times(surplusCounted);
  const raw = row.base.plus(assetsTerm).plus(surplusTerm);
  const capped = raw.gt(cap);
  const limit = roundToStep(capped ? cap : raw, entity.limit.step, entity.limit.mode);
  const ceiling = entity.limit.creditOnlyCeiling;
  const creditOnly = limit.gt(ceiling) ? ceiling : limit;
  return {
    limit,
    creditOnly,
    guaranteed: limit.minus(creditOnly),
    boundBy: capped ? 'cap' : 'formula',
    terms: { base: row.base, assetsTerm, surplusCounted, surplusTerm, raw, cap },
  };
}
