import type { RoundingMode } from '../money/rounding.js';
import type { CountyParameters, EntityParameters, TownshipParameters } from './entity-document.js';

/**
 * The model document: every number and list of a county's scheme, as JSON data.
 *
 * Decimal parameters are strings of the form `-?(0|[1-9][0-9]*)(\.[0-9]{1,6})?` (`"0.95"`,
 * `"1500"`); counts, lives, points and scores are JSON integers. See the README's "Model
 * document" section and the default model `wangjiang-default.json` for a complete example.
 */
export interface ModelDocument {
  /** Stable identifier, printed in every result (`"wangjiang-default"`). */
  readonly id: string;
  /** Integer version; bump it whenever a number changes. */
  readonly version: number;
  readonly name?: Label;
  readonly description?: string;
  readonly assets: AssetParameters;
  readonly score: ScoreParameters;
  readonly vetoes: VetoParameters;
  // Democratic review and objections (docs/model.md §13–14), since version 2.
  /**
   * Democratic review (民主评议): how a panel's own marks become a household's civility marks and
   * vetoes. Without it, household records cannot carry `review`.
   */
  readonly review?: ReviewParameters;
  /** Public notice and objections (公示与异议): the notice period and the re-review deadline. */
  readonly objections?: ObjectionParameters;
  /** Grade bands, highest first; the last band must start at score 0. */
  readonly grades: readonly GradeBand[];
  readonly limit: LimitParameters;
  readonly village: VillageParameters;
  readonly display: DisplayParameters;
  // Entities, townships and the county (docs/model.md §8–9, model version 2): absent from a
  // version-1 model, which then rates households and villages only.
  /** The entity scorecard, vetoes and limits (§8). */
  readonly entity?: EntityParameters;
  /** The township shares, gates and rating bands (§9); present together with `county`. */
  readonly township?: TownshipParameters;
  /** The credit-county conditions (§9); present together with `township`. */
  readonly county?: CountyParameters;
  /** Worked examples that `parseModel` evaluates and checks (self-checks). */
  readonly examples?: readonly ModelExample[];
}

/** A decimal written as a string, up to 6 fractional digits in a model document. */
export type ModelDecimal = string;

/** Display names by language code (`zh`, `en`). */
export type Label = Readonly<Record<string, string>>;

/** A named rounding: mode and the step to round to (`{ "mode": "halfUp", "step": "0.01" }`). */
export interface Rounding {
  readonly mode: RoundingMode;
  readonly step: ModelDecimal;
}

export interface AssetParameters {
  /** R1: how each asset line is rounded (default half up to 0.01). */
  readonly rounding: Rounding;
  readonly houses: { readonly structures: readonly HouseStructure[] };
  readonly land: LandParameters;
  readonly livestock: LivestockParameters;
  readonly equipment: {
    readonly machine: Depreciation;
    readonly vehicle: Depreciation;
    readonly facility: Depreciation;
  };
  /** Share of face value counted for deposits and collective shares (`"1"` = 100%). */
  readonly financial: {
    readonly depositsRate: ModelDecimal;
    readonly collectiveSharesRate: ModelDecimal;
  };
}

/** Economic life in whole years and residual rate: q(age) = 1 − (1 − r)·age/life while age < life, else r. */
export interface Depreciation {
  readonly life: number;
  readonly residual: ModelDecimal;
}

/** A house structure type: the input's `houses[].structure` must be one of these codes. */
export interface HouseStructure extends Depreciation {
  readonly code: string;
  readonly label?: Label;
  /** Replacement cost in yuan per m². */
  readonly unitCost: ModelDecimal;
}

export interface LandParameters {
  /** Yuan per mu per year. */
  readonly rentPerMu: ModelDecimal;
  /** Years of rent counted for contracted land. */
  readonly contractYears: ModelDecimal;
  /** Years of rent counted for land transferred in. */
  readonly transferYears: ModelDecimal;
  /** Yuan per mu of forest. */
  readonly forestValuePerMu: ModelDecimal;
  /** Haircut applied to every land and forest line (`"0.5"`). */
  readonly haircut: ModelDecimal;
}

export interface LivestockParameters {
  /** Haircut applied to the whole herd (`"0.7"`). */
  readonly haircut: ModelDecimal;
  /** The species the input's `livestock` object may name, with the price per head in yuan. */
  readonly species: readonly {
    readonly code: string;
    readonly label?: Label;
    readonly price: ModelDecimal;
  }[];
}

/** A comparison in a bin or gate. */
export type Comparison = '>=' | '>' | '<=' | '<';

/** One bin: `points` when the value compares with `value` as `when` says. First match wins. */
export interface Bin {
  readonly when: Comparison;
  readonly value: ModelDecimal;
  readonly points: number;
}

/** Ordered bins and the points when none matches. Bins are all lower bounds (descending) or all upper bounds (ascending). */
export interface Bins {
  readonly bins: readonly Bin[];
  readonly otherwise: number;
}

/** A categorical scale: each input word and its points. */
export interface Levels {
  readonly levels: readonly {
    readonly code: string;
    readonly label?: Label;
    readonly points: number;
  }[];
}

export interface ScoreParameters {
  readonly civility: Levels & {
    readonly dimensions: readonly { readonly code: string; readonly label?: Label }[];
  };
  /** Bins on net key assets N, in yuan. */
  readonly netAssets: Bins;
  /** Bins on annual net income, in yuan. */
  readonly netIncome: Bins;
  /** Bins on the exact ratio L/G; `noDebt` when L = 0, `noAssets` when G = 0 < L. */
  readonly debtRatio: Bins & { readonly noDebt: number; readonly noAssets: number };
  readonly creditRecord: Levels;
}

export interface VetoParameters {
  /** The grade a household with any veto gets (`"NR"`). */
  readonly grade: string;
  readonly label?: Label;
  readonly codes: readonly { readonly code: string; readonly label?: Label }[];
}

export interface GradeBand {
  readonly code: string;
  readonly label?: Label;
  /** The band holds scores ≥ minScore (and below the previous band's minScore). */
  readonly minScore: number;
  /** Whether the grade makes a credit household (信用户), which gets a limit. */
  readonly creditHousehold: boolean;
}

export interface LimitParameters {
  readonly coefficients: {
    /** Share of gross key assets G added to the base. */
    readonly grossAssets: ModelDecimal;
    /** Share of annual operating income added to the base. */
    readonly operatingIncome: ModelDecimal;
  };
  /** R2: how the capped limit is rounded (default down to 1,000). */
  readonly rounding: Rounding;
  /** One row per credit-household grade. */
  readonly byGrade: readonly {
    readonly grade: string;
    readonly base: ModelDecimal;
    readonly cap: ModelDecimal;
  }[];
}

export interface VillageParameters {
  readonly items: {
    /** Bins on C/H. */
    readonly coverage: Bins;
    /** Bins on K/C (0 when C = 0). */
    readonly creditShare: Bins;
    /** Bins on nonPerforming / balance (0 when the balance is 0). */
    readonly npl: Bins;
    /** Bins on V/C (0 when C = 0). */
    readonly vetoShare: Bins;
    readonly partyOrganisation: Levels;
    /** Bins on collective operating income, in yuan. */
    readonly collectiveIncome: Bins;
  };
  /** Gates in output order; any failed gate makes the rating `none`. */
  readonly gates: readonly Gate[];
  /** Rating bands, highest first; a score under the last band is `none`. */
  readonly ratings: readonly {
    readonly code: string;
    readonly label?: Label;
    readonly minScore: number;
  }[];
}

import type { VillageItemId } from './village-items.js';

export type { VillageItemId };

/** A gate fails when the item's value compares as `when` says, or (for a categorical item) is one of `values`. */
export type Gate =
  | {
      readonly item: Exclude<VillageItemId, 'partyOrganisation'>;
      readonly when: Comparison;
      readonly value: ModelDecimal;
    }
  | { readonly item: 'partyOrganisation'; readonly when: 'in'; readonly values: readonly string[] };

export interface DisplayParameters {
  /** Decimals of the display-only ratio strings (`4` → `"0.9167"`). */
  readonly ratioDecimals: number;
  readonly ratioRounding: RoundingMode;
}

/**
 * A worked example carried by a model: a household record, its evaluation year, and what it
 * must evaluate to. `parseModel` checks every example and reports each mismatch.
 *
 * An example holds exactly one subject: a `household`, an `entity` (§8), or a `township` (§9)
 * with its `villages` counted by rating (a township is rated from counts alone).
 */
export interface ModelExample {
  readonly name: string;
  readonly evalYear: number;
  readonly household?: unknown;
  readonly entity?: unknown;
  readonly township?: unknown;
  /** For a township example: its villages in the batch by rating (`AAA`, …, `none`, `unrated`). */
  readonly villages?: Readonly<Record<string, number>>;
  readonly expect: {
    readonly score?: number;
    readonly grade?: string;
    readonly creditHousehold?: boolean;
    readonly gross?: string;
    readonly net?: string;
    readonly limit?: string;
    // Democratic review (docs/model.md §13).
    /** The household's vetoes, sorted (its own and those of its review). */
    readonly vetoes?: readonly string[];
    /** The civility marks that scored: the record's own, or those its review derived. */
    readonly civility?: Readonly<Record<string, string>>;
    /** The record is invalid, with an issue at each of these paths (no figures are expected then). */
    readonly invalidAt?: readonly (readonly (string | number)[])[];
    // Entities
    readonly creditEntity?: boolean;
    readonly creditOnly?: string;
    readonly guaranteed?: string;
    readonly limitBoundBy?: string;
    // Townships
    readonly rating?: string | null;
    readonly gatesFailed?: readonly string[];
    readonly shares?: Readonly<Record<string, string>>;
    readonly npl?: string;
    readonly nplIncrement?: string;
    readonly performing?: string;
  };
}

// ---------------------------------------------------------------------------------------------
// Democratic review and objections (docs/model.md §13–14), since version 2.

/** A share as an exact fraction of whole numbers: `{ "numerator": 2, "denominator": 3 }`. */
export interface Fraction {
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * Democratic review (民主评议). `P` is the panel's size, `n` the reviewers present (entries of
 * `review.marks`).
 */
export interface ReviewParameters {
  /** The quorum: the review counts when `n / P ≥ quorum` (compared exactly: `n × den ≥ P × num`). */
  readonly quorum: Fraction;
  /**
   * A veto code proposed by more than this share of those present is a veto of the household
   * (`count / n > vetoMajority`, compared exactly: `count × den > n × num`).
   */
  readonly vetoMajority: Fraction;
  /**
   * How the present reviewers' marks of one dimension become the household's mark: sorted on
   * `scale` (every civility level once, lowest first), the one at 0-based position
   * `floor((n − 1) / 2)` (`evenCount: "lower"`: the median for odd `n`, the lower middle mark for
   * even `n`) or `floor(n / 2)` (`"upper"`).
   */
  readonly aggregation: {
    readonly method: 'median';
    readonly evenCount: 'lower' | 'upper';
    readonly scale: readonly string[];
  };
}

/** Public notice and objections (公示与异议). */
export interface ObjectionParameters {
  /** Days a notice lasts when the objections document leaves `notice.days` out. */
  readonly noticeDays: number;
  /** Working days the town has to re-review an objection, counted from the day after its filing. */
  readonly reReviewWorkingDays: number;
  /**
   * The days of the week that are working days (ISO numbers: 1 Monday … 7 Sunday), before the
   * objections document's `holidays` and make-up `workdays`.
   */
  readonly workingWeekdays: readonly number[];
}
