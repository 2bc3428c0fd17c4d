import type { Issues } from '../issues.js';
import type { ModelStamp } from '../model/model.js';
import type { MoneyText } from './result.js';

/**
 * The credit ledger (授信台账, docs/formats.md §13) and the follow-up report made of
 * it against a result document (docs/model.md §17).
 */

/** The subject a ledger line names: a household of a village, or an entity. */
export type LedgerSubject =
  | { readonly village: string; readonly household: string }
  | { readonly entity: string };

/** A well-formed ledger line: a line of credit a lender opened on a rated subject. */
export type LedgerLine = LedgerSubject & {
  /** The line's position in the ledger's `lines` (0-based). */
  readonly index: number;
  readonly lender: string;
  /** The line granted (授信), money text with 2 decimals, > 0. */
  readonly granted: MoneyText;
  /** The drawn balance at the ledger's `asOf` (用信), 0 ≤ used ≤ granted. */
  readonly used: MoneyText;
  /** The last day the line may be drawn on, `YYYY-MM-DD`; active when on or after `asOf`. */
  readonly validUntil: string;
};

/** A ledger line with input errors: its index and every issue, each at its path in the line. */
export interface LedgerLineError {
  readonly index: number;
  readonly issues: Issues;
}

/** A credit ledger, read: its date, its well-formed lines and its bad ones, nothing dropped. */
export interface Ledger {
  /** The date the balances are reported at, `YYYY-MM-DD`. */
  readonly asOf: string;
  readonly lines: readonly LedgerLine[];
  readonly errors: readonly LedgerLineError[];
  /** How many lines the document has (`lines.length + errors.length`). */
  readonly count: number;
}

/** A metric over counts: `value` = numerator / denominator, 4 decimals, `null` when 0 over 0. */
export interface CountMetric {
  readonly numerator: number;
  readonly denominator: number;
  readonly value: string | null;
}

/** A metric over amounts (money text), as {@link CountMetric}. */
export interface AmountMetric {
  readonly numerator: MoneyText;
  readonly denominator: MoneyText;
  readonly value: string | null;
}

/**
 * The four follow-up metrics (docs/model.md §17). For entities the same names are used, with
 * entities in place of households and credit entities in place of credit households.
 */
export interface FollowUpMetrics {
  /** 授信覆盖率: subjects with an active line / registered households (valid entities). */
  readonly coverage: CountMetric;
  /** 信用户授信率: credit subjects with an active line / credit subjects. */
  readonly creditHouseholdCoverage: CountMetric;
  /** 用信率(户): subjects with an active line and used > 0 / subjects with an active line. */
  readonly useRateHouseholds: CountMetric;
  /** 用信率(额): Σ used / Σ granted of the active lines. */
  readonly useRateAmount: AmountMetric;
}

/**
 * The follow-up funnel of households (registered → collected → rated → credit households → with
 * an active line → drawing on it), the counts behind the metrics. `registered` is the sum of the
 * villages' `householdsTotal` (a village whose `householdsTotal` is unusable adds 0).
 */
export interface HouseholdFunnel {
  readonly registered: number;
  /** Household records sent (valid or not). */
  readonly collected: number;
  /** Households scored (valid records). */
  readonly rated: number;
  readonly creditHouseholds: number;
  readonly withLine: number;
  readonly drawing: number;
}

/** The entities' funnel: records sent → scored → credit entities → with a line → drawing. */
export interface EntityFunnel {
  readonly collected: number;
  readonly rated: number;
  readonly creditEntities: number;
  readonly withLine: number;
  readonly drawing: number;
}

/** The follow-up of a group of households: metrics, the active lines' sums, the funnel. */
export interface HouseholdFollowUp {
  readonly metrics: FollowUpMetrics;
  /** Σ granted of the group's active lines. */
  readonly granted: MoneyText;
  /** Σ used of the group's active lines. */
  readonly used: MoneyText;
  readonly funnel: HouseholdFunnel;
}

/** A village's follow-up: its households. */
export interface VillageFollowUp extends HouseholdFollowUp {
  /** The village id as the results write it (`null` when the village had none). */
  readonly id: string | null;
}

/** A township's follow-up: the households of the villages naming it. */
export interface TownshipFollowUp extends HouseholdFollowUp {
  readonly id: string | null;
}

/** The entities' follow-up. */
export interface EntityFollowUp {
  readonly metrics: FollowUpMetrics;
  readonly granted: MoneyText;
  readonly used: MoneyText;
  readonly funnel: EntityFunnel;
}

/**
 * One lender's follow-up: its own active household lines over the county's denominators
 * (`metrics`, `granted`, `used`), and its active entity lines over the entities' (`entities`).
 */
export interface LenderFollowUp {
  readonly lender: string;
  readonly metrics: FollowUpMetrics;
  readonly granted: MoneyText;
  readonly used: MoneyText;
  readonly entities: {
    readonly metrics: FollowUpMetrics;
    readonly granted: MoneyText;
    readonly used: MoneyText;
  };
}

/** A lender's part of an over-limit subject's active lines. */
export interface LenderShare {
  readonly lender: string;
  /** Σ granted of this lender's active lines to the subject. */
  readonly granted: MoneyText;
}

/** The subject of an exception, as the results (over limit) or the line (others) write it. */
export type ExceptionSubject =
  | { readonly village: string; readonly household: string }
  | { readonly entity: string };

/**
 * A subject whose Σ granted of active lines, across lenders, exceeds its computed limit (a
 * grade-B, C or NR subject with any active line is one); listed once, on its first active line.
 */
export type OverLimitException = {
  readonly kind: 'overLimit';
  /** The index of the subject's first active line. */
  readonly line: number;
} & ExceptionSubject & {
    /** Σ granted of the subject's active lines. */
    readonly granted: MoneyText;
    readonly limit: MoneyText;
    /** Each lender's part, sorted by lender. */
    readonly lenders: readonly LenderShare[];
  };

/**
 * A well-formed line (active or not) naming a subject with no scored record
 * (`unknownSubject`: no record at all; `invalidSubject`: only an invalid record carries the id).
 */
export type SubjectException = {
  readonly kind: 'unknownSubject' | 'invalidSubject';
  readonly line: number;
} & ExceptionSubject & {
    readonly lender: string;
    readonly granted: MoneyText;
    readonly used: MoneyText;
  };

/** An exception of the follow-up (docs/model.md §17). */
export type FollowUpException = OverLimitException | SubjectException;

/** The kinds of {@link FollowUpException}. */
export type FollowUpExceptionKind = FollowUpException['kind'];

/** The counts of a follow-up: every ledger line accounted once. */
export interface FollowUpSummary {
  /** Ledger lines read. */
  readonly lines: number;
  /** Well-formed lines active on `asOf` naming a scored subject: they count in the metrics. */
  readonly active: number;
  /** Well-formed lines naming a scored subject, expired before `asOf`: they count nowhere. */
  readonly expired: number;
  /** Well-formed lines naming an unknown subject (`unknownSubject`). */
  readonly unknownSubject: number;
  /** Well-formed lines naming an invalid record (`invalidSubject`). */
  readonly invalidSubject: number;
  /** Lines with input errors. */
  readonly errors: number;
  /** Subjects over their limit (`overLimit`). */
  readonly overLimit: number;
}

/** The follow-up report (docs/formats.md §13). */
export interface FollowUpReport {
  readonly asOf: string;
  /** The model the results were evaluated with. */
  readonly model: ModelStamp;
  /** One per village of the results, in their order. */
  readonly villages: readonly VillageFollowUp[];
  /** One per township of the results, in their order (when the results have townships). */
  readonly townships?: readonly TownshipFollowUp[];
  /** Every village of the results. */
  readonly county: HouseholdFollowUp;
  readonly entities: EntityFollowUp;
  /** Every lender with an active line to a scored subject, sorted by id. */
  readonly lenders: readonly LenderFollowUp[];
  /** Sorted by line. */
  readonly exceptions: readonly FollowUpException[];
  /** Lines with input errors, by index. */
  readonly errors: readonly LedgerLineError[];
  readonly summary: FollowUpSummary;
}
