import { villageIdOf } from '../evaluate/village-id.js';
import { type Issue, type Issues, makeIssue } from '../issues.js';
import { ParsedJson, readJsonText, wholeIssue } from '../json/parse-json.js';
import { describeType, jsonTypeOf } from '../schema/decimal-text.js';
import { evalYearIssue } from '../schema/eval-year.js';

/**
 * One line of an NDJSON batch (docs/formats.md §5), read by the line rules every reader of
 * NDJSON shares (the command, its worker threads, the web scorecard):
 *
 * - the line is JSON (never quoted in a message: it could hold personal data), with no key
 *   written twice in the village's own fields (inside a household it is that household's error);
 * - it is an object: a village, whose optional `evalYear` belongs to the line, not the village;
 * - its year is `yearOverride` when given (the command's `--eval-year`), else the line's own,
 *   and must be a usable year.
 *
 * A line that breaks a rule is `rejected` with issues that name its line number; its household
 * records, when it has any, are still listed (as not evaluated), so nothing sent goes unreported.
 */
export type VillageLine =
  | {
      readonly kind: 'village';
      readonly line: number;
      /** The village, with its duplicate keys when the text had some. */
      readonly village: unknown;
      readonly evalYear: number;
      /** The id the village claims (see `villageIdOf`). */
      readonly id: string | null;
    }
  | {
      readonly kind: 'rejected';
      readonly line: number;
      readonly issues: Issues;
      readonly id: string | null;
      /** The line's household records, when it had an array of them, to list as not evaluated. */
      readonly households: readonly unknown[];
    };

/** What may be wrong with a line before its text is read (found by the reader of the bytes). */
export type LineProblem = 'utf8' | 'length';

/**
 * Reads one NDJSON line by the shared rules (see {@link VillageLine}). `line` is 1-based;
 * `yearHint` completes the message of a line without a usable year with how the reader's user
 * gives one for the whole input (the command says "run with --eval-year").
 */
export function readVillageLine(
  text: string,
  line: number,
  yearOverride?: number,
  yearHint = 'give one evaluation year for the whole input',
): VillageLine {
  const parsed = readJsonText(text);
  if (!parsed.ok) {
    const where = parsed.place === undefined ? '' : ` at column ${parsed.place.column}`;
    const issue = wholeIssue('invalid_json', `line ${line}: not valid JSON${where}`, {
      expected: 'document',
      line,
      ...(parsed.place === undefined ? {} : { column: parsed.place.column }),
    });
    return rejected(line, [issue], null, []);
  }
  const { value, duplicateKeys } = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const issue = wholeIssue(
      'invalid_document',
      `line ${line}: expected a village (a JSON object), got ${describeType(value)}`,
      { expected: 'object', got: jsonTypeOf(value), line, rule: 'villageLine' },
    );
    return rejected(line, [issue], null, []);
  }
  const { evalYear: lineYear, ...village } = value as Record<string, unknown>;
  const id = villageIdOf(village);
  const households = Array.isArray(village.households) ? village.households : [];
  const yearIssues: Issue[] = [];
  for (const path of duplicateKeys)
    if (path.length === 1 && path[0] === 'evalYear')
      yearIssues.push(lineIssue(path, line, 'the key "evalYear" is written twice'));
  const year = yearOverride ?? lineYear;
  const issue = evalYearIssue(year);
  if (issue !== undefined)
    yearIssues.push({
      ...issue,
      message: `${issue.message} (line ${line}: give the line an "evalYear" or ${yearHint})`,
      params: { ...issue.params, line },
    });
  const [first, ...rest] = yearIssues;
  if (first !== undefined) return rejected(line, [first, ...rest], id, households);
  const inside = duplicateKeys.filter((path) => !(path.length === 1 && path[0] === 'evalYear'));
  return {
    kind: 'village',
    line,
    village: inside.length === 0 ? village : new ParsedJson(village, inside),
    evalYear: year as number,
    id,
  };
}

/** A line the reader could not turn into text: not UTF-8, or longer than the reader's limit. */
export function unreadableLine(line: number, problem: LineProblem, limit: string): VillageLine {
  const issue =
    problem === 'utf8'
      ? makeIssue(
          [],
          'invalid_document',
          `line ${line}: not valid UTF-8 text; save the file as UTF-8`,
          { expected: 'document', line, rule: 'notUtf8' },
        )
      : makeIssue(
          [],
          'invalid_document',
          `line ${line}: longer than the limit of ${limit}; one village per line, at most 100,000 households`,
          { expected: 'document', line, rule: 'lineTooLong' },
        );
  return rejected(line, [issue], null, []);
}

function lineIssue(path: readonly (string | number)[], line: number, detail: string): Issue {
  return makeIssue(path, 'duplicate_key', `${detail} (line ${line})`, { line });
}

function rejected(
  line: number,
  issues: Issues,
  id: string | null,
  households: readonly unknown[],
): VillageLine {
  return { kind: 'rejected', line, issues, id, households };
}
