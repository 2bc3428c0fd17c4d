import { type ResultDocument, resultsWorkbook, workbookColumns } from '@credit-village/workbook';
import type { ExitStatus } from '../exit-status.js';
import { openFileOutput } from '../io/file-output.js';
import { stdoutOutput } from '../io/stdout.js';
import { loadModel } from '../options/model.js';
import { ErrorList } from '../report/error-list.js';
import { safeText } from '../report/safe-text.js';
import { summaryLines } from '../report/summary.js';
import { resultProblemLines } from '../report/workbook-problems.js';
import { evaluateWhole, resultStatus } from '../run/evaluate-whole.js';
import { type BatchFormat, readBatchInput } from '../run/workbook-source.js';
import { ResultDocumentWriter } from '../write/result-document.js';

/** The flags of `evaluate` when a workbook is read or written. */
export interface EvaluateWorkbookFlags {
  readonly model?: string;
  readonly evalYear?: number;
  readonly output?: string;
  readonly includePersonal?: boolean;
  readonly reference?: boolean;
}

/**
 * `credit-village evaluate` for a workbook: reads an .xlsx collection workbook (or a JSON or
 * NDJSON batch), evaluates it, and writes the result document as JSON, or as the results
 * workbook when `--output` ends in `.xlsx`. Problems go to standard error in Chinese, each
 * naming its sheet, row and column when the input was a workbook.
 *
 * @returns 0 when every record was valid, 1 when some were not.
 * @throws {CliError} when nothing could be evaluated (status 2).
 */
export async function evaluateWorkbookCommand(
  file: string,
  format: BatchFormat,
  flags: EvaluateWorkbookFlags,
): Promise<ExitStatus> {
  const model = await loadModel(flags.model);
  const input = await readBatchInput(file, format, model);
  const result = evaluateWhole(input, {
    model,
    ...(flags.evalYear === undefined ? {} : { evalYear: flags.evalYear }),
    includePersonal: flags.includePersonal === true,
    reference: flags.reference === true,
  });
  const asWorkbook = flags.output !== undefined && /\.xlsx$/i.test(flags.output);
  const output = flags.output === undefined ? stdoutOutput() : await openFileOutput(flags.output);
  try {
    await output.write(
      asWorkbook
        ? resultsWorkbook(result, {
            model,
            ...(input.locations === undefined ? {} : { locations: input.locations }),
          })
        : resultJson(result),
    );
    await output.commit();
  } catch (error) {
    await output.abort();
    throw error;
  }
  const print = (line: string) => process.stderr.write(`${safeText(line)}\n`);
  const problems = new ErrorList(print);
  problems.addLines(resultProblemLines(result, workbookColumns(model), input.locations));
  problems.finish();
  if (problems.found) print('');
  const context = {
    model: result.model,
    evalYear: result.evalYear,
    townships:
      result.townships === undefined
        ? undefined
        : result.county === undefined
          ? { townships: result.townships }
          : { townships: result.townships, county: result.county },
    county: model.document.county,
  };
  for (const line of summaryLines(
    result.summary,
    flags.output === undefined ? context : { ...context, output: flags.output },
  )) {
    print(line);
  }
  return resultStatus(result);
}

/**
 * The result document as JSON, byte for byte what `evaluate` writes for the same batch given as
 * JSON; a result with parts that writer does not know (entities, townships) is written whole.
 */
function resultJson(result: ResultDocument): string {
  const known = ['model', 'evalYear', 'villages', 'summary'];
  if (Object.keys(result).some((key) => !known.includes(key)))
    return `${JSON.stringify(result, null, 2)}\n`;
  const writer = new ResultDocumentWriter(result.model, result.evalYear);
  return [
    writer.start(),
    ...result.villages.map((village, position) =>
      writer.village({ result: village, evalYear: result.evalYear, position }),
    ),
    writer.end({ summary: result.summary }),
  ].join('');
}
