import { type BatchEvaluator, InputError, type Issue, type Issues } from '@credit-village/core';
import { CliError } from '../cli-error.js';
import { fsProblem } from '../io/fs-problem.js';
import { inputName, openInput } from '../io/input.js';
import { parseJson } from '../io/json.js';
import { type Line, readLines } from '../io/lines.js';
import { issueText } from '../report/issue-text.js';
import { createEvaluator } from './evaluator.js';
import type { EvaluatedVillage, SourceOptions, VillageSource } from './village-source.js';

/**
 * NDJSON input (one village object per line, each with an optional `evalYear`) as a
 * {@link VillageSource}, read and evaluated one line at a time in flat memory.
 *
 * A line that cannot be evaluated (not JSON, not an object, no usable evaluation year) becomes
 * an error result naming its line number, and the run goes on.
 *
 * @throws {CliError} when the file cannot be opened or `--eval-year` is not a usable year;
 *   `villages()` throws one when the input fails while being read.
 */
export async function openLineSource(file: string, options: SourceOptions): Promise<VillageSource> {
  const evaluator = createEvaluator(options);
  const input = await openInput(file);
  let lines = 0;
  let villages = 0;
  let households = 0;
  return {
    format: 'ndjson',
    model: evaluator.model,
    evalYear: options.evalYear,
    async *villages(): AsyncGenerator<EvaluatedVillage> {
      const read = readLines(input);
      while (true) {
        let next: IteratorResult<Line>;
        try {
          next = await read.next();
        } catch (error) {
          throw new CliError(`cannot read ${inputName(file)}: ${fsProblem(error)}`);
        }
        if (next.done === true) return;
        lines = next.value.number;
        const village = evaluateLine(evaluator, next.value, options.evalYear, villages);
        villages++;
        households += village.result.counts.collected;
        yield village;
      }
    },
    summary: () => evaluator.summary(),
    progress: () => ({ lines, villages, households }),
  };
}

/** Evaluates one line; never throws for a bad line. */
function evaluateLine(
  evaluator: BatchEvaluator,
  line: Line,
  flagYear: number | undefined,
  position: number,
): EvaluatedVillage {
  const at = { line: line.number, position };
  const parsed = parseJson(line.text);
  if (!parsed.ok) {
    const issue = problem(
      'invalid_json',
      `line ${line.number}: not valid JSON (${parsed.problem})`,
    );
    return { ...at, evalYear: flagYear ?? null, result: evaluator.reject([issue]) };
  }
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const issue = problem(
      'invalid_document',
      `line ${line.number}: expected a village (a JSON object), got ${describe(value)}`,
    );
    return { ...at, evalYear: flagYear ?? null, result: evaluator.reject([issue]) };
  }
  // `evalYear` belongs to the line, not to the village (whose schema rejects unknown keys).
  const { evalYear: lineYear, ...village } = value as Record<string, unknown>;
  const evalYear = flagYear ?? lineYear;
  try {
    // The core checks the year, whatever its JSON type, and throws when it is not usable.
    const result = evaluator.village(village, evalYear as number | undefined);
    return { ...at, evalYear: evalYear as number, result };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const [first, ...rest] = error.issues;
    const issues: Issues = [
      yearProblem(first, line.number),
      ...rest.map((issue) => yearProblem(issue, line.number)),
    ];
    const id = typeof village.id === 'string' && village.id !== '' ? village.id : null;
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
