import type { Result } from '../issues.js';
import { unwrapJson } from '../json/parse-json.js';
import { defaultModel } from '../model/default.js';
import type { Model } from '../model/model.js';
import { checkEvalYear } from '../schema/eval-year.js';
import type { EvaluateOptions, EvaluateYearOptions } from './options.js';

/**
 * One record (a household or an entity) evaluated by the API: the year checked first, then the
 * record on the path the options choose (compiled, or the reference). A record whose JSON text
 * wrote a key twice never reaches that path, which would see only the last value: it is refused
 * with the full check's issues. One rule for every kind of record evaluated alone.
 */
export function evaluateOne<T>(
  input: unknown,
  options: EvaluateYearOptions,
  check: (input: unknown, options: EvaluateYearOptions) => Result<unknown>,
  evaluator: (
    model: Model,
    options: EvaluateOptions,
  ) => (record: unknown, evalYear: number) => Result<T>,
): Result<T> {
  const year = checkEvalYear(options.evalYear);
  if (!year.ok) return year;
  const { value: record, duplicateKeys } = unwrapJson(input);
  if (duplicateKeys.length > 0) {
    const valid = check(input, options);
    if (!valid.ok) return valid;
  }
  return evaluator(options.model ?? defaultModel(), options)(record, year.value);
}
