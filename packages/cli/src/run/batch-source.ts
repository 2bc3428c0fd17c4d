import { type EvaluateOptions, InputError, readBatchEnvelope } from '@credit-village/core';
import { CliError } from '../cli-error.js';
import { inputName, readInputText } from '../io/input.js';
import { parseJson } from '../io/json.js';
import { issueText } from '../report/issue-text.js';
import { createEvaluator, evaluateOptions } from './evaluator.js';
import type { EvaluatedVillage, SourceOptions, VillageSource } from './village-source.js';

/**
 * A batch document (`{ evalYear, villages: [...] }`) as a {@link VillageSource}. The document
 * is read whole (it is one JSON value); its villages are evaluated one at a time, so results
 * can be written as they come.
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
  const parsed = parseJson(await readInputText(file));
  if (!parsed.ok) {
    const hint = /after JSON/.test(parsed.problem)
      ? ['  (it holds more than one JSON value: for one village per line, use --format ndjson)']
      : [];
    throw new CliError(`${name} is not valid JSON: ${parsed.problem}`, hint);
  }
  const { evalYear, villages } = readEnvelope(name, parsed.value, evaluateOptions(options));
  // As for NDJSON without a village line: nothing could be evaluated (status 2), and an
  // earlier --output file is kept rather than replaced by an empty result.
  if (villages.length === 0)
    throw new CliError(`${name} has no villages: there is nothing to evaluate`, [
      '  "villages" is an empty array',
    ]);
  const evaluator = createEvaluator(options, evalYear);
  let done = 0;
  let households = 0;
  return {
    format: 'json',
    model: evaluator.model,
    evalYear,
    async *villages(): AsyncGenerator<EvaluatedVillage> {
      for (const [position, village] of villages.entries()) {
        const result = evaluator.village(village);
        done++;
        households += result.counts.collected;
        yield { result, evalYear, position };
      }
    },
    summary: () => evaluator.summary(),
    progress: () => ({ lines: 0, villages: done, households }),
  };
}

/** The document's evaluation year and villages, checked by the core. */
function readEnvelope(
  name: string,
  document: unknown,
  options: EvaluateOptions,
): { evalYear: number; villages: readonly unknown[] } {
  try {
    return readBatchEnvelope(document, options.evalYear);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new CliError(
      `${name} is not a usable batch document:`,
      error.issues.map((issue) => `  ${issueText(issue)}`),
    );
  }
}
