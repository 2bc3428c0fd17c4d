import type { EntityRecord } from '../../../types/entity-input.js';
import type { MoneyText } from '../../../types/result.js';

/** One change to an entity record that would reach the next grade (docs/model.md §8). */
export type EntityAdviceChange =
  | { readonly kind: 'demonstration'; readonly from: string; readonly to: string }
  | { readonly kind: 'raiseScale'; readonly amount: string; readonly scaleAfter: string }
  | {
      readonly kind: 'repayLiabilities';
      readonly amount: MoneyText;
      readonly liabilitiesAfter: MoneyText;
    }
  | { readonly kind: 'raiseSurplus'; readonly amount: MoneyText; readonly surplusAfter: MoneyText }
  | { readonly kind: 'creditRecord'; readonly from: string; readonly to: string }
  | { readonly kind: 'extendLease'; readonly from: number; readonly to: number }
  | { readonly kind: 'insure' }
  | { readonly kind: 'salesContracts' }
  | {
      readonly kind: 'driveHouseholds';
      readonly amount: number;
      readonly householdsDrivenAfter: number;
    }
  | {
      readonly kind: 'principalHouseholdGrade';
      readonly from: string | null;
      readonly to: string;
    }
  | { readonly kind: 'clearVetoes'; readonly codes: readonly string[] };

/** A change and what the model gives for the changed record. */
export interface EntityAdviceOption {
  readonly change: EntityAdviceChange;
  /** The changed record, as evaluated. */
  readonly record: EntityRecord;
  readonly score: number;
  readonly grade: string;
  readonly creditEntity: boolean;
  readonly limit: MoneyText;
  readonly creditOnly: MoneyText;
  readonly guaranteed: MoneyText;
}

/** Next-grade advice for one entity. */
export interface EntityGradeAdvice {
  readonly current: {
    readonly score: number;
    readonly grade: string;
    readonly creditEntity: boolean;
    readonly limit: MoneyText;
  };
  /** The grade to reach: the next band up, or (vetoed) the grade its score would give; null at the top. */
  readonly target: string | null;
  /** The smallest single change of each component that reaches the target. */
  readonly options: readonly EntityAdviceOption[];
}
