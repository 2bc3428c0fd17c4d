import { adviseEntityRecord } from '../evaluate/entity/advice/advise-entity.js';
import type { EntityGradeAdvice } from '../evaluate/entity/advice/types.js';
import { type EntityExplanation, explainEntityRecord } from '../evaluate/entity/explain-entity.js';
import type { Result } from '../issues.js';
import { parseUnwrapped } from '../json/parse-unwrapped.js';
import { defaultModel } from '../model/default.js';
import type { ResolvedEntity } from '../model/entity-resolve.js';
import { noEntitySection } from '../model/missing-section.js';
import { type ResolvedModel, resolveModel } from '../model/resolve.js';
import { parseEntityReference } from '../schema/entity.js';
import { checkEvalYear } from '../schema/eval-year.js';
import type { EntityRecord } from '../types/entity-input.js';
import type { EntityResult } from '../types/entity-result.js';
import { entityEvaluator } from './entity-path.js';
import { evaluateOne } from './evaluate-one.js';
import type { EvaluateYearOptions } from './options.js';
import { orThrow } from './result.js';

const INVALID_RECORD = 'invalid entity record';

/** A valid record with the resolved model and year it was checked under. */
interface Checked {
  readonly record: EntityRecord;
  readonly model: ResolvedModel;
  readonly entity: ResolvedEntity;
  readonly evalYear: number;
}

/** The year, the model's entity scorecard, then the record, checked. */
function checked(input: unknown, options: EvaluateYearOptions): Result<Checked> {
  const year = checkEvalYear(options.evalYear);
  if (!year.ok) return year;
  const model = resolveModel(options.model ?? defaultModel());
  const entity = model.entity;
  if (entity === undefined) return { ok: false, issues: [noEntitySection(model)] };
  const parsed = parseUnwrapped(input, (record) => parseEntityReference(record, model, year.value));
  if (!parsed.ok) return parsed;
  return { ok: true, value: { record: parsed.value, model, entity, evalYear: year.value } };
}

/**
 * Validates an entity record (docs/formats.md) under a model and year without evaluating it:
 * the trusted record, or every issue with its path.
 */
export function checkEntity(record: unknown, options: EvaluateYearOptions): Result<EntityRecord> {
  const valid = checked(record, options);
  return valid.ok ? { ok: true, value: valid.value.record } : valid;
}

/**
 * Evaluates one entity record (docs/model.md §8): the seven components, grade, credit-entity
 * flag, limit with its credit-only and guaranteed parts, and the term that bound it; or every
 * issue of the record (`unsupported_by_model` under a model without an entity scorecard).
 */
export function safeEvaluateEntity(
  input: unknown,
  options: EvaluateYearOptions,
): Result<EntityResult> {
  return evaluateOne(input, options, checked, entityEvaluator);
}

/**
 * {@link safeEvaluateEntity}, throwing.
 *
 * @throws {InputError} listing every problem when the record (or the year) is invalid.
 * @example
 * const e = evaluateEntity(record, { evalYear: 2024 });
 * e.grade; // 'A'
 * e.creditOnly; // '398000.00'
 */
export function evaluateEntity(record: unknown, options: EvaluateYearOptions): EntityResult {
  return orThrow(safeEvaluateEntity(record, options), INVALID_RECORD);
}

/**
 * The calculation receipt of one entity: every component with its parts (the bin or level that
 * applied and the input it measured), the grade band, and the limit's base, terms, raw value,
 * cap, rounding, credit-only ceiling and guaranteed part. Or every issue of the record.
 */
export function safeExplainEntity(
  record: unknown,
  options: EvaluateYearOptions,
): Result<EntityExplanation> {
  const valid = checked(record, options);
  if (!valid.ok) return valid;
  const v = valid.value;
  return { ok: true, value: explainEntityRecord(v.record, v.model, v.entity, v.evalYear) };
}

/**
 * {@link safeExplainEntity}, throwing.
 *
 * @throws {InputError} listing every problem when the record is invalid.
 */
export function explainEntity(record: unknown, options: EvaluateYearOptions): EntityExplanation {
  return orThrow(safeExplainEntity(record, options), INVALID_RECORD);
}

/**
 * Next-grade advice for an entity: for each part of its scorecard it can move (demonstration
 * level, scale, liabilities, surplus, credit record, lease, insurance, sales contracts,
 * households driven, its principal's household grade), the smallest single change that reaches
 * the next grade, verified by evaluating the changed record. A vetoed entity's advice names the
 * vetoes to clear. Or every issue of the record.
 */
export function safeNextEntityGradeOptions(
  record: unknown,
  options: EvaluateYearOptions,
): Result<EntityGradeAdvice> {
  const valid = checked(record, options);
  if (!valid.ok) return valid;
  const v = valid.value;
  return { ok: true, value: adviseEntityRecord(v.record, v.model, v.entity, v.evalYear) };
}

/**
 * {@link safeNextEntityGradeOptions}, throwing.
 *
 * @throws {InputError} listing every problem when the record is invalid.
 */
export function nextEntityGradeOptions(
  record: unknown,
  options: EvaluateYearOptions,
): EntityGradeAdvice {
  return orThrow(safeNextEntityGradeOptions(record, options), INVALID_RECORD);
}
