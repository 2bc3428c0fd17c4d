import { InputError, type Issue, type Issues, type VillageResult } from '@credit-village/core';
import { parseJson } from '../io/json.js';
import { type Line, MAX_LINE_BYTES } from '../io/lines.js';
import { issueText } from '../report/issue-text.js';
import type { EvaluatedVillage } from './village-source.js';

/**
 * How one NDJSON line's village is evaluated: in the main thread the core's `village()` and
 * `reject()` (which claim the id and count the result); in a worker thread their pure twins
 * `evaluate()` and `rejected()`, the main thread doing the claiming and counting.
 */
export interface LineEvaluator {
  /** @throws {InputError} when the evaluation year is not usable. */
  evaluate(village: Record<string, unknown>, evalYear: number | undefined): VillageResult;
  reject(issues: Issues, id: string | null): VillageResult;
}

/** A line's evaluated village, and the village id it claims in the batch (null when none). */
export interface LineOutcome extends EvaluatedVillage {
  readonly claim: string | null;
}

/**
 * Evaluates one line; never throws for a bad line. A line that is not JSON, not an object, or
 * has no usable evaluation year becomes an error result naming its line number.
 */
export function evaluateLine(
  evaluator: LineEvaluator,
  line: Line,
  flagYear: number | undefined,
  position: number,
): LineOutcome {
  const at = { line: line.number, position, claim: null };
  if (line.problem !== undefined) {
    const issue =
      line.problem === 'utf8'
        ? problem(
            'invalid_document',
            `line ${line.number}: not valid UTF-8 text; save the file as UTF-8`,
          )
        : problem(
            'invalid_document',
            `line ${line.number}: longer than the limit of ${sizeText(MAX_LINE_BYTES)}; one village per line, at most 100,000 households`,
          );
    return { ...at, evalYear: flagYear ?? null, result: evaluator.reject([issue], null) };
  }
  const parsed = parseJson(line.text);
  if (!parsed.ok) {
    const issue = problem(
      'invalid_json',
      `line ${line.number}: not valid JSON (${parsed.problem})`,
    );
    return { ...at, evalYear: flagYear ?? null, result: evaluator.reject([issue], null) };
  }
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const issue = problem(
      'invalid_document',
      `line ${line.number}: expected a village (a JSON object), got ${describe(value)}`,
    );
    return { ...at, evalYear: flagYear ?? null, result: evaluator.reject([issue], null) };
  }
  // `evalYear` belongs to the line, not to the village (whose schema rejects unknown keys).
  const { evalYear: lineYear, ...village } = value as Record<string, unknown>;
  const evalYear = flagYear ?? lineYear;
  const id = typeof village.id === 'string' && village.id !== '' ? village.id : null;
  try {
    // The core checks the year, whatever its JSON type, and throws when it is not usable.
    const result = evaluator.evaluate(village, evalYear as number | undefined);
    return { ...at, claim: id, evalYear: evalYear as number, result };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const [first, ...rest] = error.issues;
    const issues: Issues = [
      yearProblem(first, line.number),
      ...rest.map((issue) => yearProblem(issue, line.number)),
    ];
    return { ...at, evalYear: null, result: evaluator.reject(issues, id) };
  }
}

function yearProblem(issue: Issue, line: number): Issue {
  return {
    path: ['evalYear'],
    code: issue.code,
    message: `${issueText(issue)} (line ${line}: give the line an "evalYear" or run with --eval-year)`,
  };
}

function problem(code: Issue['code'], message: string): Issue {
  return { path: [], code, message };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function sizeText(bytes: number): string {
  return bytes >= 1048576 ? `${Math.floor(bytes / 1048576)} MB` : `${bytes} bytes`;
}
