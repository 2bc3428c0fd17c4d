import canonicalize from 'canonicalize';
import { evaluateEntityRecord } from '../evaluate/entity/evaluate-entity.js';
import { rateTownship } from '../evaluate/township/rate-township.js';
import { type Issue, makeIssue } from '../issues.js';
import type { ModelExample } from '../model/document.js';
import { noEntitySection, noTownshipSection } from '../model/missing-section.js';
import type { ResolvedModel } from '../model/resolve.js';
import { parseEntityReference } from '../schema/entity.js';
import { parseTownshipFields } from '../schema/township.js';

type Path = readonly (string | number)[];

/** The expectations each kind of example may state. */
const ENTITY_KEYS = [
  'score',
  'grade',
  'creditEntity',
  'limit',
  'creditOnly',
  'guaranteed',
  'limitBoundBy',
];
const TOWNSHIP_KEYS = ['rating', 'gatesFailed', 'shares', 'npl', 'nplIncrement', 'performing'];

/**
 * Checks a worked example of an entity (docs/model.md §8) or a township rated from its villages
 * by rating (§9): every figure it states must be what the model gives.
 */
export function checkEntityOrTownshipExample(
  model: ResolvedModel,
  example: ModelExample,
  path: Path,
): Issue[] {
  const mismatch = (sub: Path, detail: string) =>
    makeIssue([...path, ...sub], 'example_mismatch', `example "${example.name}" ${detail}`);
  const isEntity = example.entity !== undefined;
  const allowed = isEntity ? ENTITY_KEYS : TOWNSHIP_KEYS;
  const issues: Issue[] = [];
  for (const [key, value] of Object.entries(example.expect))
    if (value !== undefined && !allowed.includes(key))
      issues.push(
        mismatch(
          ['expect', key],
          `states ${key}, which ${isEntity ? 'an entity' : 'a township'} result does not have`,
        ),
      );
  let actual: Record<string, unknown>;
  if (isEntity) {
    const entity = model.entity;
    if (entity === undefined) return [...issues, noEntitySection(model, [...path, 'entity'])];
    const parsed = parseEntityReference(example.entity, model, example.evalYear);
    if (!parsed.ok)
      return [
        ...issues,
        ...parsed.issues.map((issue) =>
          mismatch(['entity', ...issue.path], `is not a valid entity: ${issue.message}`),
        ),
      ];
    actual = { ...evaluateEntityRecord(parsed.value, model, entity, example.evalYear) };
  } else {
    const rules = model.township;
    if (rules === undefined) return [...issues, noTownshipSection(model, [...path, 'township'])];
    const parsed = parseTownshipFields(example.township);
    if (parsed.fields === undefined)
      return [
        ...issues,
        ...parsed.issues.map((issue) =>
          mismatch(['township', ...issue.path], `is not a valid township: ${issue.message}`),
        ),
      ];
    const byRating: Record<string, number> = {};
    let inBatch = 0;
    for (const key of model.village.ratingKeys) {
      byRating[key] = example.villages?.[key] ?? 0;
      inBatch += byRating[key];
    }
    for (const key of Object.keys(example.villages ?? {}))
      if (!model.village.ratingKeys.includes(key))
        issues.push(
          mismatch(
            ['villages', key],
            `counts villages rated "${key}", which is not a village rating (${model.village.ratingKeys.join(', ')})`,
          ),
        );
    if (inBatch > parsed.fields.villagesTotal)
      issues.push(mismatch(['villages'], `counts more villages than villagesTotal`));
    actual = { ...rateTownship(parsed.fields, byRating, rules, model) };
  }
  for (const [key, expected] of Object.entries(example.expect)) {
    if (expected === undefined || !allowed.includes(key)) continue;
    // Canonical JSON: the order an example writes a share's keys in does not matter.
    if (canonicalize(actual[key] ?? null) !== canonicalize(expected))
      issues.push(
        mismatch(
          ['expect', key],
          `expects ${key} ${JSON.stringify(expected)} but the model gives ${JSON.stringify(actual[key])}`,
        ),
      );
  }
  return issues;
}
