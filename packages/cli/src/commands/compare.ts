import {
  type ComparisonReport,
  compareModels,
  InputError,
  type Model,
  ResultComparer,
} from '@credit-village/core';
import { CliError } from '../cli-error.js';
import { readResults } from '../compare/read-results.js';
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
 * from two result files (result documents or NDJSON results, each streamed), their scores and
 * grades checked against the models they name (the built-in model, or one given with
 * `--model-a`/`--model-b`). `credit-village compare --model-a A --model-b B <batch>`: the same
 * batch under two models (a missing one is the default model).
 *
 * @throws {CliError} when a file is unusable or the arguments do not fit (status 2).
 */
export async function compareCommand(
  files: readonly string[],
  flags: CompareFlags,
): Promise<ExitStatus> {
  const models = flags.modelA !== undefined || flags.modelB !== undefined;
  if (files.length !== 2 && !(models && files.length === 1))
    throw new CliError(
      "give two result documents (last year's and this year's), or --model-a/--model-b and one batch document",
    );
  const modelA = await loadModel(flags.modelA);
  const modelB = await loadModel(flags.modelB);
  const report =
    files.length === 1
      ? await modelsReport(files[0] as string, modelA, modelB, flags)
      : await yearsReport(files, [modelA, modelB]);
  const title = files.length === 1 ? 'Model comparison' : 'Year-over-year comparison';
  if (flags.json === true) await writeText(process.stdout, `${JSON.stringify(report, null, 2)}\n`);
  else await printLines(comparisonLines(report, title));
  return EXIT.ok;
}

/**
 * Two result files compared year over year, each streamed (a result document of any size, or
 * NDJSON results), checked against the model each names: the built-in one or one given.
 */
async function yearsReport(
  files: readonly string[],
  models: readonly Model[],
): Promise<ComparisonReport> {
  const comparer = new ResultComparer({ models });
  try {
    const before = await readResults(files[0] as string, 'the earlier results', 'before', comparer);
    const after = await readResults(files[1] as string, 'the later results', 'after', comparer);
    return comparer.report({ before, after });
  } catch (error) {
    if (error instanceof CliError && /not among the models given/.test(error.lines.join('\n')))
      throw new CliError(error.message, [
        ...error.lines,
        '  give the model it was evaluated with: --model-a <file> (or --model-b); the built-in model is always known',
      ]);
    throw error;
  }
}

/** One batch evaluated under both models and compared. */
async function modelsReport(
  file: string,
  modelA: Model,
  modelB: Model,
  flags: CompareFlags,
): Promise<ComparisonReport> {
  const batch = await readJsonInput(file, 'the batch document');
  try {
    return compareModels(
      batch,
      modelA,
      modelB,
      flags.evalYear === undefined ? {} : { evalYear: flags.evalYear },
    );
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new CliError(
      'the batch document is not usable:',
      error.issues.slice(0, 50).map((i) => `  ${issueText(i)}`),
    );
  }
}
