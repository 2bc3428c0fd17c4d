import { CliError } from '../cli-error.js';
import { type ExitStatus, statusOf } from '../exit-status.js';
import { loadModel } from '../options/model.js';
import { ProgressLine } from '../report/progress-line.js';
import { entityProblemLines, townshipProblemLines } from '../report/record-problems.js';
import { printLines } from '../report/safe-text.js';
import { validationVerdict, villageReport } from '../report/validation-report.js';
import { openSource } from '../run/open-source.js';
import { type InputFormat, isEntity } from '../run/village-source.js';

/** The flags of `credit-village validate`, as commander parses them. */
export interface ValidateFlags {
  readonly model?: string;
  readonly evalYear?: number;
  readonly format: InputFormat;
  readonly reference?: boolean;
}

/**
 * `credit-village validate <file | ->`: the checks of `evaluate` without its results. Prints a
 * report of every problem on standard output, grouped by village, one line per issue, and a
 * last line saying whether everything is valid. (It runs the core's evaluation and keeps only
 * the errors, so it checks exactly what `evaluate` would.)
 *
 * @returns 0 when every record is valid, 1 when some are not.
 * @throws {CliError} when nothing could be checked (status 2).
 */
export async function validateCommand(file: string, flags: ValidateFlags): Promise<ExitStatus> {
  const model = await loadModel(flags.model);
  const source = await openSource(file, flags.format, {
    model,
    includePersonal: false,
    reference: flags.reference === true,
    ...(flags.evalYear === undefined ? {} : { evalYear: flags.evalYear }),
  });
  const progress = new ProgressLine();
  try {
    for await (const record of source.villages()) {
      const lines = isEntity(record) ? entityProblemLines(record) : villageReport(record);
      if (lines.length > 0) {
        progress.clear();
        await printLines(lines);
      }
      progress.update(source.progress());
    }
  } finally {
    progress.clear();
  }
  if (source.format === 'ndjson' && source.progress().lines === 0) {
    throw new CliError(
      `${file === '-' ? 'standard input' : file} has no village lines: there is nothing to check`,
    );
  }
  const summary = source.summary();
  const townships = source.townships();
  await printLines([...townshipProblemLines(townships), validationVerdict(summary, townships)]);
  return statusOf(summary, townships);
}
