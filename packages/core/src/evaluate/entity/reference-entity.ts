import { makeIssue, type Result } from '../../issues.js';
import type { ResolvedModel } from '../../model/resolve.js';
import { parseEntityReference } from '../../schema/entity.js';
import type { EntityResult } from '../../types/entity-result.js';
import { evaluateEntityRecord } from './evaluate-entity.js';

/** Validates and evaluates one entity record: the reference or the compiled path. */
export type EntityEvaluator = (record: unknown, evalYear: number) => Result<EntityResult>;

/**
 * The reference entity path: validate with the zod schema, then evaluate with decimal.js. The
 * compiled path falls back to it. Under a model without an entity scorecard every record is
 * refused with `unsupported_by_model`.
 */
export function referenceEntity(model: ResolvedModel, includePersonal: boolean): EntityEvaluator {
  const entity = model.entity;
  if (entity === undefined) return () => ({ ok: false, issues: [noEntitySection(model)] });
  return (record, evalYear) => {
    const parsed = parseEntityReference(record, model, entity, evalYear);
    return parsed.ok
      ? {
          ok: true,
          value: evaluateEntityRecord(parsed.value, model, entity, evalYear, { includePersonal }),
        }
      : parsed;
  };
}

/** The issue of entities under a model that cannot rate them (a version-1 model). */
export function noEntitySection(model: ResolvedModel, path: readonly (string | number)[] = []) {
  return makeIssue(
    path,
    'unsupported_by_model',
    `the model ${model.model.id} version ${model.model.version} has no entity scorecard (docs/model.md §8), so entities cannot be rated under it; use a model of version 2 or later, such as the default model`,
  );
}

/** The issue of townships under a model that cannot rate them (a version-1 model). */
export function noTownshipSection(model: ResolvedModel, path: readonly (string | number)[] = []) {
  return makeIssue(
    path,
    'unsupported_by_model',
    `the model ${model.model.id} version ${model.model.version} has no township and county rules (docs/model.md §9), so townships cannot be rated under it; use a model of version 2 or later, such as the default model`,
  );
}
