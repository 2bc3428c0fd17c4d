import type { ResolvedModel } from '../../model/resolve.js';
import { type EntityEvaluator, referenceEntity } from '../entity/reference-entity.js';
import type { PathCounts } from './compile.js';
import { buildEntityPlan } from './entity-plan.js';
import { createFastEntity, NOT_FAST_ENTITY } from './fast-entity.js';
import { PathCounter } from './path-counter.js';

/** The compiled entity path with its counts: the fast path, else the reference. */
export interface CompiledEntities {
  readonly evaluate: EntityEvaluator;
  readonly counts: () => PathCounts;
  /** Parts of the scorecard that need BigInt rather than doubles (empty for the default model). */
  readonly wide: readonly string[];
}

/**
 * Compiles a model's entity scorecard (docs/model.md §8). Without one (a version-1 model) every
 * record goes to the reference path, which refuses it with `unsupported_by_model`.
 */
export function compileEntities(model: ResolvedModel, includePersonal: boolean): CompiledEntities {
  const viaReference = referenceEntity(model, includePersonal);
  const counter = new PathCounter();
  const counts = () => counter.counts();
  const entity = model.entity;
  if (entity === undefined)
    return {
      evaluate: (record, evalYear) => {
        counter.reference++;
        return viaReference(record, evalYear);
      },
      counts,
      wide: [],
    };
  const plan = buildEntityPlan(entity);
  const fast = createFastEntity(model, entity, plan, includePersonal);
  return {
    evaluate(record, evalYear) {
      const outcome = fast(record, evalYear);
      if (outcome !== NOT_FAST_ENTITY) {
        counter.fast++;
        return { ok: true, value: outcome };
      }
      return counter.refused(viaReference(record, evalYear));
    },
    counts,
    wide: plan.wide,
  };
}
