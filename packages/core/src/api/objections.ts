import { formatPath, type Issue, issuesOr, makeIssue, nonEmpty, type Result } from '../issues.js';
import { duplicateKeyIssue, unwrapJson } from '../json/parse-json.js';
import { defaultModel } from '../model/default.js';
import type { Model } from '../model/model.js';
import { parseDay } from '../objections/calendar.js';
import { indexResults, trackIndexed } from '../objections/track.js';
import { describeType, jsonTypeOf } from '../schema/decimal-text.js';
import { safeParseObjections } from '../schema/objections.js';
import { villageResultSchema } from '../schema/result.js';
import { translateIssues } from '../schema/translate.js';
import type { ObjectionsDocument, ObjectionsReport } from '../types/objections.js';
import type { VillageResult } from '../types/result.js';
import { orThrow } from './result.js';
import { safeParseResultDocument } from './results.js';

/** Options of {@link trackObjections}. */
export interface TrackObjectionsOptions {
  /**
   * The model whose `objections` parameters apply (the notice's default length, the working
   * days of the re-review, the working weekdays); the default model when absent.
   */
  readonly model?: Model;
}

export { safeParseObjections };

/**
 * {@link safeParseObjections}, throwing: the objections document, its bad objections listed
 * in `errors` with their index and every issue.
 *
 * @throws {InputError} when the document is unusable (a bad notice, a malformed holiday or
 * workday, a date both holiday and workday, an unknown top-level key, no objections list).
 */
export function parseObjections(input: unknown): ObjectionsDocument {
  return orThrow(safeParseObjections(input), 'unusable objections document');
}

/**
 * Tracks the objections raised during the notice (公示) against the results they object to, on
 * the day `today` (`YYYY-MM-DD`; docs/model.md §14): each objection's due date (the model's
 * working days after its filing, holidays and make-up days of the document counted) and status
 * (`late`, `resolved`, `resolvedLate`, `pending`, `overdue`), the held households (a `pending`
 * or `overdue` objection: the rating is not final) and which villages are final. `results` is
 * a result document, or the lines of an NDJSON result run (an array of village results, each
 * with or without the line's `line`, `model` and `evalYear`). Every objection that is malformed,
 * dated after `today`, or names a village or household that is in none of the results' villages
 * (scored or invalid) is listed in `errors` with its index; ids compare by `idKey`. Or why it
 * cannot be done: unusable results or objections, or an invalid `today`.
 */
export function safeTrackObjections(
  results: unknown,
  objections: unknown,
  today: string,
  options: TrackObjectionsOptions = {},
): Result<ObjectionsReport> {
  const issues: Issue[] = [];
  if (typeof today !== 'string' || parseDay(today) === undefined)
    issues.push(
      makeIssue(['today'], 'invalid_value', 'must be a real calendar date written YYYY-MM-DD', {
        expected: 'date',
      }),
    );
  const params = (options.model ?? defaultModel()).document.objections;
  if (params === undefined)
    issues.push(
      makeIssue(
        ['model', 'objections'],
        'required',
        'the model has no objection parameters (objections): it cannot date a re-review',
        { expected: 'object', got: 'nothing' },
      ),
    );
  const villages = safeReadResultVillages(results);
  if (!villages.ok) issues.push(...villages.issues.map((i) => within('results', i)));
  const document = safeParseObjections(objections);
  if (!document.ok) issues.push(...document.issues.map((i) => within('objections', i)));
  if (villages.ok && document.ok && params !== undefined && !nonEmpty(issues))
    return {
      ok: true,
      value: trackIndexed(indexResults(villages.value), document.value, today, params),
    };
  return {
    ok: false,
    issues: issuesOr(issues, makeIssue([], 'invalid_document', 'cannot track the objections')),
  };
}

/**
 * {@link safeTrackObjections}, throwing.
 *
 * @throws {InputError} when the results or the objections document are unusable, or `today` is
 * not a real date.
 * @example
 * const report = trackObjections(results, objections, '2024-10-17');
 * report.held; // [{ village: 'wj-yatan-01', household: 'H1' }, …]
 */
export function trackObjections(
  results: unknown,
  objections: unknown,
  today: string,
  options: TrackObjectionsOptions = {},
): ObjectionsReport {
  return orThrow(
    safeTrackObjections(results, objections, today, options),
    'cannot track the objections',
  );
}

/**
 * The village results of a result document, or of the lines of an NDJSON result run (each line
 * a village result, with or without its `line`, `model` and `evalYear`; a line may come as the
 * `ParsedJson` of its text); or every way it is not.
 */
export function safeReadResultVillages(input: unknown): Result<readonly VillageResult[]> {
  const { value, duplicateKeys } = unwrapJson(input);
  if (!Array.isArray(value)) {
    const document = safeParseResultDocument(input);
    return document.ok ? { ok: true, value: document.value.villages } : document;
  }
  const issues: Issue[] = duplicateKeys.map(duplicateKeyIssue);
  const villages: VillageResult[] = [];
  value.forEach((entry, i) => {
    // A line read on its own (a `ParsedJson`) brings its keys written twice.
    const { value: line, duplicateKeys: twice } = unwrapJson(entry);
    for (const path of twice) issues.push(duplicateKeyIssue([i, ...path]));
    if (typeof line !== 'object' || line === null || Array.isArray(line)) {
      issues.push(
        makeIssue([i], 'invalid_type', `expected a village result, got ${describeType(line)}`, {
          expected: 'object',
          got: jsonTypeOf(line),
        }),
      );
      return;
    }
    // An NDJSON result line: the village's result after the line's own fields.
    const {
      line: _line,
      model: _model,
      evalYear: _evalYear,
      ...result
    } = line as Record<string, unknown>;
    const parsed = villageResultSchema.safeParse(result, { reportInput: true });
    if (parsed.success) villages.push(parsed.data as VillageResult);
    else issues.push(...translateIssues(parsed.error.issues, [i]));
  });
  const [first, ...rest] = issues;
  return first === undefined
    ? { ok: true, value: villages }
    : { ok: false, issues: [first, ...rest] };
}

/** An issue of one input, its path (and so its message) prefixed with the input's name. */
function within(name: string, issue: Issue): Issue {
  const own = `${formatPath(issue.path)}: `;
  const detail = issue.message.startsWith(own) ? issue.message.slice(own.length) : issue.message;
  return makeIssue([name, ...issue.path], issue.code, detail, issue.params);
}
