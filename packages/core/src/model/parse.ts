import { checkExamples } from '../evaluate/examples.js';
import { type Issue, ModelError, nonEmpty, type Result } from '../issues.js';
import { translateIssues } from '../schema/translate.js';
import { checkModel } from './check.js';
import type { ModelDocument } from './document.js';
import { modelHash } from './hash.js';
import type { Model } from './model.js';
import { modelDocumentSchema } from './schema.js';

/**
 * Validates a model document (already parsed from JSON) and returns the model, or every problem
 * found: the schema's (types, bounds, unknown keys), the consistency checks (unsorted or
 * overlapping bins, gaps in grade bands, unknown references) and, when the document carries
 * worked examples, each example that does not evaluate to its expected result.
 */
export function safeParseModel(input: unknown): Result<Model> {
  const parsed = modelDocumentSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    const issues = translateIssues(parsed.error.issues);
    return nonEmpty(issues) ? { ok: false, issues } : { ok: false, issues: [unknownProblem()] };
  }
  const document = deepFreeze(parsed.data as ModelDocument);
  const consistency = checkModel(document);
  if (nonEmpty(consistency)) return { ok: false, issues: consistency };
  const model: Model = Object.freeze({
    id: document.id,
    version: document.version,
    hash: modelHash(document),
    document,
  });
  const examples = checkExamples(model);
  if (nonEmpty(examples)) return { ok: false, issues: examples };
  return { ok: true, value: model };
}

/**
 * Validates a model document and returns the model.
 *
 * @throws {ModelError} listing every problem, each with its path in the document.
 * @example
 * const county = parseModel(JSON.parse(readFileSync('county-model.json', 'utf8')));
 * evaluateBatch(batch, { model: county });
 */
export function parseModel(input: unknown): Model {
  const result = safeParseModel(input);
  if (!result.ok) throw new ModelError(result.issues);
  return result.value;
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
