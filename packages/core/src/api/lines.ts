import { villageIdOf } from '../evaluate/village-id.js';
import { type Issue, type Issues, makeIssue, type Result } from '../issues.js';
import { type JsonPath, ParsedJson, readJsonText, wholeIssue } from '../json/parse-json.js';
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
  const read = readObjectLine(text, line);
  if (read.kind === 'rejected') return read;
  return villageLine(read.value, read.duplicateKeys, line, yearOverride, yearHint);
}

/** A village line, once its text is a JSON object: the year checked, the rest the village. */
function villageLine(
  value: Record<string, unknown>,
  duplicateKeys: readonly JsonPath[],
  line: number,
  yearOverride: number | undefined,
  yearHint: string,
  strip: readonly string[] = [],
): VillageLine {
  const { evalYear: lineYear, ...rest } = value;
  const village = without(rest, strip);
  const id = villageIdOf(village);
  const households = Array.isArray(village.households) ? village.households : [];
  const year = checkedYear(lineYear, duplicateKeys, line, yearOverride, yearHint);
  if (!year.ok) return rejected(line, year.issues, id, households);
  const inside = insideDuplicates(duplicateKeys, ['evalYear', ...strip]);
  return {
    kind: 'village',
    line,
    village: inside.length === 0 ? village : new ParsedJson(village, inside),
    evalYear: year.value,
    id,
  };
}

/** The JSON object of a line, or the line rejected (not JSON, not an object). */
function readObjectLine(
  text: string,
  line: number,
):
  | {
      readonly kind: 'object';
      readonly value: Record<string, unknown>;
      readonly duplicateKeys: readonly JsonPath[];
    }
  | Extract<VillageLine, { kind: 'rejected' }> {
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
  return { kind: 'object', value: value as Record<string, unknown>, duplicateKeys };
}

/** The line's year (`yearOverride`, else its own), checked; a key written twice is the line's. */
function checkedYear(
  lineYear: unknown,
  duplicateKeys: readonly JsonPath[],
  line: number,
  yearOverride: number | undefined,
  yearHint: string,
): Result<number> {
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
  if (first !== undefined) return { ok: false, issues: [first, ...rest] };
  return { ok: true, value: year as number };
}

/** The duplicate keys inside the record: all but the line's own keys. */
function insideDuplicates(duplicateKeys: readonly JsonPath[], own: readonly string[]): JsonPath[] {
  return duplicateKeys.filter((path) => !(path.length === 1 && own.includes(String(path[0]))));
}

function without(value: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  if (keys.length === 0) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (!keys.includes(key)) out[key] = v;
  return out;
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
): Extract<VillageLine, { kind: 'rejected' }> {
  return { kind: 'rejected', line, issues, id, households };
}

/**
 * One line of an NDJSON batch that may also hold entities and townships (docs/formats.md,
 * "Entities, townships and the county"): a line with `"kind": "entity"` is an entity record
 * (its `evalYear` belongs to the line, as a village's does), one with `"kind": "township"` a
 * township record (a township needs no year: an `evalYear` on its line is left aside); no `kind`
 * (or `"village"`) is a village, read by the rules of {@link VillageLine}. An entity line without
 * a usable year is `entityRejected`; an unknown `kind` rejects the line.
 */
export type BatchLine =
  | VillageLine
  | {
      readonly kind: 'entity';
      readonly line: number;
      /** The record, with its duplicate keys when the text had some. */
      readonly entity: unknown;
      readonly evalYear: number;
      /** The id the entity claims (see `villageIdOf`: the same id rule). */
      readonly id: string | null;
    }
  | {
      readonly kind: 'entityRejected';
      readonly line: number;
      readonly issues: Issues;
      readonly id: string | null;
    }
  | {
      readonly kind: 'township';
      readonly line: number;
      readonly township: unknown;
      readonly id: string | null;
    };

/** The `kind` words of a line. */
export const LINE_KINDS = ['village', 'entity', 'township'] as const;

/** Reads one NDJSON line by the shared rules, entities and townships included (see {@link BatchLine}). */
export function readBatchLine(
  text: string,
  line: number,
  yearOverride?: number,
  yearHint = 'give one evaluation year for the whole input',
): BatchLine {
  const read = readObjectLine(text, line);
  if (read.kind === 'rejected') return read;
  const { value, duplicateKeys } = read;
  const kind = value.kind;
  const kindIssues = duplicateKeys
    .filter((path) => path.length === 1 && path[0] === 'kind')
    .map((path) => lineIssue(path, line, 'the key "kind" is written twice'));
  const { kind: _kind, evalYear: lineYear, ...record } = value;
  const id = villageIdOf(record);
  const households = Array.isArray(record.households) ? record.households : [];
  // A "kind" written twice leaves the line's kind unknown: the whole line is rejected.
  const [firstKindIssue, ...moreKindIssues] = kindIssues;
  if (firstKindIssue !== undefined)
    return rejected(line, [firstKindIssue, ...moreKindIssues], id, households);
  if (kind === undefined || kind === 'village')
    return villageLine(value, duplicateKeys, line, yearOverride, yearHint, ['kind']);
  if (kind !== 'entity' && kind !== 'township') {
    const shown = typeof kind === 'string' ? kind.slice(0, 40) : undefined;
    const issue = makeIssue(
      ['kind'],
      'invalid_value',
      `line ${line}: "kind" must be one of ${LINE_KINDS.join(', ')} (no kind: a village)${shown === undefined ? '' : `; got ${JSON.stringify(shown)}`}`,
      { expected: 'word', allowed: LINE_KINDS, line },
    );
    return rejected(line, [issue], id, households);
  }
  const inside = insideDuplicates(duplicateKeys, ['kind', 'evalYear']);
  const wrapped = inside.length === 0 ? record : new ParsedJson(record, inside);
  if (kind === 'township') return { kind: 'township', line, township: wrapped, id };
  const year = checkedYear(lineYear, duplicateKeys, line, yearOverride, yearHint);
  if (!year.ok) return { kind: 'entityRejected', line, issues: year.issues, id };
  return { kind: 'entity', line, entity: wrapped, evalYear: year.value, id };
}
