import { evaluateRecord } from '../evaluate/household.js';
import type { Issue } from '../issues.js';
import { makeIssue } from '../issues.js';
import type { Model } from '../model/model.js';
import { resolveModel } from '../model/resolve.js';
import { parseHouseholdReference } from '../schema/household.js';
import { checkEntityOrTownshipExample } from './entity-examples.js';

/**
 * Evaluates a model's worked examples (self-checks) and reports every one that is invalid or
 * does not give its expected figures. An empty list means every example holds.
 */
export function checkExamples(model: Model): Issue[] {
  const issues: Issue[] = [];
  const examples = model.document.examples ?? [];
  if (examples.length === 0) return issues;
  const resolved = resolveModel(model);
  examples.forEach((example, i) => {
    const path = ['examples', i];
    // Entities and townships (docs/model.md §8–9) are checked apart.
    if (example.household === undefined) {
      issues.push(...checkEntityOrTownshipExample(resolved, example, path));
      return;
    }
    const parsed = parseHouseholdReference(example.household, resolved, example.evalYear);
    if (!parsed.ok) {
      for (const issue of parsed.issues) {
        issues.push(
          makeIssue(
            [...path, 'household', ...issue.path],
            'example_mismatch',
            `example "${example.name}" is not a valid household: ${issue.message}`,
          ),
        );
      }
      return;
    }
    const result = evaluateRecord(parsed.value, resolved, example.evalYear);
    const actual: Record<string, unknown> = {
      score: result.score,
      grade: result.grade,
      creditHousehold: result.creditHousehold,
      gross: result.assets.gross,
      net: result.assets.net,
      limit: result.limit,
    };
    for (const [key, expected] of Object.entries(example.expect)) {
      if (expected !== undefined && actual[key] !== expected) {
        issues.push(
          makeIssue(
            [...path, 'expect', key],
            'example_mismatch',
            `example "${example.name}" expects ${key} ${JSON.stringify(expected)} but the model gives ${JSON.stringify(actual[key])}`,
          ),
        );
      }
    }
  });
  return issues;
}
