import { type CompareOptions, type ComparisonReport, compareResults } from '../evaluate/compare.js';
import { makeIssue, type Result } from '../issues.js';
import { duplicateKeyIssue, unwrapJson } from '../json/parse-json.js';
import type { Model } from '../model/model.js';
import { batchResultSchema } from '../schema/result.js';
import { parseWith } from '../schema/translate.js';
import type { BatchResult } from '../types/result.js';
import { safeEvaluateBatch } from './batch.js';
import type { EvaluateOptions } from './options.js';
import { orThrow } from './result.js';

const NOT_RESULTS = 'not a result document';

/**
 * Reads a result document (as written by `evaluateBatch` or the command), for comparison: the
 * typed document, or every way it is not one.
 */
export function safeParseResultDocument(input: unknown): Result<BatchResult> {
  const { value, duplicateKeys } = unwrapJson(input);
  const [first, ...rest] = duplicateKeys.map(duplicateKeyIssue);
  if (first !== undefined) return { ok: false, issues: [first, ...rest] };
  return parseWith<BatchResult>(batchResultSchema, value, () =>
    makeIssue([], 'invalid_document', NOT_RESULTS, {
      expected: 'document',
      rule: 'resultDocument',
    }),
  );
}

/**
 * {@link safeParseResultDocument}, throwing.
 *
 * @throws {InputError} listing every problem when it is not a result document.
 */
export function parseResultDocument(document: unknown): BatchResult {
  return orThrow(safeParseResultDocument(document), NOT_RESULTS);
}

/**
 * Year-over-year (or any two evaluations): see {@link compareResults}. Both arguments are
 * result documents; unknown JSON is read with {@link parseResultDocument}. `options.models`
 * are the models they may have been made with (their scores and grades are checked against
 * them).
 *
 * @throws {InputError} when either is not a result document, or holds a score, grade or rating
 *   its model does not give.
 */
export function compareEvaluations(
  before: unknown,
  after: unknown,
  options: CompareOptions = {},
): ComparisonReport {
  return compareResults(parseResultDocument(before), parseResultDocument(after), options);
}

/**
 * The same batch evaluated under two models, compared: grade migration, households whose
 * credit status changes, total-limit change per village, villages whose rating changes. Or why
 * the batch is unusable.
 */
export function safeCompareModels(
  batch: unknown,
  modelA: Model,
  modelB: Model,
  options: Omit<EvaluateOptions, 'model'> = {},
): Result<ComparisonReport> {
  const before = safeEvaluateBatch(batch, { ...options, model: modelA });
  if (!before.ok) return before;
  const after = safeEvaluateBatch(batch, { ...options, model: modelB });
  if (!after.ok) return after;
  return {
    ok: true,
    value: compareResults(before.value, after.value, { models: [modelA, modelB] }),
  };
}

/**
 * {@link safeCompareModels}, throwing.
 *
 * @throws {InputError} when the batch document is unusable.
 */
export function compareModels(
  batch: unknown,
  modelA: Model,
  modelB: Model,
  options: Omit<EvaluateOptions, 'model'> = {},
): ComparisonReport {
  return orThrow(safeCompareModels(batch, modelA, modelB, options), 'unusable batch document');
}
