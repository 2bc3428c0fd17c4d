import { adviseRecord } from '../evaluate/advice/advise.js';
import type { GradeAdvice } from '../evaluate/advice/types.js';
import { explainRecord, type HouseholdExplanation } from '../evaluate/explain.js';
import type { Result } from '../issues.js';
import { parseUnwrapped } from '../json/parse-unwrapped.js';
import { defaultModel } from '../model/default.js';
import { type ResolvedModel, resolveModel } from '../model/resolve.js';
import { checkEvalYear } from '../schema/eval-year.js';
import { parseHouseholdReference } from '../schema/household.js';
import type { HouseholdRecord } from '../types/input.js';
import type { HouseholdResult } from '../types/result.js';
import { evaluateOne } from './evaluate-one.js';
import { householdEvaluator } from './household-path.js';
import type { EvaluateYearOptions } from './options.js';
import { orThrow } from './result.js';

const INVALID_RECORD = 'invalid household record';

/** A valid record with the resolved model and year it was checked under. */
interface Checked {
  readonly record: HouseholdRecord;
  readonly model: ResolvedModel;
  readonly evalYear: number;
}

/** The year, then the record, checked: what every household function starts from. */
function checked(input: unknown, options: EvaluateYearOptions): Result<Checked> {
  const year = checkEvalYear(options.evalYear);
  if (!year.ok) return year;
  const model = resolveModel(options.model ?? defaultModel());
  const parsed = parseUnwrapped(input, (record) =>
    parseHouseholdReference(record, model, year.value),
  );
  if (!parsed.ok) return parsed;
  return { ok: true, value: { record: parsed.value, model, evalYear: year.value } };
}

/**
 * Validates a household record under a model and year without evaluating it: the trusted
 * record, or every issue with its path (an invalid `evalYear` is an issue at `["evalYear"]`).
 * The scorecard uses it to mark fields.
 */
export function checkHousehold(
  record: unknown,
  options: EvaluateYearOptions,
): Result<HouseholdRecord> {
  const valid = checked(record, options);
  return valid.ok ? { ok: true, value: valid.value.record } : valid;
}

/**
 * Evaluates one household record: asset lines, totals, score components, grade,
 * credit-household flag, limit and the term that bound it; or every issue of the record.
 */
export function safeEvaluateHousehold(
  input: unknown,
  options: EvaluateYearOptions,
): Result<HouseholdResult> {
  return evaluateOne(input, options, checked, householdEvaluator);
}

/**
 * {@link safeEvaluateHousehold}, throwing.
 *
 * @throws {InputError} listing every problem when the record (or the year) is invalid.
 * @example
 * const h = evaluateHousehold(record, { evalYear: 2024 });
 * h.grade; // 'AAA'
 * h.limit; // '163000.00'
 */
export function evaluateHousehold(record: unknown, options: EvaluateYearOptions): HouseholdResult {
  return orThrow(safeEvaluateHousehold(record, options), INVALID_RECORD);
}

/**
 * The calculation receipt of one household: every asset line with its formula, inputs and
 * exact value before rounding; every component with the bin or rule that applied; the grade
 * band; the limit's base, terms, raw value, cap and rounding. Or every issue of the record.
 */
export function safeExplainHousehold(
  record: unknown,
  options: EvaluateYearOptions,
): Result<HouseholdExplanation> {
  const valid = checked(record, options);
  return valid.ok
    ? {
        ok: true,
        value: explainRecord(valid.value.record, valid.value.model, valid.value.evalYear),
      }
    : valid;
}

/**
 * {@link safeExplainHousehold}, throwing.
 *
 * @throws {InputError} listing every problem when the record is invalid.
 */
export function explainHousehold(
  record: unknown,
  options: EvaluateYearOptions,
): HouseholdExplanation {
  return orThrow(safeExplainHousehold(record, options), INVALID_RECORD);
}

/**
 * Next-grade advice (docs/model.md): for a household below the top grade, the smallest exact
 * changes to its record that reach the next grade, each with the new score, grade and limit
 * computed by the model itself. A vetoed household's advice names the vetoes to clear. Or every
 * issue of the record.
 */
export function safeNextGradeOptions(
  record: unknown,
  options: EvaluateYearOptions,
): Result<GradeAdvice> {
  const valid = checked(record, options);
  return valid.ok
    ? { ok: true, value: adviseRecord(valid.value.record, valid.value.model, valid.value.evalYear) }
    : valid;
}

/**
 * {@link safeNextGradeOptions}, throwing.
 *
 * @throws {InputError} listing every problem when the record is invalid.
 */
export function nextGradeOptions(record: unknown, options: EvaluateYearOptions): GradeAdvice {
  return orThrow(safeNextGradeOptions(record, options), INVALID_RECORD);
}
