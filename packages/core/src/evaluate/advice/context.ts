import type { ResolvedModel } from '../../model/resolve.js';
import type { HouseholdRecord } from '../../types/input.js';
import type { HouseholdResult } from '../../types/result.js';
import { evaluateRecord } from '../household.js';
import { NextGradeContext } from './next-grade-context.js';
import type { AdviceChange, AdviceOption } from './types.js';

/**
 * What every household advice strategy needs: the record and its evaluation now, the grade to
 * reach, and the one way to try a changed record (evaluated by the model itself).
 */
export class AdviceContext extends NextGradeContext<
  HouseholdRecord,
  HouseholdResult,
  AdviceChange,
  AdviceOption
> {
  constructor(
    record: HouseholdRecord,
    model: ResolvedModel,
    readonly evalYear: number,
  ) {
    super(record, model, evaluateRecord(record, model, evalYear));
  }

  evaluate(changed: HouseholdRecord): HouseholdResult {
    return evaluateRecord(changed, this.model, this.evalYear);
  }

  protected option(
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
}
