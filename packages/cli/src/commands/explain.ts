import {
  explainHousehold,
  InputError,
  type JsonPath,
  nextGradeOptions,
  ParsedJson,
} from '@credit-village/core';
import { CliError } from '../cli-error.js';
import { EXIT, type ExitStatus } from '../exit-status.js';
import { readJsonInput } from '../io/read-json.js';
import { writeText } from '../io/write-text.js';
import { chinaYear } from '../options/date.js';
import { loadModel } from '../options/model.js';
import { issueText } from '../report/issue-text.js';
import { receiptLines } from '../report/receipt.js';
import { printLines } from '../report/safe-text.js';

/** The flags of `credit-village explain`. */
export interface ExplainFlags {
  readonly model?: string;
  readonly evalYear?: number;
  readonly json?: boolean;
}

/**
 * `credit-village explain <household.json>`: the full calculation receipt of one household and
 * the smallest changes that would reach the next grade. The file holds a household record, or
 * `{ "evalYear": 2024, "household": { … } }`. The year is `--eval-year`, else the file's, else
 * the current year in China (said in the output).
 *
 * @throws {CliError} when the file or the record is unusable (status 2).
 */
export async function explainCommand(file: string, flags: ExplainFlags): Promise<ExitStatus> {
  const model = await loadModel(flags.model);
  const parsed = await readJsonInput(file, 'the household record');
  const input = parsed.value;
  const wrapped =
    typeof input === 'object' && input !== null && 'household' in input
      ? (input as { evalYear?: unknown; household: unknown })
      : undefined;
  // Keys written twice inside the record are the record's errors; around it, the file's.
  const record =
    wrapped === undefined
      ? parsed
      : new ParsedJson(wrapped.household, duplicatesOf(parsed.duplicateKeys, 'household'));
  const outside = parsed.duplicateKeys.filter(
    (path) => wrapped !== undefined && path[0] !== 'household',
  );
  if (outside.length > 0)
    throw new CliError(
      `${file} writes a key twice: ${outside.map((path) => path.join('.')).join(', ')}; only one value can count`,
    );
  // A year beside the household is used whatever it holds (the core checks it): a malformed
  // one is an error, never silently replaced by the current year. --eval-year overrides it.
  const inFile = wrapped !== undefined && 'evalYear' in wrapped;
  const evalYear = (flags.evalYear ?? (inFile ? wrapped.evalYear : chinaYear())) as number;
  const yearNote =
    flags.evalYear === undefined && !inFile
      ? ' (the current year in China: none was given; choose one with --eval-year)'
      : '';
  try {
    const explanation = explainHousehold(record, { model, evalYear });
    const advice = nextGradeOptions(record, { model, evalYear });
    if (flags.json === true)
      await writeText(process.stdout, `${JSON.stringify({ explanation, advice }, null, 2)}\n`);
    else await printLines(receiptLines(explanation, advice, yearNote));
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const aboutYear = error.issues.every((i) => i.path[0] === 'evalYear');
    throw new CliError(
      aboutYear
        ? `the evaluation year in ${file} is not usable (or give --eval-year):`
        : `the household record in ${file} is not valid:`,
      error.issues.map((i) => `  ${issueText(i)}`),
    );
  }
}

/** The duplicate-key paths under a top-level key, relative to it. */
function duplicatesOf(paths: readonly JsonPath[], key: string): JsonPath[] {
  return paths.filter((path) => path[0] === key && path.length > 1).map((path) => path.slice(1));
}
