import { workbookColumns } from '@credit-village/workbook';
import type { ExitStatus } from '../exit-status.js';
import { loadModel } from '../options/model.js';
import { printLines } from '../report/safe-text.js';
import { validationVerdict } from '../report/validation-report.js';
import { resultProblemLines } from '../report/workbook-problems.js';
import { evaluateWhole, resultStatus } from '../run/evaluate-whole.js';
import { readBatchInput } from '../run/workbook-source.js';

/** The flags of `validate` for a workbook. */
export interface ValidateWorkbookFlags {
  readonly model?: string;
  readonly evalYear?: number;
  readonly reference?: boolean;
}

/**
 * `credit-village validate` for an .xlsx workbook: every problem on standard output, one line
 * each, naming the sheet, Excel row and column label in Chinese and the record's own terms, and
 * a last line saying whether everything is valid. The checks are exactly `evaluate`'s.
 *
 * @returns 0 when every record is valid, 1 when some are not.
 * @throws {CliError} when the workbook cannot be read (status 2), listing its problems.
 */
export async function validateWorkbookCommand(
  file: string,
  flags: ValidateWorkbookFlags,
): Promise<ExitStatus> {
  const model = await loadModel(flags.model);
  const input = await readBatchInput(file, 'xlsx', model);
  const result = evaluateWhole(input, {
    model,
    ...(flags.evalYear === undefined ? {} : { evalYear: flags.evalYear }),
    reference: flags.reference === true,
  });
  const lines = resultProblemLines(result, workbookColumns(model), input.locations);
  await printLines([...lines, validationVerdict(result.summary)]);
  return resultStatus(result);
}
