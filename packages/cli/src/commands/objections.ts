import { InputError, trackObjections } from '@credit-village/core';
import { CliError } from '../cli-error.js';
import { EXIT, type ExitStatus } from '../exit-status.js';
import { readJsonInput } from '../io/read-json.js';
import { readResultsInput } from '../io/read-results.js';
import { writeText } from '../io/write-text.js';
import { chinaToday } from '../options/date.js';
import { loadModel } from '../options/model.js';
import { recordIssueText } from '../report/issue-text.js';
import { objectionsReportLines } from '../report/objections.js';

/** The flags of `credit-village objections`. */
export interface ObjectionsFlags {
  readonly today?: string;
  readonly json?: boolean;
  readonly model?: string;
}

/**
 * `credit-village objections <results> <objections.json>`: the objections raised during the
 * public notice (公示), tracked against the results of `evaluate` (a result document or its
 * NDJSON lines) on `--today` (default: today in China, UTC+8): each objection's re-review due
 * date and status, what is due this week, the held households per village, the objections
 * with errors. `--json` prints the report document instead (docs/formats.md §15). The grounds
 * of an objection are never printed.
 *
 * Exit status: 0 every objection well-formed and known; 1 some are not (each listed); 2 the
 * results or the objections document are unusable.
 *
 * @throws {CliError} when an input is unusable (status 2).
 */
export async function objectionsCommand(
  resultsFile: string,
  objectionsFile: string,
  flags: ObjectionsFlags,
): Promise<ExitStatus> {
  if (resultsFile === '-' && objectionsFile === '-')
    throw new CliError('only one of the two inputs can be standard input (-)');
  const model = await loadModel(flags.model);
  const results = await readResultsInput(resultsFile);
  const objections = await readJsonInput(objectionsFile, 'the objections document');
  const today = flags.today ?? chinaToday();
  let report: ReturnType<typeof trackObjections>;
  try {
    report = trackObjections(results, objections, today, { model });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new CliError(
      'cannot track the objections:',
      error.issues.slice(0, 50).map((issue) => `  ${recordIssueText(issue, 'objections')}`),
    );
  }
  const text =
    flags.json === true
      ? `${JSON.stringify(report, null, 2)}\n`
      : `${objectionsReportLines(report).join('\n')}\n`;
  await writeText(process.stdout, text);
  if (report.errors.length === 0) return EXIT.ok;
  if (flags.json === true)
    process.stderr.write(
      `credit-village: ${report.errors.length} objection(s) with errors, listed under "errors"\n`,
    );
  return EXIT.invalidRecords;
}
