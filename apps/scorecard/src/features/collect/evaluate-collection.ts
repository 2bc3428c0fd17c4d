/**
 * The collected village as the core judges it, on every change: the village evaluated whole
 * (so a 户号 typed twice, more households than registered, a bad village fact are found as the
 * command would find them), each household's result or problems, and the coverage.
 */
import {
  type HouseholdResult,
  type Issue,
  type Model,
  type RecordError,
  type VillageResult,
  villageEvaluator,
  villageIdOf,
} from '../../lib/core-adapter';
import { currentYear } from '../../lib/current-year';
import { type Collection, evalYearValue, villageRecord } from './collection';

/** One household's standing: its result, or its problems. */
export type HouseholdCheck =
  | { readonly ok: true; readonly result: HouseholdResult }
  | { readonly ok: false; readonly error: RecordError };

/** What the core says of the collection. */
export interface CollectionCheck {
  /**
   * The evaluation year's problems, from the core (`missing`: none typed). The village is then
   * judged in the current year, so its households' problems are still all shown.
   */
  readonly yearIssues: readonly Issue[] | 'missing';
  /** The year the village was judged in. */
  readonly evalYear: number;
  readonly result: VillageResult;
  /** The village's own problems (its facts), from the result's errors without an index. */
  readonly villageIssues: readonly Issue[];
  /** Each household's standing, in the collection's order. */
  readonly households: readonly HouseholdCheck[];
}

/** Evaluates the collected village with the core. */
export function checkCollection(collection: Collection, model: Model): CollectionCheck {
  const record = villageRecord(collection, model);
  const asked = evalYearValue(collection);
  const checked = asked === undefined ? undefined : villageEvaluator(model, asked);
  const yearIssues = checked === undefined ? 'missing' : checked.ok ? [] : checked.issues;
  const evalYear = checked?.ok === true ? (asked as number) : Number(currentYear());
  const evaluator = checked?.ok === true ? checked : villageEvaluator(model, evalYear);
  if (!evaluator.ok) throw new Error('the current year is a valid evaluation year');
  const result = evaluator.value.line({
    kind: 'village',
    line: 0,
    village: record,
    evalYear,
    id: villageIdOf(record),
  });
  const errors = new Map<number, RecordError>();
  const villageIssues: Issue[] = [];
  for (const error of result.errors) {
    if (error.index === undefined) villageIssues.push(...error.issues);
    else errors.set(error.index, error);
  }
  // Valid households' results come in input order, between the errors.
  let next = 0;
  const households = collection.households.map((_, index): HouseholdCheck => {
    const error = errors.get(index);
    if (error !== undefined) return { ok: false, error };
    const found = result.households[next++];
    if (found === undefined) throw new Error('the core gives one result per valid household');
    return { ok: true, result: found };
  });
  return { yearIssues, evalYear, result, villageIssues, households };
}
