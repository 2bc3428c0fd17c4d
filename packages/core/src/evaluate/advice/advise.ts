import type { ResolvedModel } from '../../model/resolve.js';
import type { HouseholdRecord } from '../../types/input.js';
import { settledRecord } from '../review.js';
import { addDepositsOption } from './add-deposits.js';
import { civilityOptions } from './civility.js';
import { AdviceContext } from './context.js';
import { creditRecordOption } from './credit-record.js';
import type { Strategy } from './next-grade-context.js';
import { raiseIncomeOption } from './raise-income.js';
import { repayDebtOption } from './repay-debt.js';
import type { AdviceOption, GradeAdvice } from './types.js';

/** The strategies tried for a household below the top grade, in the order their options are listed. */
const STRATEGIES: readonly Strategy<AdviceContext, AdviceOption>[] = [
  civilityOptions,
  creditRecordOption,
  repayDebtOption,
  raiseIncomeOption,
  addDepositsOption,
];

/**
 * The smallest exact changes to a record that reach the next grade, each verified by
 * evaluating the changed record with the model itself: one civility dimension raised (or two,
 * when one is not enough), the credit record improved, debt repaid, net income raised, or
 * deposits added, with amounts found from the model's own bins to the fen. A vetoed household
 * is advised to clear its vetoes. A reviewed household is advised on its review's outcome.
 */
export function adviseRecord(
  given: HouseholdRecord,
  model: ResolvedModel,
  evalYear: number,
): GradeAdvice {
  // A reviewed household is advised on its review's outcome (the derived marks, every veto):
  // the changes then read as a changed mark or a cleared veto, whoever decides it.
  const record = settledRecord(given, model);
  const context = new AdviceContext(record, model, evalYear);
  const { now } = context;
  return context.advise(
    {
      score: now.score,
      grade: now.grade,
      creditHousehold: now.creditHousehold,
      limit: now.limit,
    },
    STRATEGIES,
  );
}
