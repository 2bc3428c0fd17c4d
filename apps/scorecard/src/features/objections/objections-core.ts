/**
 * The objections page's door to `@credit-village/core` (beside `lib/core-adapter.ts`, kept
 * apart so the page's additions stay in its own folder): the results read, the objections
 * tracked on a day. Every status, due date, held household and problem on the page is the
 * core's; nothing here works a date out.
 */
import {
  type Model,
  type ObjectionsReport,
  type Result,
  safeReadResultVillages,
  safeTrackObjections,
  type VillageResult,
} from '@credit-village/core';

export type {
  ObjectionStatus,
  ObjectionsReport,
  TrackedObjection,
} from '@credit-village/core';
export { OBJECTION_STATUSES } from '@credit-village/core';
export { type ResultsInput, readResultsText } from '../../lib/results-text';

/** The village results of results read from a file, checked by the core, or their problems. */
export function resultVillages(results: unknown): Result<readonly VillageResult[]> {
  return safeReadResultVillages(results);
}

/**
 * The objections document tracked against the results on `today` (`YYYY-MM-DD`) under the
 * model's objection parameters; or why it cannot be (results or document unusable, a bad day).
 */
export function trackObjectionsOn(
  results: readonly VillageResult[],
  objections: unknown,
  today: string,
  model: Model,
): Result<ObjectionsReport> {
  return safeTrackObjections(results, objections, today, { model });
}
