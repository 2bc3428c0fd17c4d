import type { Issue } from '../issues.js';
import type { ModelStamp } from '../model/model.js';
import type { VillageItemId } from '../model/village-items.js';
import type { CountyResult, EntityResult, EntitySummary, TownshipResult } from './entity-result.js';
import type { ReviewerMarks } from './input.js';

/** Money in yuan with exactly 2 decimals: `"163000.00"`. */
export type MoneyText = string;

/** The asset line kinds, in output order. */
export type AssetItem =
  | 'house'
  | 'contractedLand'
  | 'transferredLand'
  | 'forest'
  | 'livestock'
  | 'machine'
  | 'vehicle'
  | 'facility'
  | 'deposits'
  | 'collectiveShares';

/** One valued asset line, rounded once (R1). Array items carry their 0-based `index`. */
export interface AssetLine {
  readonly item: AssetItem;
  readonly index?: number;
  readonly value: MoneyText;
}

/** The household score component ids, in output order. */
export type ComponentId = 'civility' | 'netAssets' | 'netIncome' | 'debtRatio' | 'creditRecord';

export interface Component {
  readonly id: ComponentId;
  readonly points: number;
  readonly max: number;
}

/**
 * Any other code a county model defines. Written this way (not plain `string`) so that editors
 * still offer the default codes of {@link Grade} and {@link Rating}.
 */
type OtherCode = string & Record<never, never>;

/** The grade codes of the default model (docs/model.md §7): five score bands and `NR` (vetoed). */
export type DefaultGrade = 'AAA' | 'AA' | 'A' | 'B' | 'C' | 'NR';

/**
 * A grade: one of the default model's codes, or a code of the county model in use (grade bands
 * and the veto grade are data of the model document).
 */
export type Grade = DefaultGrade | OtherCode;

/** The village rating bands of the default model (docs/model.md §8). */
export type DefaultRating = 'AAA' | 'AA' | 'A';

/**
 * A village rating: a band of the model (`AAA`, `AA`, `A` by default) or `none` (not a credit
 * village). Results write `null` where a village could not be rated.
 */
export type Rating = DefaultRating | 'none' | OtherCode;

/** Which term bound a household's limit. */
export type LimitBoundBy = 'formula' | 'cap' | 'grade' | 'veto';

/** The evaluation of one household record. */
export interface HouseholdResult {
  readonly id: string;
  readonly head?: { readonly name?: string; readonly idNumber?: string };
  readonly members?: number;
  readonly labourers?: number;
  readonly assets: {
    readonly lines: readonly AssetLine[];
    /** G: the exact sum of the rounded lines. */
    readonly gross: MoneyText;
    /** L: bank loans + other debts. */
    readonly liabilities: MoneyText;
    /** N = G − L, may be negative. */
    readonly net: MoneyText;
  };
  /** The sum of the components' points. */
  readonly score: number;
  readonly components: readonly Component[];
  readonly grade: Grade;
  /** Whether the grade makes a credit household (信用户). */
  readonly creditHousehold: boolean;
  /** The household's veto codes, sorted, without duplicates. */
  readonly vetoes: readonly string[];
  readonly limit: MoneyText;
  readonly limitBoundBy: LimitBoundBy;
  /** Present when the record carried the panel's marks (`review`) instead of final ones. */
  readonly review?: ReviewResult;
  readonly meta?: Readonly<Record<string, unknown>>;
}

/** What a household's democratic review (民主评议) decided (docs/model.md §13). */
export interface ReviewResult {
  /** The panel's members. */
  readonly panelSize: number;
  /** The reviewers present (entries of the review's `marks`). */
  readonly present: number;
  /** The civility marks derived from the panel's (the median of each dimension, ties downward). */
  readonly civility: Readonly<Record<string, string>>;
  /** The veto codes proposed by more than half of those present, sorted. */
  readonly vetoes: readonly string[];
  /** Each present reviewer's entry as given: only when personal data is asked for. */
  readonly marks?: readonly ReviewerMarks[];
}

/** An invalid record: its position, its id when it had a string id, and every issue. */
export interface RecordError {
  /** Position in the village's `households` array; absent for an issue with the village itself. */
  readonly index?: number;
  readonly id?: string;
  readonly issues: readonly Issue[];
}

export interface VillageItem {
  readonly id: VillageItemId;
  readonly points: number;
  readonly max: number;
  /** A ratio with 4 decimals (display only), the input word, or money; `null` for a ratio over 0 records. */
  readonly value: string | null;
}

export interface VillageCounts {
  readonly householdsTotal: number | null;
  /** Household records sent, valid or not. */
  readonly collected: number;
  readonly invalid: number;
  readonly creditHouseholds: number;
  readonly vetoed: number;
  readonly byGrade: Readonly<Record<string, number>>;
}

/** The evaluation of one village. */
export interface VillageResult {
  /** The village id, or `null` when the input had no usable id. */
  readonly id: string | null;
  readonly name?: string;
  /** The township it names (docs/model.md §9), as written. */
  readonly township?: string;
  /** `AAA` | `AA` | `A` | `none` (by default), or `null` when the village could not be rated. */
  readonly rating: Rating | null;
  readonly score: number | null;
  readonly items: readonly VillageItem[] | null;
  readonly gatesFailed: readonly string[] | null;
  readonly counts: VillageCounts;
  readonly totalLimit: MoneyText;
  readonly households: readonly HouseholdResult[];
  readonly errors: readonly RecordError[];
  readonly meta?: Readonly<Record<string, unknown>>;
}

export interface BatchSummary {
  readonly villages: number;
  /** Scored households. */
  readonly households: number;
  /** Invalid household records. */
  readonly invalidHouseholds: number;
  /** Villages whose own fields are invalid. */
  readonly invalidVillages: number;
  readonly byRating: Readonly<Record<string, number>>;
  readonly byGrade: Readonly<Record<string, number>>;
  readonly creditHouseholds: number;
  readonly totalLimit: MoneyText;
  /** Entity tallies, when the batch has entities (docs/model.md §8). */
  readonly entities?: EntitySummary;
  /** Townships by rating (bands, `none`, `unrated`), when the batch has townships (§9). */
  readonly byTownshipRating?: Readonly<Record<string, number>>;
}

/** The result document of a batch (docs/formats.md). */
export interface BatchResult {
  readonly model: ModelStamp;
  readonly evalYear: number;
  readonly villages: readonly VillageResult[];
  /** Valid entities' results, in input order (when the batch has entities). */
  readonly entities?: readonly EntityResult[];
  /** Invalid entity records, in input order (when the batch has entities). */
  readonly entityErrors?: readonly RecordError[];
  /** Townships in input order (when the batch has a `townships` array). */
  readonly townships?: readonly TownshipResult[];
  /** The county (when the batch has at least one township). */
  readonly county?: CountyResult;
  readonly summary: BatchSummary;
}
