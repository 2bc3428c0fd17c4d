import type { Bins, Comparison, Label, Levels, ModelDecimal, Rounding } from './document.js';

/**
 * The parameters of docs/model.md §8 (new agricultural business entities, 新型农业经营主体), as
 * data of the model document (`entity`). Absent from a version-1 model: such a model rates
 * households and villages only.
 */
export interface EntityParameters {
  /** The entity types (`familyFarm`, …): the input's `type` must be one of these codes. */
  readonly types: readonly { readonly code: string; readonly label?: Label }[];
  /** The main lines of business (`grain`, …) with the unit their `scale` is counted in. */
  readonly mainLines: readonly {
    readonly code: string;
    readonly label?: Label;
    readonly unit?: Label;
  }[];
  readonly components: EntityComponentParameters;
  /** The entity veto codes (`E1`…`E5`); any one gives the veto grade of `vetoes.grade`. */
  readonly vetoes: { readonly codes: readonly { readonly code: string; readonly label?: Label }[] };
  readonly limit: EntityLimitParameters;
}

/** The seven components of the entity scorecard, in output order. */
export interface EntityComponentParameters {
  /** 经营年限与示范等级: years since registration (bins on whole years) plus the demonstration level. */
  readonly standing: { readonly years: Bins; readonly demonstration: Levels };
  /** 经营规模: bins on r = scale / threshold of the main line (exact). */
  readonly scale: Bins & {
    readonly thresholds: readonly { readonly line: string; readonly value: ModelDecimal }[];
  };
  /** 资产负债率: bins on the exact ratio L/A; `noDebt` when L = 0, `noAssets` when A = 0 < L. */
  readonly debtRatio: Bins & { readonly noDebt: number; readonly noAssets: number };
  /** 年经营净收益: bins on the annual net operating surplus, in yuan. */
  readonly surplus: Bins;
  readonly creditRecord: Levels;
  /** 经营稳定性: years of land lease left (bins; `noLease` when no land is leased), plus two flags. */
  readonly stability: {
    readonly lease: Bins & { readonly noLease: number };
    readonly insured: number;
    readonly salesContracts: number;
  };
  /** 联农带农与家庭信用: households driven (bins) plus the principal's own household grade. */
  readonly linkage: {
    readonly householdsDriven: Bins;
    /** Points by household grade code; a grade not listed (or none given) scores `otherwise`. */
    readonly principalHouseholdGrade: Levels & { readonly otherwise: number };
  };
}

/**
 * The entity limit: `raw = base[grade] + assets × A + surplus × max(P, 0)`, capped by type and
 * grade, rounded; of it, at most `creditOnlyCeiling` on credit alone, the rest guaranteed.
 */
export interface EntityLimitParameters {
  readonly coefficients: {
    /** Share of total assets A added to the base. */
    readonly assets: ModelDecimal;
    /** Share of the positive surplus P added to the base. */
    readonly surplus: ModelDecimal;
  };
  readonly rounding: Rounding;
  /** One row per credit grade (the grade bands with `creditHousehold`), with a cap per entity type. */
  readonly byGrade: readonly {
    readonly grade: string;
    readonly base: ModelDecimal;
    readonly caps: readonly { readonly type: string; readonly cap: ModelDecimal }[];
  }[];
  /** The most a bank may lend on credit alone (信用贷款上限); the rest of the limit needs a guarantee. */
  readonly creditOnlyCeiling: ModelDecimal;
}

/** What a township gate measures (docs/model.md §9). */
export type TownshipMeasure = 'npl' | 'nplIncrement' | 'performing';

/** The township measures, in the order of their definition. */
export const TOWNSHIP_MEASURES: readonly TownshipMeasure[] = ['npl', 'nplIncrement', 'performing'];

/** The parameters of docs/model.md §9 for townships (信用乡镇). */
export interface TownshipParameters {
  /**
   * The shares of a township's registered villages, each counting the villages whose rating is
   * one of `ratings` (village rating codes). Output in this order (`credit`, `aa`, `aaa`).
   */
  readonly shares: readonly { readonly id: string; readonly ratings: readonly string[] }[];
  /** Gates in output order: `id` fails when `measure` compares with `value` as `when` says. */
  readonly gates: readonly {
    readonly id: string;
    readonly measure: TownshipMeasure;
    readonly when: Comparison;
    readonly value: ModelDecimal;
  }[];
  /** Rating bands, highest first: the first whose share reaches `minShare` (≥) applies, else `none`. */
  readonly ratings: readonly {
    readonly code: string;
    readonly label?: Label;
    readonly share: string;
    readonly minShare: ModelDecimal;
  }[];
}

/** The parameters of docs/model.md §9 for the county (信用县): every condition must hold. */
export interface CountyParameters {
  readonly creditVillageShare: { readonly when: Comparison; readonly value: ModelDecimal };
  readonly creditTownshipShare: { readonly when: Comparison; readonly value: ModelDecimal };
  readonly npl: { readonly when: Comparison; readonly value: ModelDecimal };
}

/** The county conditions, in the order they are stated and checked. */
export const COUNTY_CONDITIONS = ['creditVillageShare', 'creditTownshipShare', 'npl'] as const;

/** A county condition id. */
export type CountyCondition = (typeof COUNTY_CONDITIONS)[number];

/** The entity component ids of docs/model.md §8, in output order. */
export const ENTITY_COMPONENT_IDS = [
  'standing',
  'scale',
  'debtRatio',
  'surplus',
  'creditRecord',
  'stability',
  'linkage',
] as const;

/** An entity component id. */
export type EntityComponentId = (typeof ENTITY_COMPONENT_IDS)[number];
