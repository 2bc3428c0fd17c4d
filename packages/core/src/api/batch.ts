import type { Result } from '../issues.js';
import { defaultModel } from '../model/default.js';
import type { EntityResult } from '../types/entity-result.js';
import type { BatchResult, RecordError, VillageResult } from '../types/result.js';
import { BatchEvaluator } from './batch-evaluator.js';
import { safeReadBatchEnvelope } from './envelope.js';
import type { EvaluateOptions, EvaluateYearOptions } from './options.js';
import { orThrow } from './result.js';

/**
 * Evaluates a batch document (docs/formats.md): every village and household, with the model's
 * stamp and a summary; with `entities` and `townships`, every entity, township and the county
 * (docs/model.md §8–9). Bad records are reported inside the result (`errors`, `entityErrors`, a
 * township's `errors`), and the valid ones are still scored. Returns the issues only when the
 * document is unusable: not an object, no `villages` array, no valid `evalYear` (and none in
 * `options`), unknown top-level keys, or entities or townships the model has no rules for.
 */
export function safeEvaluateBatch(
  document: unknown,
  options: EvaluateOptions = {},
): Result<BatchResult> {
  const envelope = safeReadBatchEnvelope(
    document,
    options.evalYear,
    options.model ?? defaultModel(),
  );
  if (!envelope.ok) return envelope;
  const { evalYear, villages, entities, townships } = envelope.value;
  const evaluator = new BatchEvaluator({ ...options, evalYear });
  // Townships first: a village naming one is checked against them (docs/model.md §9).
  if (townships !== undefined) {
    evaluator.expectTownships();
    for (const township of townships) evaluator.township(township);
  }
  const results = villages.map((village) => evaluator.village(village));
  return {
    ok: true,
    value: {
      model: evaluator.model,
      evalYear,
      villages: results,
      ...(entities === undefined ? {} : entityResults(evaluator, entities)),
      ...evaluator.townshipResults(),
      summary: evaluator.summary(),
    },
  };
}

/** The entities of a batch, in input order: the valid ones' results and the errors. */
function entityResults(
  evaluator: BatchEvaluator,
  entities: readonly unknown[],
): { entities: EntityResult[]; entityErrors: RecordError[] } {
  evaluator.expectEntities();
  const results: EntityResult[] = [];
  const errors: RecordError[] = [];
  for (const entity of entities) {
    const outcome = evaluator.entity(entity);
    if (outcome.ok) results.push(outcome.result);
    else errors.push(outcome.error);
  }
  return { entities: results, entityErrors: errors };
}

/**
 * {@link safeEvaluateBatch}, throwing.
 *
 * @param document the parsed JSON of a batch document: `{ evalYear, villages: [...] }`.
 * @throws {InputError} when the document is unusable.
 * @example
 * const result = evaluateBatch(JSON.parse(text));
 * result.villages[0].rating; // 'AAA' | 'AA' | 'A' | 'none' | null
 */
export function evaluateBatch(document: unknown, options: EvaluateOptions = {}): BatchResult {
  return orThrow(safeEvaluateBatch(document, options), 'unusable batch document');
}

/**
 * Evaluates one village alone (its id is not checked against other villages, nor its township
 * against a batch's townships).
 *
 * @throws {InputError} only when `options.evalYear` is not a valid year; a bad village or
 *   household is reported inside the result.
 */
export function evaluateVillage(village: unknown, options: EvaluateYearOptions): VillageResult {
  const evaluator = new BatchEvaluator(options);
  return evaluator.record(evaluator.evaluate(village, options.evalYear, false, 'trust'));
}
