import {
  type BatchEnvelope,
  type EvaluateOptions,
  type Model,
  safeReadBatchEnvelope,
} from '@credit-village/core';
import { CliError } from '../cli-error.js';
import { inputName, readInputText } from '../io/input.js';
import { parseJsonText } from '../io/read-json.js';
import { recordIssueText } from '../report/issue-text.js';
import { createEvaluator, evaluateOptions } from './evaluator.js';
import type { EvaluatedRecord, SourceOptions, VillageSource } from './village-source.js';

/**
 * A batch document (`{ evalYear, villages: [...], entities?, townships? }`) as a
 * {@link VillageSource}. The document is read whole (it is one JSON value); its townships are
 * registered first, then its villages are evaluated one at a time, so results can be written as
 * they come, then its entities.
 *
 * @throws {CliError} when the input cannot be read, is not JSON, or is not a usable batch
 *   document (not an object, no `villages` array, no valid `evalYear`, unknown top-level keys)
 *   or has no village at all; the error lists every problem.
 */
export async function openBatchSource(
  file: string,
  options: SourceOptions,
): Promise<VillageSource> {
  const name = inputName(file);
  const document = parseJsonText(await readInputText(file), name, [
    '  (it holds more than one JSON value: for one village per line, use --format ndjson)',
  ]);
  const { evalYear, villages, entities, townships } = readEnvelope(
    name,
    document,
    evaluateOptions(options),
    options.model,
  );
  // As for NDJSON without a village line: nothing could be evaluated (status 2), and an
  // earlier --output file is kept rather than replaced by an empty result.
  if (villages.length === 0 && (entities?.length ?? 0) === 0)
    throw new CliError(`${name} has no villages: there is nothing to evaluate`, [
      '  "villages" is an empty array',
    ]);
  const evaluator = createEvaluator(options, evalYear);
  // Townships first: a village naming one is checked against them (docs/model.md §9).
  if (townships !== undefined) {
    evaluator.expectTownships();
    for (const township of townships) evaluator.township(township);
  }
  if (entities !== undefined) evaluator.expectEntities();
  let done = 0;
  let households = 0;
  return {
    format: 'json',
    model: evaluator.model,
    evalYear,
    async *villages(): AsyncGenerator<EvaluatedRecord> {
      for (const [position, village] of villages.entries()) {
        const result = evaluator.village(village);
        done++;
        households += result.counts.collected;
        yield { result, evalYear, position };
      }
      // Entities after the villages, as the result document lists them.
      for (const entity of entities ?? []) yield { entity: evaluator.entity(entity), evalYear };
    },
    summary: () => evaluator.summary(),
    townships: () => evaluator.townshipResults(),
    progress: () => ({ lines: 0, villages: done, households }),
  };
}

/** The document's evaluation year and villages, checked by the core. */
function readEnvelope(
  name: string,
  document: unknown,
  options: EvaluateOptions,
  model: Model,
): BatchEnvelope {
  const envelope = safeReadBatchEnvelope(document, options.evalYear, model);
  if (envelope.ok) return envelope.value;
  throw new CliError(
    `${name} is not a usable batch document:`,
    envelope.issues.map((issue) => `  ${recordIssueText(issue, 'batch')}`),
  );
}
