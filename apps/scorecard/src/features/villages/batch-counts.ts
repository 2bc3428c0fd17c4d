import type { RecordError } from '../../lib/core-adapter';
import type { VillageRun, VillageSummary } from '../../worker/run-batch';

/**
 * What a batch's records came to, counted one way everywhere (the status line, the summary
 * and the list of bad records), so the figures never disagree.
 */
export interface BatchCounts {
  /** Household records scored. */
  readonly scored: number;
  /** Household records with problems of their own. */
  readonly invalid: number;
  /** Household records of villages that could not be evaluated at all (no usable year, not JSON). */
  readonly notEvaluated: number;
  /** Villages with problems of their own (their fields, their line). */
  readonly villageProblems: number;
  /** Villages that could not be evaluated for want of an evaluation year. */
  readonly withoutYear: number;
}

/** Whether a record error is a household's that was never looked at (its village was refused). */
export function isNotEvaluated(error: RecordError): boolean {
  return error.index !== undefined && error.issues.every((issue) => issue.code === 'not_evaluated');
}

/** Whether a village was refused for want of a usable evaluation year. */
export function lacksYear(result: VillageSummary): boolean {
  return result.errors.some(
    (error) =>
      error.index === undefined && error.issues.some((issue) => issue.path[0] === 'evalYear'),
  );
}

/** Counts the records of a run's villages. */
export function batchCounts(villages: readonly VillageRun[]): BatchCounts {
  let scored = 0;
  let invalid = 0;
  let notEvaluated = 0;
  let villageProblems = 0;
  let withoutYear = 0;
  for (const { result } of villages) {
    // Every record sent is scored or has an error entry of its own.
    scored += result.counts.collected - result.counts.invalid;
    let own = false;
    for (const error of result.errors) {
      if (error.index === undefined) own = true;
      else if (isNotEvaluated(error)) notEvaluated++;
      else invalid++;
    }
    if (own) villageProblems++;
    if (lacksYear(result)) withoutYear++;
  }
  return { scored, invalid, notEvaluated, villageProblems, withoutYear };
}

/** Why a village has no rating, for the table: the first reason that applies. */
export type UnratedReason =
  | { readonly kind: 'noYear' }
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'villageFields' }
  | { readonly kind: 'invalidRecords'; readonly n: number };

/** Why a village is unrated (`null` when it is rated, `none` included). */
export function unratedReason(result: VillageSummary): UnratedReason | null {
  if (result.rating !== null) return null;
  if (lacksYear(result)) return { kind: 'noYear' };
  const own = result.errors.filter((e) => e.index === undefined).flatMap((e) => e.issues);
  if (own.some((i) => i.code === 'invalid_json' || i.code === 'invalid_document'))
    return { kind: 'unreadable' };
  if (own.length > 0) return { kind: 'villageFields' };
  return { kind: 'invalidRecords', n: result.counts.invalid };
}
