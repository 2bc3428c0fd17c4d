import type { Issue } from '../issues.js';

/**
 * The objections document (docs/formats.md §15), read by `parseObjections`: the notice, the
 * calendar of the re-review, and the objections. Well-formed objections are kept with their
 * position; each malformed one is an error entry with every issue (nothing is dropped).
 */
export interface ObjectionsDocument {
  readonly notice: {
    /** The first day of the notice (公示), `YYYY-MM-DD`. */
    readonly date: string;
    /** Its length in calendar days; absent: the model's `objections.noticeDays`. */
    readonly days?: number;
  };
  /** Dates that are not working days (statutory holidays), `YYYY-MM-DD`. */
  readonly holidays: readonly string[];
  /** Weekend dates that are working days (make-up days, 调休), `YYYY-MM-DD`. */
  readonly workdays: readonly string[];
  /** The well-formed objections, in document order. */
  readonly objections: readonly Objection[];
  /** One entry per malformed objection, in document order. */
  readonly errors: readonly ObjectionError[];
  /** How many objections the document holds (well-formed or not). */
  readonly count: number;
}

/** Who objected: the household itself, or another villager. */
export type ObjectionBy = 'household' | 'villager';

/** One objection to a household's rating during the notice. */
export interface Objection {
  /** Its position in the document's `objections`. */
  readonly index: number;
  readonly village: string;
  readonly household: string;
  /** The day it was filed, `YYYY-MM-DD`. */
  readonly filed: string;
  readonly by: ObjectionBy;
  /** Free text: may hold personal data, so it is never printed in a summary or a message. */
  readonly grounds: string;
  readonly resolution?: {
    readonly date: string;
    readonly outcome: 'upheld' | 'rejected';
  };
}

/** A malformed objection, or one naming what the results do not hold: its position and every issue. */
export interface ObjectionError {
  readonly index: number;
  readonly issues: readonly Issue[];
}

/** An objection's status on the day tracked (docs/model.md §14). */
export type ObjectionStatus = 'late' | 'resolved' | 'resolvedLate' | 'pending' | 'overdue';

/** The statuses in report order. */
export const OBJECTION_STATUSES: readonly ObjectionStatus[] = [
  'pending',
  'overdue',
  'resolved',
  'resolvedLate',
  'late',
];

/** One tracked objection: where it points, when the re-review is due, and its status. */
export interface TrackedObjection {
  readonly index: number;
  readonly village: string;
  readonly household: string;
  readonly filed: string;
  /** The last day of the re-review, `YYYY-MM-DD`; `null` for a `late` objection. */
  readonly due: string | null;
  readonly status: ObjectionStatus;
  readonly by: ObjectionBy;
  /** The resolution, when there is one (a `late` objection may have one too). */
  readonly resolution?: { readonly date: string; readonly outcome: 'upheld' | 'rejected' };
}

/**
 * A household whose rating is not final: it has a `pending` or `overdue` objection. Named by the
 * ids the results write (an objection may write them in another Unicode form).
 */
export interface HeldHousehold {
  readonly village: string;
  readonly household: string;
}

/** A village of the results: how many of its households are held, and whether its rating is final. */
export interface VillageObjections {
  readonly id: string | null;
  readonly held: number;
  /** No held household. */
  readonly final: boolean;
}

/** The objections tracked against results on a day (`credit-village objections --json`). */
export interface ObjectionsReport {
  /** The notice period, both days included. */
  readonly notice: { readonly from: string; readonly to: string; readonly days: number };
  readonly today: string;
  /** The calendar week of `today`, Monday to Sunday: what is due "this week". */
  readonly week: { readonly from: string; readonly to: string };
  /** The well-formed objections naming a known household, in document order. */
  readonly objections: readonly TrackedObjection[];
  /** Each held household once, in the results' order (village, then record). */
  readonly held: readonly HeldHousehold[];
  /** Every village of the results, in their order. */
  readonly villages: readonly VillageObjections[];
  /** Every objection that is malformed or names what the results do not hold. */
  readonly errors: readonly ObjectionError[];
  /** Counts: objections in the document, by status, with errors, and held households. */
  readonly summary: {
    readonly objections: number;
    readonly byStatus: Readonly<Record<ObjectionStatus, number>>;
    readonly errors: number;
    readonly held: number;
  };
}
