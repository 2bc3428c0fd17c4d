import type { ResolvedModel } from '../model/resolve.js';

/**
 * `build` memoised per resolved model and evaluation year. A record schema depends on both (the
 * model's codes and bins; the year bounds the years a record may give) and is dear to build, so
 * the reference validators build it once per pair and reuse it for every record; a model no longer
 * referenced lets go of its schemas.
 */
export function perModelYear<T>(
  build: (model: ResolvedModel, evalYear: number) => T,
): (model: ResolvedModel, evalYear: number) => T {
  const built = new WeakMap<ResolvedModel, Map<number, T>>();
  return (model, evalYear) => {
    let byYear = built.get(model);
    if (byYear === undefined) {
      byYear = new Map();
      built.set(model, byYear);
    }
    let value = byYear.get(evalYear);
    if (value === undefined) {
      value = build(model, evalYear);
      byYear.set(evalYear, value);
    }
    return value;
  };
}
