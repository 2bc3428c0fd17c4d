import type { ResolvedModel } from '../../model/resolve.js';
import type { HouseholdRecord } from '../../types/input.js';
import type { HouseholdResult } from '../../types/result.js';
import { evaluateRecord } from '../household.js';
import type { AdviceChange, AdviceOption } from './types.js';

/**
 * What every advice strategy needs: the record and its evaluation now, the grade to reach,
 * and the one way to try a changed record (evaluated by the model itself).
 */
export class AdviceContext {
  readonly now: HouseholdResult;
  readonly #rankNow: number;

  constructor(
    readonly record: HouseholdRecord,
    readonly model: ResolvedModel,
    readonly evalYear: number,
  ) {
    this.now = evaluateRecord(record, model, evalYear);
    this.#rankNow = this.rank(this.now.grade);
  }

  /** A grade's position: 0 is the best grade; the veto grade ranks last. */
  rank(grade: string): number {
    const i = this.model.grades.findIndex((g) => g.code === grade);
    return i < 0 ? this.model.grades.length : i;
  }

  /** The current grade's position among the bands. */
  get currentRank(): number {
    return this.#rankNow;
  }

  /** Evaluates a changed record; the option when it reaches the next grade up, else undefined. */
  tryChange(change: AdviceChange, changed: HouseholdRecord): AdviceOption | undefined {
    const result = this.evaluate(changed);
    return this.rank(result.grade) <= this.#rankNow - 1
      ? option(change, changed, result)
      : undefined;
  }

  /** Evaluates a changed record as it is (no check that it reaches anything). */
  evaluate(changed: HouseholdRecord): HouseholdResult {
    return evaluateRecord(changed, this.model, this.evalYear);
  }
}

/** A change and what the model gives for the changed record. */
export function option(
  change: AdviceChange,
  record: HouseholdRecord,
  result: HouseholdResult,
): AdviceOption {
  return {
    change,
    record,
    score: result.score,
    grade: result.grade,
    creditHousehold: result.creditHousehold,
    limit: result.limit,
  };
}
