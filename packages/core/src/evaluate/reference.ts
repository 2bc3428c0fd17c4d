import type { Result } from '../issues.js';
import type { ResolvedModel } from '../model/resolve.js';
import { parseHouseholdReference } from '../schema/household.js';
import type { HouseholdResult } from '../types/result.js';
import { evaluateRecord } from './household.js';

/** Validates and evaluates one household record: the reference or the compiled path. */
export type HouseholdEvaluator = (record: unknown, evalYear: number) => Result<HouseholdResult>;

/**
 * The reference household path: validate with the zod schemas, then evaluate with decimal.js.
 * The one place where "validate, then evaluate" is written; the compiled path falls back to it.
 */
export function referenceHousehold(
  model: ResolvedModel,
  includePersonal: boolean,
): HouseholdEvaluator {
  return (record, evalYear) => {
    const parsed = parseHouseholdReference(record, model, evalYear);
    return parsed.ok
      ? { ok: true, value: evaluateRecord(parsed.value, model, evalYear, { includePersonal }) }
      : parsed;
  };
}
