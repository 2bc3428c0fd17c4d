import { type EntityEvaluator, referenceEntity } from '../evaluate/entity/reference-entity.js';
import type { Model } from '../model/model.js';
import { resolveModel } from '../model/resolve.js';
import { compiledFor } from './household-path.js';
import type { EvaluateOptions } from './options.js';

/** The entity path an evaluation uses: compiled by default, the reference when asked. */
export function entityEvaluator(model: Model, options: EvaluateOptions): EntityEvaluator {
  const includePersonal = options.includePersonal === true;
  if (options.reference === true) return referenceEntity(resolveModel(model), includePersonal);
  const compiled = compiledFor(model, includePersonal);
  return (record, evalYear) => compiled.evaluateEntity(record, evalYear);
}
