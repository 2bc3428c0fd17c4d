import { Dec } from '../money/decimal.js';
import type { RoundingMode } from '../money/rounding.js';
import type { Comparison, ModelDocument } from './document.js';
import { maxEntityScore } from './entity-check.js';
import type { CountyCondition, EntityComponentId, TownshipMeasure } from './entity-document.js';
import { bins, levels, type ResolvedBins, type ResolvedLevels } from './resolve.js';

/** The entity scorecard as exact decimals and lookups: what the entity evaluators read. */
export interface ResolvedEntity {
  readonly types: readonly string[];
  readonly lines: readonly string[];
  /** The scale threshold of each main line. */
  readonly threshold: ReadonlyMap<string, Dec>;
  readonly years: ResolvedBins;
  readonly demonstration: ResolvedLevels;
  readonly scale: ResolvedBins;
  readonly debtRatio: ResolvedBins & { readonly noDebt: number; readonly noAssets: number };
  readonly surplus: ResolvedBins;
  readonly creditRecord: ResolvedLevels;
  readonly lease: ResolvedBins & { readonly noLease: number };
  readonly insured: number;
  readonly salesContracts: number;
  readonly householdsDriven: ResolvedBins;
  readonly principal: ResolvedLevels & { readonly otherwise: number };
  /** Each component's highest points. */
  readonly max: Readonly<Record<EntityComponentId, number>>;
  readonly maxScore: number;
  readonly vetoCodes: readonly string[];
  readonly limit: {
    readonly assets: Dec;
    readonly surplus: Dec;
    readonly mode: RoundingMode;
    readonly step: Dec;
    readonly byGrade: ReadonlyMap<
      string,
      { readonly base: Dec; readonly caps: ReadonlyMap<string, Dec> }
    >;
    readonly creditOnlyCeiling: Dec;
  };
}

/** A township or county condition: `measure when value`. */
export interface ResolvedCondition {
  readonly when: Comparison;
  readonly value: Dec;
}

/** The township and county rules as exact decimals. */
export interface ResolvedTownship {
  readonly shares: readonly { readonly id: string; readonly ratings: ReadonlySet<string> }[];
  readonly gates: readonly (ResolvedCondition & {
    readonly id: string;
    readonly measure: TownshipMeasure;
  })[];
  readonly ratings: readonly {
    readonly code: string;
    readonly share: string;
    readonly minShare: Dec;
  }[];
  /** Township rating codes in summary order: the bands, `none`, `unrated`. */
  readonly ratingKeys: readonly string[];
  /** The village rating bands: a village rated one of these is a credit village. */
  readonly creditVillageRatings: ReadonlySet<string>;
  readonly county: Readonly<Record<CountyCondition, ResolvedCondition>>;
}

/** The entity scorecard of a document, or undefined when it has none. */
export function resolveEntity(doc: ModelDocument): ResolvedEntity | undefined {
  const entity = doc.entity;
  if (entity === undefined) return undefined;
  const c = entity.components;
  const years = bins(c.standing.years);
  const demonstration = levels(c.standing.demonstration);
  const scale = bins(c.scale);
  const debtRatio = {
    ...bins(c.debtRatio),
    noDebt: c.debtRatio.noDebt,
    noAssets: c.debtRatio.noAssets,
  };
  const lease = { ...bins(c.stability.lease), noLease: c.stability.lease.noLease };
  const householdsDriven = bins(c.linkage.householdsDriven);
  const principalLevels = levels(c.linkage.principalHouseholdGrade);
  const principal = {
    ...principalLevels,
    otherwise: c.linkage.principalHouseholdGrade.otherwise,
    max: Math.max(principalLevels.max, c.linkage.principalHouseholdGrade.otherwise),
  };
  const surplus = bins(c.surplus);
  const creditRecord = levels(c.creditRecord);
  const max = {
    standing: years.max + demonstration.max,
    scale: scale.max,
    debtRatio: Math.max(debtRatio.max, debtRatio.noDebt, debtRatio.noAssets),
    surplus: surplus.max,
    creditRecord: creditRecord.max,
    stability:
      Math.max(lease.max, lease.noLease) + c.stability.insured + c.stability.salesContracts,
    linkage: householdsDriven.max + principal.max,
  };
  return {
    types: entity.types.map((t) => t.code),
    lines: entity.mainLines.map((l) => l.code),
    threshold: new Map(c.scale.thresholds.map((t) => [t.line, new Dec(t.value)])),
    years,
    demonstration,
    scale,
    debtRatio,
    surplus,
    creditRecord,
    lease,
    insured: c.stability.insured,
    salesContracts: c.stability.salesContracts,
    householdsDriven,
    principal,
    max,
    maxScore: maxEntityScore(entity),
    vetoCodes: entity.vetoes.codes.map((v) => v.code),
    limit: {
      assets: new Dec(entity.limit.coefficients.assets),
      surplus: new Dec(entity.limit.coefficients.surplus),
      mode: entity.limit.rounding.mode,
      step: new Dec(entity.limit.rounding.step),
      byGrade: new Map(
        entity.limit.byGrade.map((row) => [
          row.grade,
          {
            base: new Dec(row.base),
            caps: new Map(row.caps.map((cap) => [cap.type, new Dec(cap.cap)])),
          },
        ]),
      ),
      creditOnlyCeiling: new Dec(entity.limit.creditOnlyCeiling),
    },
  };
}

/** The township and county rules of a document, or undefined when it has none. */
export function resolveTownship(doc: ModelDocument): ResolvedTownship | undefined {
  const { township, county } = doc;
  if (township === undefined || county === undefined) return undefined;
  const condition = (c: { when: Comparison; value: string }): ResolvedCondition => ({
    when: c.when,
    value: new Dec(c.value),
  });
  return {
    shares: township.shares.map((s) => ({ id: s.id, ratings: new Set(s.ratings) })),
    gates: township.gates.map((g) => ({ ...condition(g), id: g.id, measure: g.measure })),
    ratings: township.ratings.map((r) => ({
      code: r.code,
      share: r.share,
      minShare: new Dec(r.minShare),
    })),
    ratingKeys: [...township.ratings.map((r) => r.code), 'none', 'unrated'],
    creditVillageRatings: new Set(doc.village.ratings.map((r) => r.code)),
    county: {
      creditVillageShare: condition(county.creditVillageShare),
      creditTownshipShare: condition(county.creditTownshipShare),
      npl: condition(county.npl),
    },
  };
}
