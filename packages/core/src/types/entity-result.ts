import type { EntityComponentId } from '../model/entity-document.js';
import type { Grade, LimitBoundBy, MoneyText, RecordError } from './result.js';

export type { EntityComponentId };

/** One component of an entity's score. */
export interface EntityComponent {
  readonly id: EntityComponentId;
  readonly points: number;
  readonly max: number;
}

/** The evaluation of one entity record (docs/model.md §8). */
export interface EntityResult {
  readonly id: string;
  readonly name?: string;
  readonly type: string;
  readonly township?: string;
  readonly village?: string;
  /** The record's `principal`, only when personal data was asked for. */
  readonly principal?: { readonly name?: string; readonly idNumber?: string };
  readonly score: number;
  readonly components: readonly EntityComponent[];
  readonly grade: Grade;
  /** Whether the grade makes a credit entity (信用主体), which gets a limit. */
  readonly creditEntity: boolean;
  /** The entity's veto codes, sorted, without duplicates. */
  readonly vetoes: readonly string[];
  readonly limit: MoneyText;
  /** The part a bank may lend on credit alone: `min(limit, creditOnlyCeiling)`. */
  readonly creditOnly: MoneyText;
  /** The part that needs a guarantee: `limit − creditOnly`. */
  readonly guaranteed: MoneyText;
  readonly limitBoundBy: LimitBoundBy;
  readonly meta?: Readonly<Record<string, unknown>>;
}

/**
 * A township's villages: `total` registered (`null` when its own `villagesTotal` is unusable),
 * `inBatch` naming it, and those by rating: each village rating band, `none` and `unrated`.
 */
export type TownshipVillages = Readonly<Record<string, number | null>>;

/** The evaluation of one township (docs/model.md §9). */
export interface TownshipResult {
  /** The township id, or `null` when the input had no usable id. */
  readonly id: string | null;
  readonly name?: string;
  /** A township rating band (`AAA`, `AA`, `A`), `none`, or `null` when it could not be rated. */
  readonly rating: string | null;
  readonly gatesFailed: readonly string[] | null;
  readonly villages: TownshipVillages;
  /** Each share of the model (`credit`, `aa`, `aaa`) as a 4-decimal string. */
  readonly shares: Readonly<Record<string, string>> | null;
  readonly npl: string | null;
  readonly nplIncrement: string | null;
  readonly performing: string | null;
  /** The township's own problems (an entry without `index`), as a village's. */
  readonly errors: readonly RecordError[];
  readonly meta?: Readonly<Record<string, unknown>>;
}

/** The county's verdict (docs/model.md §9), over the townships whose own fields are valid. */
export interface CountyResult {
  /** Whether it is a credit county; `null` when any township is not rated. */
  readonly creditCounty: boolean | null;
  readonly villagesTotal: number;
  readonly creditVillages: number;
  /** `null` when `villagesTotal` is 0. */
  readonly creditVillageShare: string | null;
  readonly townships: number;
  readonly creditTownships: number;
  /** `null` when there is no township. */
  readonly creditTownshipShare: string | null;
  readonly npl: string;
}

/** The entity tallies of a batch summary. */
export interface EntitySummary {
  /** Scored entities. */
  readonly entities: number;
  /** Invalid entity records. */
  readonly invalid: number;
  readonly byGrade: Readonly<Record<string, number>>;
  readonly totalLimit: MoneyText;
  readonly totalGuaranteed: MoneyText;
}

/** An invalid entity or township record: as a household's (`index` among the entities). */
export type EntityError = RecordError;
