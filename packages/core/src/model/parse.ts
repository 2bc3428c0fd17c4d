import { type Issue, nonEmpty, type Result } from '../issues.js';
import { parseUnwrapped } from '../json/parse-unwrapped.js';
import { parseWith } from '../schema/translate.js';
import { checkModel } from './check.js';
import type { ModelDocument } from './document.js';
import { modelHash } from './hash.js';
import type { Model } from './model.js';
import { modelDocumentSchema } from './schema.js';

/**
 * Validates a model document (already parsed from JSON) and returns the model, or every problem
 * found: the schema's (types, bounds, unknown keys) and the consistency checks (unsorted or
 * overlapping bins, gaps in grade bands, unknown references). Worked examples are checked one
 * layer up (`parseModel`), where households can be evaluated.
 */
export function safeParseModelDocument(input: unknown): Result<Model> {
  // A key written twice leaves the model ambiguous (and its hash would name only the last).
  const parsed = parseUnwrapped(input, (value) =>
    parseWith<ModelDocument>(modelDocumentSchema, value, unknownProblem),
  );
  if (!parsed.ok) return parsed;
  const document = deepFreeze(parsed.value);
  const consistency = checkModel(document);
  if (nonEmpty(consistency)) return { ok: false, issues: consistency };
  const model: Model = Object.freeze({
    id: document.id,
    version: document.version,
    hash: modelHash(document),
    document,
  });
  return { ok: true, value: model };
}

function unknownProblem(): Issue {
  return { path: [], code: 'invalid_model', message: '(model): not a valid model document' };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
