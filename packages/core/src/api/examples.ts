import { evaluateRecord } from '../evaluate/household.js';
import type { Issue, Result } from '../issues.js';
import { formatPath, makeIssue } from '../issues.js';
import type { ModelExample } from '../model/document.js';
import type { Model } from '../model/model.js';
import { resolveModel } from '../model/resolve.js';
import { parseHouseholdReference } from '../schema/household.js';
import type { HouseholdRecord } from '../types/input.js';
import type { HouseholdResult } from '../types/result.js';
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
    const { invalidAt } = example.expect;
    if (invalidAt !== undefined) {
      issues.push(...invalidMismatches(example, parsed, path, invalidAt));
      return;
    }
    if (!parsed.ok) {
      for (const issue of parsed.issues) {
        issues.push(
          makeIssue(
            [...path, 'household', ...issue.path],
            'example_mismatch',
            `example "${example.name}" is not a valid household: ${issue.message}`,
            {
              ...issue.params,
              rule: 'exampleInvalid',
              example: example.name,
              cause: issue.code,
            },
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
      vetoes: result.vetoes,
      civility: Object.fromEntries(
        resolved.civility.dimensions.map((d) => [d, civilityOf(parsed.value, result, d)]),
      ),
    };
    for (const [key, expected] of Object.entries(example.expect)) {
      if (expected !== undefined && !sameJson(actual[key], expected)) {
        issues.push(
          makeIssue(
            [...path, 'expect', key],
            'example_mismatch',
            `example "${example.name}" expects ${key} ${JSON.stringify(expected)} but the model gives ${JSON.stringify(actual[key])}`,
            {
              rule: 'exampleExpect',
              example: example.name,
              want: String(expected),
              value: String(actual[key]),
            },
          ),
        );
      }
    }
  });
  return issues;
}

/** The mark that scored in dimension `d`: the record's own, or the one its review derived. */
function civilityOf(record: HouseholdRecord, result: HouseholdResult, d: string): string {
  return result.review?.civility[d] ?? record.civility?.[d] ?? '';
}

/** Deep equality of JSON values, the order of object keys aside. */
function sameJson(a: unknown, b: unknown): boolean {
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

/** An example expected to be invalid: it must be, with an issue at each path it names. */
function invalidMismatches(
  example: ModelExample,
  parsed: Result<HouseholdRecord>,
  path: (string | number)[],
  invalidAt: readonly (readonly (string | number)[])[],
): Issue[] {
  const figures = Object.entries(example.expect).filter(
    ([key, value]) => key !== 'invalidAt' && value !== undefined,
  );
  if (figures.length > 0)
    return [
      makeIssue(
        [...path, 'expect', figures[0]?.[0] ?? 'invalidAt'],
        'example_mismatch',
        `example "${example.name}" expects an invalid household, which has no ${figures.map(([key]) => key).join(', ')}`,
      ),
    ];
  if (parsed.ok)
    return [
      makeIssue(
        [...path, 'expect', 'invalidAt'],
        'example_mismatch',
        `example "${example.name}" expects an invalid household but the model accepts it`,
      ),
    ];
  const found = new Set(parsed.issues.map((issue) => JSON.stringify(issue.path)));
  return invalidAt
    .map((want, j) => ({ want, j }))
    .filter(({ want }) => !found.has(JSON.stringify(want)))
    .map(({ want, j }) =>
      makeIssue(
        [...path, 'expect', 'invalidAt', j],
        'example_mismatch',
        `example "${example.name}" expects an issue at ${formatPath(want)} but the model reports ${parsed.issues.map((issue) => formatPath(issue.path)).join(', ')}`,
      ),
    );
}
