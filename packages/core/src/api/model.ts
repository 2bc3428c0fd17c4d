import { ModelError, nonEmpty, type Result } from '../issues.js';
import type { Model } from '../model/model.js';
import { safeParseModelDocument } from '../model/parse.js';
import { checkExamples } from './examples.js';

/**
 * Validates a model document (already parsed from JSON) and returns the model, or every problem
 * found: the schema's (types, bounds, unknown keys), the consistency checks (unsorted or
 * overlapping bins, gaps in grade bands, unknown references) and, when the document carries
 * worked examples, each example that does not evaluate to its expected result.
 */
export function safeParseModel(input: unknown): Result<Model> {
  const parsed = safeParseModelDocument(input);
  if (!parsed.ok) return parsed;
  const examples = checkExamples(parsed.value);
  return nonEmpty(examples) ? { ok: false, issues: examples } : parsed;
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
