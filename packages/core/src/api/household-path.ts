import { type CompiledModel, compileModel } from '../evaluate/compiled/compile.js';
import { type HouseholdEvaluator, referenceHousehold } from '../evaluate/reference.js';
import type { Model } from '../model/model.js';
import { resolveModel } from '../model/resolve.js';
import type { EvaluateOptions } from './options.js';

const compiledCache = new WeakMap<Model, Map<boolean, CompiledModel>>();

/** The compiled model for `model`, built once per model and personal-data setting. */
export function compiledFor(model: Model, includePersonal: boolean): CompiledModel {
  let byFlag = compiledCache.get(model);
  if (byFlag === undefined) {
    byFlag = new Map();
    compiledCache.set(model, byFlag);
  }
  let compiled = byFlag.get(includePersonal);
  if (compiled === undefined) {
    compiled = compileModel(model, { includePersonal });
    byFlag.set(includePersonal, compiled);
  }
  return compiled;
}

/** The household path an evaluation uses: compiled by default, the reference when asked. */
export function householdEvaluator(model: Model, options: EvaluateOptions): HouseholdEvaluator {
  const includePersonal = options.includePersonal === true;
  if (options.reference === true) return referenceHousehold(resolveModel(model), includePersonal);
  const compiled = compiledFor(model, includePersonal);
  return (record, evalYear) => compiled.evaluateHousehold(record, evalYear);
}
