import { evaluateBatch, InputError, type Model } from '@credit-village/core';
import type { ResultDocument } from '@credit-village/workbook';
import { CliError } from '../cli-error.js';
import { issueText } from '../report/issue-text.js';
import type { BatchInput } from './workbook-source.js';

/** What evaluating a whole batch needs from the flags. */
export interface WholeOptions {
  readonly model: Model;
  readonly evalYear?: number;
  readonly includePersonal?: boolean;
  readonly reference?: boolean;
}

/**
 * Evaluates a batch read whole (a workbook, say) with the core.
 *
 * @throws {CliError} when the batch is unusable (no evaluation year, no villages, …).
 */
export function evaluateWhole(input: BatchInput, options: WholeOptions): ResultDocument {
  try {
    return evaluateBatch(input.document, {
      model: options.model,
      includePersonal: options.includePersonal === true,
      ...(options.reference === true ? { reference: true } : {}),
      ...(options.evalYear === undefined ? {} : { evalYear: options.evalYear }),
    });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const noYear =
      input.locations !== undefined && error.issues.some((i) => i.path[0] === 'evalYear');
    throw new CliError(`${input.name} is not a usable batch:`, [
      ...error.issues.map((issue) => `  ${issueText(issue)}`),
      ...(noYear
        ? [
            '  在「说明」表的「评定年度」一行填写年份，或用 --eval-year 指定 (fill in 评定年度 on 说明, or pass --eval-year)',
          ]
        : []),
    ]);
  }
}

/** Exit status 1 when any record of the result is invalid, else 0. */
export function resultStatus(result: ResultDocument): 0 | 1 {
  const s = result.summary;
  const others =
    (result.entityErrors?.length ?? 0) +
    (result.townships ?? []).filter((t) => (t.errors?.length ?? 0) > 0).length;
  return s.invalidHouseholds + s.invalidVillages + others > 0 ? 1 : 0;
}
