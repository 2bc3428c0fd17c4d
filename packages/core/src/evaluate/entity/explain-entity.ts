import type { Comparison } from '../../model/document.js';
import type { EntityComponentId } from '../../model/entity-document.js';
import type { ResolvedEntity } from '../../model/entity-resolve.js';
import { type ModelStamp, modelStamp } from '../../model/model.js';
import type { ResolvedBins, ResolvedModel } from '../../model/resolve.js';
import { Dec } from '../../money/decimal.js';
import { formatMoney, formatRatio } from '../../money/format.js';
import type { EntityRecord } from '../../types/entity-input.js';
import type { EntityResult } from '../../types/entity-result.js';
import type { LimitBoundBy } from '../../types/result.js';
import { binIndex, ratioBinIndex } from '../bins.js';
import {
  entityLimitOf,
  entityMeasures,
  entityPartPoints,
  evaluateEntityRecord,
} from './evaluate-entity.js';

/** One part of an entity component: what was measured, the rule that applied, its points. */
export interface EntityPartReceipt {
  /** `years`, `demonstration`, `scale`, `debtRatio`, `surplus`, `creditRecord`, `lease`, `insured`, `salesContracts`, `householdsDriven` or `principalHouseholdGrade`. */
  readonly part: string;
  /** The record's inputs behind the measure, as text (`null`: not given). */
  readonly inputs: Readonly<Record<string, string | null>>;
  /** The measured value: whole years, a 4-decimal ratio, money, a count or the input word. */
  readonly value: string | null;
  /** The bin (`">= 3"`), `otherwise`, `levels`, `noDebt`, `noAssets`, `noLease`, `yes` or `no`. */
  readonly rule: string;
  readonly points: number;
}

/** Why a component got its points: its parts. */
export interface EntityComponentReceipt {
  readonly id: EntityComponentId;
  readonly points: number;
  readonly max: number;
  readonly parts: readonly EntityPartReceipt[];
}

/** How an entity's limit came about (docs/model.md §8); terms are exact before rounding. */
export interface EntityLimitReceipt {
  readonly boundBy: LimitBoundBy;
  readonly base: string | null;
  readonly assetsCoefficient: string;
  readonly assetsTerm: string | null;
  readonly surplusCoefficient: string;
  /** max(P, 0): the surplus the formula counts. */
  readonly surplusCounted: string | null;
  readonly surplusTerm: string | null;
  readonly raw: string | null;
  /** The cap for the entity's type and grade. */
  readonly cap: string | null;
  readonly rounding: { readonly mode: string; readonly step: string };
  readonly limit: string;
  readonly creditOnlyCeiling: string;
  readonly creditOnly: string;
  readonly guaranteed: string;
}

/** The full calculation receipt of one entity: every number of its result, with its inputs. */
export interface EntityExplanation {
  readonly model: ModelStamp;
  readonly evalYear: number;
  readonly result: EntityResult;
  readonly components: readonly EntityComponentReceipt[];
  readonly grade: {
    readonly code: string;
    readonly score: number;
    readonly minScore: number | null;
    readonly creditEntity: boolean;
    readonly vetoes: readonly string[];
  };
  readonly limit: EntityLimitReceipt;
}

/** Explains a validated entity record (internal; see `explainEntity`). */
export function explainEntityRecord(
  record: EntityRecord,
  model: ResolvedModel,
  entity: ResolvedEntity,
  evalYear: number,
): EntityExplanation {
  const result = evaluateEntityRecord(record, model, entity, evalYear);
  const m = entityMeasures(record, entity, evalYear);
  const p = entityPartPoints(record, entity, evalYear);
  const { ratioDecimals, ratioRounding } = model.display;
  const ratio = (n: Dec, d: Dec) => formatRatio(n, d, ratioDecimals, ratioRounding);
  const flag = (value: boolean | undefined) => (value === undefined ? null : String(value));
  const parts: Record<EntityComponentId, EntityPartReceipt[]> = {
    standing: [
      {
        part: 'years',
        inputs: { registeredYear: String(record.registeredYear), evalYear: String(evalYear) },
        value: m.years.toString(),
        rule: ruleOf(binIndex(m.years, entity.years), entity.years),
        points: p.years,
      },
      {
        part: 'demonstration',
        inputs: { demonstration: record.demonstration },
        value: record.demonstration,
        rule: 'levels',
        points: p.demonstration,
      },
    ],
    scale: [
      {
        part: 'scale',
        inputs: {
          mainLine: record.mainLine,
          scale: record.scale,
          threshold: m.threshold.toString(),
        },
        value: ratio(m.scale, m.threshold),
        rule: ruleOf(ratioBinIndex(m.scale, m.threshold, entity.scale), entity.scale),
        points: p.scale,
      },
    ],
    debtRatio: [
      {
        part: 'debtRatio',
        inputs: { liabilities: formatMoney(m.liabilities), assets: formatMoney(m.assets) },
        value: m.liabilities.isZero() || m.assets.isZero() ? null : ratio(m.liabilities, m.assets),
        rule: m.liabilities.isZero()
          ? 'noDebt'
          : m.assets.isZero()
            ? 'noAssets'
            : ruleOf(ratioBinIndex(m.liabilities, m.assets, entity.debtRatio), entity.debtRatio),
        points: p.debtRatio,
      },
    ],
    surplus: [
      {
        part: 'surplus',
        inputs: { surplus: formatMoney(m.surplus) },
        value: formatMoney(m.surplus),
        rule: ruleOf(binIndex(m.surplus, entity.surplus), entity.surplus),
        points: p.surplus,
      },
    ],
    creditRecord: [
      {
        part: 'creditRecord',
        inputs: { creditRecord: record.creditRecord },
        value: record.creditRecord,
        rule: 'levels',
        points: p.creditRecord,
      },
    ],
    stability: [
      {
        part: 'lease',
        inputs: {
          leaseYearsLeft:
            record.leaseYearsLeft === undefined ? null : String(record.leaseYearsLeft),
        },
        value: record.leaseYearsLeft === undefined ? null : String(record.leaseYearsLeft),
        rule:
          record.leaseYearsLeft === undefined
            ? 'noLease'
            : ruleOf(binIndex(new Dec(record.leaseYearsLeft), entity.lease), entity.lease),
        points: p.lease,
      },
      {
        part: 'insured',
        inputs: { insured: flag(record.insured) },
        value: flag(record.insured),
        rule: record.insured === true ? 'yes' : 'no',
        points: p.insured,
      },
      {
        part: 'salesContracts',
        inputs: { salesContracts: flag(record.salesContracts) },
        value: flag(record.salesContracts),
        rule: record.salesContracts === true ? 'yes' : 'no',
        points: p.salesContracts,
      },
    ],
    linkage: [
      {
        part: 'householdsDriven',
        inputs: {
          householdsDriven:
            record.householdsDriven === undefined ? null : String(record.householdsDriven),
        },
        value: m.householdsDriven.toString(),
        rule: ruleOf(
          binIndex(m.householdsDriven, entity.householdsDriven),
          entity.householdsDriven,
        ),
        points: p.householdsDriven,
      },
      {
        part: 'principalHouseholdGrade',
        inputs: { principalHouseholdGrade: record.principalHouseholdGrade ?? null },
        value: record.principalHouseholdGrade ?? null,
        rule:
          record.principalHouseholdGrade !== undefined &&
          entity.principal.points.has(record.principalHouseholdGrade)
            ? 'levels'
            : 'otherwise',
        points: p.principal,
      },
    ],
  };
  const vetoed = result.vetoes.length > 0;
  const work = entityLimitOf(
    result.grade,
    result.creditEntity,
    vetoed,
    record.type,
    m.assets,
    m.surplus,
    entity,
  );
  const band = vetoed ? undefined : model.grades.find((g) => g.code === result.grade);
  const t = work.terms;
  return {
    model: modelStamp(model.model),
    evalYear,
    result,
    components: result.components.map((c) => ({ ...c, parts: parts[c.id] })),
    grade: {
      code: result.grade,
      score: result.score,
      minScore: band?.minScore ?? null,
      creditEntity: result.creditEntity,
      vetoes: result.vetoes,
    },
    limit: {
      boundBy: work.boundBy,
      base: t ? formatMoney(t.base) : null,
      assetsCoefficient: entity.limit.assets.toString(),
      assetsTerm: t ? t.assetsTerm.toFixed() : null,
      surplusCoefficient: entity.limit.surplus.toString(),
      surplusCounted: t ? formatMoney(t.surplusCounted) : null,
      surplusTerm: t ? t.surplusTerm.toFixed() : null,
      raw: t ? t.raw.toFixed() : null,
      cap: t ? formatMoney(t.cap) : null,
      rounding: { mode: entity.limit.mode, step: entity.limit.step.toString() },
      limit: result.limit,
      creditOnlyCeiling: formatMoney(entity.limit.creditOnlyCeiling),
      creditOnly: result.creditOnly,
      guaranteed: result.guaranteed,
    },
  };
}

function ruleOf(index: number, bins: ResolvedBins): string {
  const bin: { when: Comparison; value: Dec } | undefined = bins.bins[index];
  return bin === undefined ? 'otherwise' : `${bin.when} ${bin.value.toString()}`;
}
