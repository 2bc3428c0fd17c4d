import { compareEvaluations, compareModels, InputError } from '@credit-village/core';
import { CliError } from '../cli-error.js';
import { EXIT, type ExitStatus } from '../exit-status.js';
import { readJsonInput } from '../io/read-json.js';
import { writeText } from '../io/write-text.js';
import { loadModel } from '../options/model.js';
import { comparisonLines } from '../report/comparison.js';
import { issueText } from '../report/issue-text.js';
import { printLines } from '../report/safe-text.js';

/** The flags of `credit-village compare`. */
export interface CompareFlags {
  readonly modelA?: string;
  readonly modelB?: string;
  readonly evalYear?: number;
  readonly json?: boolean;
}

/**
 * `credit-village compare <last-year-results> <this-year-results>`: year-over-year re-rating
 * from two result documents. `credit-village compare --model-a A --model-b B <batch>`: the same
 * batch under two models (a missing one is the default model).
 *
 * @throws {CliError} when a file is unusable or the arguments do not fit (status 2).
 */
export async function compareCommand(
  files: readonly string[],
  flags: CompareFlags,
): Promise<ExitStatus> {
  const byModels = flags.modelA !== undefined || flags.modelB !== undefined;
  if (byModels && files.length !== 1)
    throw new CliError(
      'with --model-a/--model-b, give exactly one batch document to evaluate under both models',
    );
  if (!byModels && files.length !== 2)
    throw new CliError(
      "give two result documents (last year's and this year's), or --model-a/--model-b and one batch document",
    );
  try {
    const report = byModels
      ? compareModels(
          await readJsonInput(files[0] as string, 'the batch document'),
          await loadModel(flags.modelA),
          await loadModel(flags.modelB),
          flags.evalYear === undefined ? {} : { evalYear: flags.evalYear },
        )
      : compareEvaluations(
          await readJsonInput(files[0] as string, 'the earlier results'),
          await readJsonInput(files[1] as string, 'the later results'),
        );
    const title = byModels ? 'Model comparison' : 'Year-over-year comparison';
    if (flags.json === true)
      await writeText(process.stdout, `${JSON.stringify(report, null, 2)}\n`);
    else await printLines(comparisonLines(report, title));
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new CliError(
      byModels
        ? 'the batch document is not usable:'
        : 'a file is not a result document of credit-village evaluate:',
      error.issues.slice(0, 50).map((i) => `  ${issueText(i)}`),
    );
  }
}
