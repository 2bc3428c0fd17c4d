import type { HouseholdRecord } from '../../types/input.js';
import type { MoneyText } from '../../types/result.js';

/** One change to a record that would reach the next grade. */
export type AdviceChange =
  | {
      readonly kind: 'civility';
      readonly changes: readonly {
        readonly dimension: string;
        readonly from: string;
        readonly to: string;
      }[];
    }
  | { readonly kind: 'creditRecord'; readonly from: string; readonly to: string }
  | { readonly kind: 'repayDebt'; readonly amount: MoneyText; readonly liabilitiesAfter: MoneyText }
  | {
      readonly kind: 'raiseNetIncome';
      readonly amount: MoneyText;
      readonly netIncomeAfter: MoneyText;
    }
  | { readonly kind: 'addDeposits'; readonly amount: MoneyText; readonly depositsAfter: MoneyText }
  | { readonly kind: 'clearVetoes'; readonly codes: readonly string[] };

/** A change and what the model gives for the changed record. */
export interface AdviceOption {
  readonly change: AdviceChange;
  /** The changed record, as evaluated. */
  readonly record: HouseholdRecord;
  readonly score: number;
  readonly grade: string;
  readonly creditHousehold: boolean;
  readonly limit: MoneyText;
}

/** Next-grade advice for one household. */
export interface GradeAdvice {
  readonly current: {
    readonly score: number;
    readonly grade: string;
    readonly creditHousehold: boolean;
    readonly limit: MoneyText;
  };
  /** The grade to reach: the next band up, or (for a vetoed household) the grade its score would give; null at the top. */
  readonly target: string | null;
  /** The smallest single changes that reach the target (civility pairs only when no single dimension does). */
  readonly options: readonly AdviceOption[];
}
