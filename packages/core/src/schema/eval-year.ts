import { type Issue, makeIssue, type Result } from '../issues.js';
import { BOUNDS } from './bounds.js';
import { describeType, jsonTypeOf } from './decimal-text.js';

/**
 * Checks an evaluation year (a whole number from 1900 to 2100), whatever JSON value it came
 * as: the year, or the issue at `path`.
 */
export function evalYearIssue(
  value: unknown,
  path: readonly (string | number)[] = ['evalYear'],
): Issue | undefined {
  const facts = { expected: 'year', min: BOUNDS.minYear, max: BOUNDS.maxYear } as const;
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    return makeIssue(
      path,
      value === undefined ? 'required' : 'invalid_type',
      `the evaluation year must be a whole number from ${BOUNDS.minYear} to ${BOUNDS.maxYear}, got ${value === undefined ? 'nothing' : describeType(value)}`,
      { ...facts, got: jsonTypeOf(value) },
    );
  }
  if (value < BOUNDS.minYear || value > BOUNDS.maxYear) {
    return makeIssue(
      path,
      value < BOUNDS.minYear ? 'too_small' : 'too_big',
      `the evaluation year must be from ${BOUNDS.minYear} to ${BOUNDS.maxYear}, got ${value}`,
      { ...facts, value: String(value) },
    );
  }
  return undefined;
}

/** An evaluation year checked: the year, or the issue. */
export function checkEvalYear(value: unknown): Result<number> {
  const issue = evalYearIssue(value);
  return issue === undefined
    ? { ok: true, value: value as number }
    : { ok: false, issues: [issue] };
}
