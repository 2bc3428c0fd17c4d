/**
 * The objections page's door to `@credit-village/core` (beside `lib/core-adapter.ts`, kept
 * apart so the page's additions stay in its own folder): the results read, the objections
 * tracked on a day. Every status, due date, held household and problem on the page is the
 * core's; nothing here works a date out.
 */
import {
  type Issue,
  type Model,
  type ObjectionsReport,
  type ParsedJson,
  type Result,
  safeParseJson,
  safeReadResultVillages,
  safeTrackObjections,
  type VillageResult,
} from '@credit-village/core';

export type {
  ObjectionStatus,
  ObjectionsReport,
  TrackedObjection,
} from '@credit-village/core';
export { OBJECTION_STATUSES } from '@credit-village/core';

/** Results as read from a file: a result document, or the lines of an NDJSON result run. */
export type ResultsInput = ParsedJson | readonly ParsedJson[];

/**
 * A results file's text: one JSON document (`credit-village evaluate`'s result document), or
 * NDJSON (one village result per line, as `evaluate --format ndjson` writes). A line that is not
 * JSON is reported with its number.
 */
export function readResultsText(text: string, fileName: string): Result<ResultsInput> {
  const ndjson = /\.(ndjson|jsonl)$/i.test(fileName);
  if (!ndjson) {
    const whole = safeParseJson(text, 'the results file');
    // Several JSON values one after another: the lines of an NDJSON run.
    if (whole.ok || whole.issues[0].params?.rule !== 'severalValues') return whole;
  }
  const lines: ParsedJson[] = [];
  const issues: Issue[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const parsed = safeParseJson(line, `line ${i + 1}`);
    if (parsed.ok) lines.push(parsed.value);
    else
      issues.push(
        ...parsed.issues.map((issue) => ({
          ...issue,
          params: { ...issue.params, line: i + 1 },
        })),
      );
  });
  const [first, ...rest] = issues;
  return first === undefined ? { ok: true, value: lines } : { ok: false, issues: [first, ...rest] };
}

/** The village results of results read from a file, checked by the core, or their problems. */
export function resultVillages(results: unknown): Result<readonly VillageResult[]> {
  return safeReadResultVillages(results);
}

/**
 * The objections document tracked against the results on `today` (`YYYY-MM-DD`) under the
 * model's objection parameters; or why it cannot be (results or document unusable, a bad day).
 */
export function trackObjectionsOn(
  results: readonly VillageResult[],
  objections: unknown,
  today: string,
  model: Model,
): Result<ObjectionsReport> {
  return safeTrackObjections(results, objections, today, { model });
}
