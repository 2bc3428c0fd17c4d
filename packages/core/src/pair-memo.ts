/**
 * `build` memoised per pair of arguments: an object (a model) and a key (an evaluation year, a
 * personal-data setting). What the core builds per model is dear (record schemas, compiled
 * models) and asked for again for every record, so it is built once per pair; the memo holds the
 * object weakly, so a model no longer referenced lets go of what was built for it.
 */
export function pairMemo<O extends object, K, T>(
  build: (object: O, key: K) => T,
): (object: O, key: K) => T {
  const built = new WeakMap<O, Map<K, T>>();
  return (object, key) => {
    let byKey = built.get(object);
    if (byKey === undefined) {
      byKey = new Map();
      built.set(object, byKey);
    }
    let value = byKey.get(key);
    if (value === undefined) {
      value = build(object, key);
      byKey.set(key, value);
    }
    return value;
  };
}
