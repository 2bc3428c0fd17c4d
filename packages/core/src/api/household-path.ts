import { type CompiledModel, compileModel } from '../evaluate/compiled/compile.js';
import { type HouseholdEvaluator, referenceHousehold } from '../evaluate/reference.js';
import type { Model } from '../model/model.js';
import { resolveModel } from '../model/resolve.js';
import { pairMemo } from '../pair-memo.js';
import type { EvaluateOptions } from './options.js';

/** The compiled model for `model`, built once per model and personal-data setting. */
export const compiledFor: (model: Model, includePersonal: boolean) => CompiledModel = pairMemo(
  (model: Model, includePersonal: boolean) => compileModel(model, { includePersonal }),
);

/** The household path an evaluation uses: compiled by default, the reference when asked. */
export function householdEvaluator(model: Model, options: EvaluateOptions): HouseholdEvaluator {
  const includePersonal = options.includePersonal === true;
  if (options.reference === true) return referenceHousehold(resolveModel(model), includePersonal);
  const compiled = compiledFor(model, includePersonal);
  return (record, evalYear) => compiled.evaluateHousehold(record, evalYear);
}
