import { safeReadLedgerEnvelope } from '../follow-up/ledger-document.js';
import { readLedgerLine } from '../follow-up/ledger-line.js';
import { type FollowUpOptions, FollowUpTracker } from '../follow-up/tracker.js';
import { formatPath, InputError, type Issue, makeIssue, type Result } from '../issues.js';
import { duplicateKeyIssue, unwrapJson } from '../json/parse-json.js';
import type { FollowUpReport, Ledger, LedgerLine, LedgerLineError } from '../types/follow-up.js';
import { failure, orThrow } from './result.js';

/**
 * Reads a credit ledger (docs/formats.md §13; a parsed value or the `ParsedJson` of
 * its text): its `asOf`, its well-formed lines, and every bad line with its index and each issue
 * at its path in the line (a key written twice, an unknown key, `used` above `granted`, a date
 * that does not exist, …). Nothing is dropped: `lines.length + errors.length === count`. Or why
 * the ledger is unusable: not an object, no `lines` array, a bad `asOf`, an unknown top-level key.
 */
export function safeParseLedger(input: unknown): Result<Ledger> {
  const envelope = safeReadLedgerEnvelope(input);
  if (!envelope.ok) return envelope;
  const lines: LedgerLine[] = [];
  const errors: LedgerLineError[] = [];
  envelope.value.lines.forEach((raw, index) => {
    const read = readLedgerLine(raw, index);
    if (read.ok) lines.push(read.line);
    else errors.push(read.error);
  });
  return {
    ok: true,
    value: { asOf: envelope.value.asOf, lines, errors, count: envelope.value.lines.length },
  };
}

/**
 * {@link safeParseLedger}, throwing.
 *
 * @throws {InputError} when the ledger is unusable.
 */
export function parseLedger(input: unknown): Ledger {
  return orThrow(safeParseLedger(input), 'unusable credit ledger');
}

/**
 * The credit follow-up (授信/用信, docs/model.md §17) of a ledger against results: per village,
 * township, the county (every village), the entities and each lender, the metrics `coverage`,
 * `creditHouseholdCoverage`, `useRateHouseholds` and `useRateAmount` with their numerators and
 * denominators; Σ granted and Σ used of the active lines; the exceptions (`overLimit`,
 * `unknownSubject`, `invalidSubject`, by line) and the bad lines (by index). Sums are exact
 * (whole fen); ratios are printed with the model's display decimals and rounding.
 *
 * `results` is a result document of `evaluate`, or the lines of an NDJSON result run (an array,
 * each a village, entity, entity error, township or county line); `ledger` a credit ledger.
 * Either may be the `ParsedJson` of its text. For inputs too large to hold, feed a
 * {@link FollowUpTracker} instead: the same report, streamed.
 *
 * Or why it cannot be done: results that are not results (naming the path), an unusable ledger.
 */
export function safeFollowUp(
  results: unknown,
  ledger: unknown,
  options: FollowUpOptions = {},
): Result<FollowUpReport> {
  const tracker = new FollowUpTracker(options);
  try {
    addResults(tracker, results);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return failure(prefixed('results', error.issues));
  }
  const envelope = safeReadLedgerEnvelope(ledger);
  if (!envelope.ok) return failure(prefixed('ledger', envelope.issues));
  tracker.asOf(envelope.value.asOf);
  envelope.value.lines.forEach((line, index) => {
    tracker.line(line, index);
  });
  return { ok: true, value: tracker.report() };
}

/**
 * {@link safeFollowUp}, throwing.
 *
 * @throws {InputError} when the results are not results or the ledger is unusable.
 * @example
 * const report = followUp(results, ledger);
 * report.county.metrics.coverage; // { numerator: 24, denominator: 47, value: '0.5106' }
 */
export function followUp(
  results: unknown,
  ledger: unknown,
  options: FollowUpOptions = {},
): FollowUpReport {
  return orThrow(safeFollowUp(results, ledger, options), 'cannot follow up the ledger');
}

/** Feeds a result document, or the lines of an NDJSON result run, to the tracker. */
function addResults(tracker: FollowUpTracker, results: unknown): void {
  const { value, duplicateKeys } = unwrapJson(results);
  const [first, ...rest] = duplicateKeys.map(duplicateKeyIssue);
  if (first !== undefined) throw new InputError([first, ...rest], 'not results');
  if (!Array.isArray(value)) {
    tracker.resultDocument(value);
    return;
  }
  if (value.length === 0)
    throw new InputError(
      [makeIssue([], 'invalid_document', 'no result lines: there is nothing to follow up')],
      'no results',
    );
  value.forEach((line, i) => {
    const read = unwrapJson(line);
    const [twice, ...more] = read.duplicateKeys.map((path) => duplicateKeyIssue([i, ...path]));
    if (twice !== undefined) throw new InputError([twice, ...more], 'not results');
    tracker.resultLine(read.value, [i]);
  });
}

/** Issues of one input, their paths (and messages) prefixed with the input's name. */
function prefixed(
  name: string,
  issues: readonly [Issue, ...Issue[]],
): readonly [Issue, ...Issue[]] {
  const one = (issue: Issue) => {
    const own = `${formatPath(issue.path)}: `;
    const detail = issue.message.startsWith(own) ? issue.message.slice(own.length) : issue.message;
    return makeIssue([name, ...issue.path], issue.code, detail, issue.params);
  };
  const [first, ...rest] = issues;
  return [one(first), ...rest.map(one)];
}
