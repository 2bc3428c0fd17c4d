import type { BatchEvaluator } from '@credit-village/core';
import { CliError } from '../cli-error.js';
import { fsProblem } from '../io/fs-problem.js';
import { inputName, openInput } from '../io/input.js';
import { type Line, readLines } from '../io/lines.js';
import { evaluateLine, type LineEvaluator } from './evaluate-line.js';
import { createEvaluator } from './evaluator.js';
import type { EvaluatedRecord, SourceOptions, VillageSource } from './village-source.js';

/**
 * NDJSON input (one village object per line, each with an optional `evalYear`) as a
 * {@link VillageSource}, read and evaluated one line at a time in flat memory.
 *
 * A line that cannot be evaluated (not JSON, not an object, no usable evaluation year) becomes
 * an error result naming its line number, and the run goes on.
 *
 * @throws {CliError} when the file cannot be opened or `--eval-year` is not a usable year;
 *   `villages()` throws one when the input fails while being read.
 */
export async function openLineSource(file: string, options: SourceOptions): Promise<VillageSource> {
  const evaluator = createEvaluator(options);
  const lineEvaluator = mainThreadLines(evaluator);
  const input = await openInput(file);
  let lines = 0;
  let villages = 0;
  let households = 0;
  return {
    format: 'ndjson',
    model: evaluator.model,
    evalYear: options.evalYear,
    async *villages(): AsyncGenerator<EvaluatedRecord> {
      const read = readLines(input);
      while (true) {
        let next: IteratorResult<Line>;
        try {
          next = await read.next();
        } catch (error) {
          throw new CliError(`cannot read ${inputName(file)}: ${fsProblem(error)}`);
        }
        if (next.done === true) return;
        lines = next.value.number;
        const outcome = evaluateLine(lineEvaluator, next.value, options.evalYear, villages);
        if (outcome.kind === 'township') continue;
        if (outcome.kind === 'village') {
          villages++;
          households += outcome.result.counts.collected;
        }
        yield outcome;
      }
    },
    summary: () => evaluator.summary(),
    townships: () => evaluator.townshipResults(),
    progress: () => ({ lines, villages, households }),
  };
}

/** The main thread's line evaluator: the core claims each id and counts each result. */
export function mainThreadLines(evaluator: BatchEvaluator): LineEvaluator {
  return {
    evaluate: (village, evalYear) => evaluator.village(village, evalYear),
    reject: (issues, id, households) => evaluator.reject(issues, id, households),
    entity: (entity, evalYear) => evaluator.entity(entity, evalYear),
    rejectEntity: (issues, id) => evaluator.rejectEntity(issues, id),
    township: (township) => evaluator.township(township),
  };
}
