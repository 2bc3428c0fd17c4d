import { BatchEvaluator, checkEvalYear, type EvaluateOptions } from '@credit-village/core';
import { CliError } from '../cli-error.js';
import { issueText } from '../report/issue-text.js';
import type { SourceOptions } from './village-source.js';

/**
 * The core's evaluator for the options.
 *
 * @throws {CliError} when `--eval-year` is outside the years the core accepts.
 */
export function createEvaluator(options: SourceOptions, evalYear?: number): BatchEvaluator {
  const year = evalYear ?? options.evalYear;
  if (year !== undefined) {
    const checked = checkEvalYear(year);
    if (!checked.ok)
      throw new CliError('--eval-year: not a usable evaluation year:', checked.issues.map(indent));
  }
  return new BatchEvaluator(evaluateOptions(options, evalYear));
}

/** The core's options (`evalYear` defaults to `--eval-year`), leaving out what was not given. */
export function evaluateOptions(
  options: SourceOptions,
  evalYear: number | undefined = options.evalYear,
): EvaluateOptions {
  return {
    model: options.model,
    includePersonal: options.includePersonal,
    ...(options.reference === true ? { reference: true } : {}),
    ...(evalYear === undefined ? {} : { evalYear }),
  };
}

function indent(issue: Parameters<typeof issueText>[0]): string {
  return `  ${issueText(issue)}`;
}
