import { FollowUpTracker, type LedgerLineError, type SubjectException } from '@credit-village/core';
import { CliError } from '../cli-error.js';
import { type ResultSink, readResultFile } from '../compare/read-results.js';
import { EXIT, type ExitStatus } from '../exit-status.js';
import { readLedger } from '../follow-up/read-ledger.js';
import { Spill } from '../follow-up/spill.js';
import {
  mergeExceptions,
  type ReportTail,
  writeExceptionsCsv,
  writeJsonReport,
  writeTextReport,
} from '../follow-up/write-report.js';
import { openFileOutput } from '../io/file-output.js';
import type { FileOutput, Output } from '../io/output.js';
import { stdoutOutput } from '../io/stdout.js';
import { loadModel } from '../options/model.js';
import { followUpLanguage } from '../report/follow-up.js';

/** The flags of `credit-village follow-up`. */
export interface FollowUpFlags {
  readonly json?: boolean;
  readonly output?: string;
  readonly exceptionsCsv?: string;
  readonly model?: string;
}

/**
 * `credit-village follow-up <results> <ledger>`: the banks' credit ledger (授信台账) against the
 * results of `evaluate` (a result document or NDJSON results, streamed), per docs/model.md §17:
 * per village, township, the county, the entities and each lender, the funnel and the metrics
 * with their numerators and denominators; the exceptions (over limit, unknown subject, invalid
 * record) and the ledger's bad lines. A readable report (Chinese; English with `--lang en`), or
 * with `--json` the report document of docs/formats.md; `--exceptions-csv` writes the
 * exceptions as CSV for the lenders. The ledger streams line by line: memory holds the results'
 * subjects, not the ledger.
 *
 * Exit status: 0 no exception and no bad line; 1 some (all listed); 2 a document is unusable.
 *
 * @throws {CliError} when an input is unusable or an output cannot be written (status 2).
 */
export async function followUpCommand(
  resultsFile: string,
  ledgerFile: string,
  flags: FollowUpFlags,
): Promise<ExitStatus> {
  if (resultsFile === '-' && ledgerFile === '-')
    throw new CliError('only one of the two inputs can be standard input (-)');
  if (flags.output !== undefined && flags.output === flags.exceptionsCsv)
    throw new CliError('--output and --exceptions-csv name the same file: give two files');
  const model = await loadModel(flags.model);
  const lang = followUpLanguage();
  const outputs: FileOutput[] = [];
  const exceptions = new Spill<SubjectException>('exceptions');
  const errors = new Spill<LedgerLineError>('errors');
  try {
    // Both outputs are checked (and opened) before any work: a refused path costs nothing.
    const report: Output =
      flags.output === undefined ? stdoutOutput() : await open(flags.output, outputs);
    const csv =
      flags.exceptionsCsv === undefined ? undefined : await open(flags.exceptionsCsv, outputs);

    const tracker = new FollowUpTracker({ model, keepLineOutcomes: false });
    await readResultFile(resultsFile, 'the results', resultSink(tracker), 'cannot be followed up');
    await readLedger(ledgerFile, tracker, (outcome) => {
      if (outcome.kind === 'error') errors.add(outcome.error);
      else if (outcome.kind === 'exception') exceptions.add(outcome.exception);
    });
    const done = tracker.report();
    const tail: ReportTail = {
      exceptions: () => mergeExceptions(done.exceptions, exceptions.values()),
      errors: () => errors.values(),
    };
    if (flags.json === true) await writeJsonReport(report, done, tail);
    else await writeTextReport(report, done, tail, lang);
    if (csv !== undefined) await writeExceptionsCsv(csv, tail.exceptions(), lang);
    for (const output of outputs) await output.prepare();
    for (const output of outputs) await output.commit();
    const { summary } = done;
    const listed = summary.overLimit + summary.unknownSubject + summary.invalidSubject;
    const problems = listed + summary.errors;
    // A report written elsewhere than to the terminal says on standard error that it has some.
    if (problems > 0 && (flags.json === true || flags.output !== undefined))
      process.stderr.write(
        `credit-village: ${listed} exception(s) and ${summary.errors} ledger line(s) with errors, listed ${flags.json === true ? 'under "exceptions" and "errors"' : 'in the report'}${flags.output === undefined ? '' : ` (${flags.output})`}\n`,
      );
    return problems > 0 ? EXIT.invalidRecords : EXIT.ok;
  } catch (error) {
    for (const output of outputs) await output.abort();
    throw error;
  } finally {
    exceptions.remove();
    errors.remove();
  }
}

async function open(path: string, outputs: FileOutput[]): Promise<FileOutput> {
  const output = await openFileOutput(path);
  outputs.push(output);
  return output;
}

/** Where the results go: the tracker's subject index. */
function resultSink(tracker: FollowUpTracker): ResultSink {
  return {
    model: (stamp) => tracker.model(stamp),
    village: (village, path) => tracker.village(village, path),
    record: (kind, value, path) => {
      if (kind === 'entity') tracker.entity(value, path);
      else if (kind === 'entityError') tracker.entityError(value, path);
      else if (kind === 'township') tracker.township(value, path);
      // The county line is the evaluation's verdict; the follow-up's county is every village.
    },
    hasList: (kind) => {
      if (kind === 'township') tracker.hasTownships();
    },
  };
}
