import type { DecimalText } from './input.js';

/**
 * A validated entity record (docs/formats.md, "Entities, townships and the county"). Codes are
 * the model's; decimal fields are canonical decimal text; absent optional fields stay absent.
 */
export interface EntityRecord {
  readonly id: string;
  /** The registered name (not personal data). */
  readonly name?: string;
  /** An entity type code of the model (`familyFarm`, …). */
  readonly type: string;
  /** Where it operates: kept in the result, not checked against the batch. */
  readonly township?: string;
  readonly village?: string;
  /** Personal data, like a household's `head`. */
  readonly principal?: { readonly name?: string; readonly idNumber?: string };
  readonly registeredYear: number;
  /** A demonstration level of the model (`national`, …, `none`). */
  readonly demonstration: string;
  /** A main line of the model (`grain`, …). */
  readonly mainLine: string;
  /** In the main line's unit, > 0. */
  readonly scale: DecimalText;
  readonly assets: DecimalText;
  readonly liabilities: DecimalText;
  /** Annual net operating surplus; may be negative. */
  readonly surplus: DecimalText;
  readonly creditRecord: string;
  /** Years of land lease left; absent when no land is leased. */
  readonly leaseYearsLeft?: number;
  readonly insured?: boolean;
  readonly salesContracts?: boolean;
  readonly householdsDriven?: number;
  /** The grade of the principal's own household (a household grade code of the model). */
  readonly principalHouseholdGrade?: string;
  /** Entity veto codes as given (duplicates collapse in the result). */
  readonly vetoes?: readonly string[];
  readonly meta?: Readonly<Record<string, unknown>>;
}

/** A validated township record. */
export interface TownshipRecord {
  readonly id: string;
  readonly name?: string;
  /** Registered villages, ≥ 1. */
  readonly villagesTotal: number;
  readonly loans?: {
    readonly balance?: DecimalText;
    readonly nonPerforming?: DecimalText;
    readonly balanceStartOfYear?: DecimalText;
    readonly nonPerformingStartOfYear?: DecimalText;
  };
  readonly borrowers?: number;
  readonly borrowersInArrears?: number;
  readonly meta?: Readonly<Record<string, unknown>>;
}
