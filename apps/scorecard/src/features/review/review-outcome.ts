/**
 * What the core makes of a household's review: the record checked and explained (the median
 * per dimension, the quorum, each proposed veto with its count and whether it became a veto, the
 * score, grade and limit), or its issues. The quorum is read from the core's answer only: from
 * its receipt, from its `no_quorum` issue, or from that issue's absence where the core would
 * have raised it. Nothing of the rule is worked out here.
 */
import {
  type HouseholdOutcome,
  type Issue,
  type Model,
  scoreHousehold,
} from '../../lib/core-adapter';
import { type HouseholdInput, householdInput, typedInteger } from './review-document';
import type { ReviewHousehold, ReviewVillage } from './review-state';

/** A household's record for the core and the core's outcome. */
export interface ReviewOutcome {
  readonly input: HouseholdInput;
  readonly outcome: HouseholdOutcome;
}

/** Where the quorum stands, as the core said. */
export type QuorumView =
  /** Enough members present; `needed` when the core's receipt says how many are needed. */
  | { readonly state: 'met'; readonly needed?: number }
  /** Not enough: `count` present of the panel's `max`, at least `min` needed (the core's issue). */
  | { readonly state: 'short'; readonly count: number; readonly min: number; readonly max: number }
  /** The core could not tell yet (no valid panel size, nobody present, more present than members). */
  | { readonly state: 'unknown' };

const cache = new WeakMap<
  ReviewHousehold,
  { readonly key: unknown[]; readonly value: ReviewOutcome }
>();

/**
 * The core's outcome for one household under the model and evaluation year as typed. Kept per
 * household object (the page replaces only the household being edited), so a village's list is
 * not evaluated again at each keystroke.
 */
export function reviewOutcome(
  village: ReviewVillage,
  household: ReviewHousehold,
  evalYear: string,
  model: Model,
): ReviewOutcome {
  const key = [village.members, evalYear, model];
  const kept = cache.get(household);
  if (kept?.key.every((part, i) => part === key[i])) return kept.value;
  const input = householdInput(village, household);
  const year = evalYear.trim() === '' ? undefined : typedInteger(evalYear);
  const value = { input, outcome: scoreHousehold(input.record, year, model) };
  cache.set(household, { key, value });
  return value;
}

const isAt = (issue: Issue, ...path: (string | number)[]) =>
  issue.path.length === path.length && path.every((part, i) => issue.path[i] === part);

/** The quorum of a reviewed household, read from the core's outcome (see the module). */
export function quorumView(outcome: HouseholdOutcome, present: number): QuorumView {
  if (outcome.ok) {
    const review = outcome.explanation.review;
    return review === undefined
      ? { state: 'unknown' }
      : { state: 'met', needed: review.quorum.needed };
  }
  const short = outcome.issues.find((issue) => issue.code === 'no_quorum');
  if (short !== undefined) {
    const { count, min, max } = short.params ?? {};
    if (typeof count === 'number' && typeof min === 'number' && typeof max === 'number')
      return { state: 'short', count, min, max };
    return { state: 'unknown' };
  }
  // The core weighs the quorum beside every other problem, once the panel's size is valid and
  // 1 to `panelSize` members are present: without its issue, the quorum is met.
  const blocked = outcome.issues.some(
    (issue) =>
      isAt(issue, 'review') || isAt(issue, 'review', 'panelSize') || isAt(issue, 'review', 'marks'),
  );
  return blocked || present === 0 ? { state: 'unknown' } : { state: 'met' };
}
