/**
 * The validated input records (docs/formats.md). Decimal fields are canonical decimal text
 * (`"1234.5"`, numbers already turned into their shortest text); absent optional fields stay
 * absent. Values of these types come only from the library's parse functions.
 */

/** Decimal text: `-?(0|[1-9][0-9]*)(\.[0-9]{1,2})?`, money in yuan or an area. */
export type DecimalText = string;

export interface House {
  /** A structure code of the model (`brickConcrete`, …). */
  readonly structure: string;
  /** Floor area in m², > 0. */
  readonly areaM2: DecimalText;
  readonly yearBuilt: number;
}

/** A machine, vehicle or facility: purchase price (or build cost) in yuan and the year bought. */
export interface Equipment {
  readonly price: DecimalText;
  readonly year: number;
}

export interface HouseholdRecord {
  readonly id: string;
  readonly head?: { readonly name?: string; readonly idNumber?: string };
  readonly members?: number;
  readonly labourers?: number;
  readonly houses?: readonly House[];
  readonly land?: {
    readonly contractedMu?: DecimalText;
    readonly transferredInMu?: DecimalText;
    readonly forestMu?: DecimalText;
  };
  /** Heads per species code of the model. */
  readonly livestock?: Readonly<Record<string, number | undefined>>;
  readonly machines?: readonly Equipment[];
  readonly vehicles?: readonly Equipment[];
  readonly facilities?: readonly Equipment[];
  readonly deposits?: DecimalText;
  readonly collectiveShares?: DecimalText;
  readonly debts?: { readonly bankLoans?: DecimalText; readonly other?: DecimalText };
  /** Annual net income (may be negative) and operating income (≥ 0), yuan. */
  readonly income: { readonly net: DecimalText; readonly operating: DecimalText };
  /**
   * One level code per civility dimension of the model: the final marks. A valid record has
   * exactly one of `civility` and `review`.
   */
  readonly civility?: Readonly<Record<string, string>>;
  /** The review panel's own marks (民主评议), from which the model derives the civility marks. */
  readonly review?: HouseholdReview;
  readonly creditRecord: string;
  /** Veto codes as given (duplicates allowed; they collapse in the result). */
  readonly vetoes?: readonly string[];
  readonly meta?: Readonly<Record<string, unknown>>;
}

/** A household's democratic review (民主评议): the panel's size and each present reviewer's marks. */
export interface HouseholdReview {
  /** The panel's members, present or not (3–99). */
  readonly panelSize: number;
  /** One entry per reviewer present (1–99, at most `panelSize`); abstaining members are not listed. */
  readonly marks: readonly ReviewerMarks[];
}

/** One present reviewer's marks: all the civility dimensions, and the veto codes proposed. */
export interface ReviewerMarks {
  /** The reviewer's id, unique in the review (by the id rule). */
  readonly reviewer: string;
  readonly civility: Readonly<Record<string, string>>;
  /** Veto codes proposed (duplicates count once). */
  readonly vetoes?: readonly string[];
}

/** A village's own fields, validated (its households are validated one by one). */
export interface VillageFields {
  readonly id: string;
  readonly name?: string;
  /** The id of the township it belongs to (docs/model.md §9). */
  readonly township?: string;
  readonly householdsTotal: number;
  readonly partyOrganisation: string;
  readonly loans?: { readonly balance?: DecimalText; readonly nonPerforming?: DecimalText };
  readonly collectiveOperatingIncome?: DecimalText;
  readonly households: readonly unknown[];
  readonly meta?: Readonly<Record<string, unknown>>;
}
