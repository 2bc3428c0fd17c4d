import type { Result } from '../../issues.js';
import type { Model } from '../../model/model.js';
import { resolveModel } from '../../model/resolve.js';
import type { EntityResult } from '../../types/entity-result.js';
import type { HouseholdResult } from '../../types/result.js';
import { referenceHousehold } from '../reference.js';
import { compileEntities } from './compile-entity.js';
import { createFastHousehold, NOT_FAST, OUT_OF_RANGE } from './fast-household.js';
import { PathCounter } from './path-counter.js';
import { buildPlan } from './plan.js';

/** How many households took which path since the compiled model was made. */
export interface PathCounts {
  /** Validated and evaluated entirely on the fast path. */
  readonly fast: number;
  /** Valid, but an amount was past the proved-exact range: evaluated by the reference. */
  readonly outOfRange: number;
  /** Not accepted by the fast reader: validated (and, when valid, evaluated) by the reference. */
  readonly reference: number;
  /** Records the fast reader rejected but the reference schema accepted (should stay 0). */
  readonly readerMisses: number;
}

/**
 * A model compiled for speed: the same results as the reference, in whole fen on JavaScript
 * integers wherever the model's coefficients and the inputs are proved to stay exact.
 */
export interface CompiledModel {
  readonly model: Model;
  /** Parts of the model whose coefficients need BigInt rather than doubles (empty for the default model). */
  readonly wide: readonly string[];
  /** Validates and evaluates one household record; the result equals the reference's. */
  evaluateHousehold(record: unknown, evalYear: number): Result<HouseholdResult>;
  /** Path counts, to prove (in tests and benchmarks) which path ran. */
  counts(): PathCounts;
  /**
   * Validates and evaluates one entity record (docs/model.md §8); the result equals the
   * reference's. Under a model without an entity scorecard it is refused (`unsupported_by_model`).
   */
  evaluateEntity(record: unknown, evalYear: number): Result<EntityResult>;
  /** The entity path counts, as {@link counts} for households. */
  entityCounts(): PathCounts;
}

/**
 * Compiles a validated model into a fast evaluator. Every coefficient of the model is turned
 * into an exact integer (or the part is marked unsafe and left to the reference), and each
 * household falls back to the decimal reference whenever one of its amounts could leave the
 * safe integer range, so results are always identical to the reference.
 *
 * @param options.includePersonal copy `head` into results (default false).
 * @example
 * const fast = compileModel(defaultModel());
 * const r = fast.evaluateHousehold(record, 2024);
 * if (r.ok) r.value.limit; // '163000.00'
 */
export function compileModel(
  model: Model,
  options: { readonly includePersonal?: boolean } = {},
): CompiledModel {
  const resolved = resolveModel(model);
  const plan = buildPlan(resolved);
  const includePersonal = options.includePersonal === true;
  const fast = createFastHousehold(resolved, plan, includePersonal);
  const counter = new PathCounter();

  const viaReference = referenceHousehold(resolved, includePersonal);
  const entities = compileEntities(resolved, includePersonal);

  return {
    model,
    wide: [...plan.wide, ...entities.wide],
    evaluateHousehold(record, evalYear) {
      const outcome = fast(record, evalYear);
      if (outcome === NOT_FAST) return counter.refused(viaReference(record, evalYear));
      if (outcome === OUT_OF_RANGE) {
        counter.outOfRange++;
        return viaReference(record, evalYear);
      }
      counter.fast++;
      return { ok: true, value: outcome };
    },
    counts: () => counter.counts(),
    evaluateEntity: entities.evaluate,
    entityCounts: entities.counts,
  };
}
