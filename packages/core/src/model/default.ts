import type { Model } from './model.js';
import { safeParseModelDocument } from './parse.js';
import document from './wangjiang-default.json' with { type: 'json' };

let cached: Model | undefined;

/**
 * The default model `wangjiang-default` version 2 (docs/model.md), validated once and shared.
 * Its numbers are designed stand-ins for the county's unpublished tables.
 */
export function defaultModel(): Model {
  if (cached === undefined) {
    // Its worked examples are checked by the tests and by `model check`.
    const parsed = safeParseModelDocument(copy(document));
    if (!parsed.ok)
      throw new Error(`the bundled default model is invalid: ${parsed.issues[0].message}`);
    cached = parsed.value;
  }
  return cached;
}

/** A fresh, mutable copy of the default model document: the starting point for a county's own. */
export function defaultModelDocument(): unknown {
  return copy(document);
}

function copy(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}
