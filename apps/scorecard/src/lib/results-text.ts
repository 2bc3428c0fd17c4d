/**
 * A results file's text as the core reads it: one result document (`credit-village evaluate`),
 * or NDJSON result lines (`evaluate --format ndjson`). Used by every page that opens results
 * (objections, follow-up).
 */
import { type Issue, type ParsedJson, type Result, safeParseJson } from './core-adapter';

/** Results as read from a file: a result document, or the lines of an NDJSON result run. */
export type ResultsInput = ParsedJson | readonly ParsedJson[];

/**
 * A results file's text: one JSON document (`credit-village evaluate`'s result document), or
 * NDJSON (one village result per line, as `evaluate --format ndjson` writes). A line that is not
 * JSON is reported with its number.
 */
export function readResultsText(given: string, fileName: string): Result<ResultsInput> {
  // A byte-order mark (a file saved by a Windows editor) is not part of the JSON.
  const text = withoutBom(given);
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

/** The text without its byte-order mark, if it has one. */
export function withoutBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
