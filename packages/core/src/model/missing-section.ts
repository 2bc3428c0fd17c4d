import { makeIssue } from '../issues.js';
import type { ResolvedModel } from './resolve.js';

/**
 * The issues of records a model has no rules for: entities or townships under a version-1
 * model (docs/model.md §8–9), which rates households and villages only.
 */

/** The issue of entities under a model that cannot rate them (a version-1 model). */
export function noEntitySection(model: ResolvedModel, path: readonly (string | number)[] = []) {
  return makeIssue(
    path,
    'unsupported_by_model',
    `the model ${model.model.id} version ${model.model.version} has no entity scorecard (docs/model.md §8), so entities cannot be rated under it; use a model of version 2 or later, such as the default model`,
    { rule: 'entitySections' },
  );
}

/** The issue of townships under a model that cannot rate them (a version-1 model). */
export function noTownshipSection(model: ResolvedModel, path: readonly (string | number)[] = []) {
  return makeIssue(
    path,
    'unsupported_by_model',
    `the model ${model.model.id} version ${model.model.version} has no township and county rules (docs/model.md §9), so townships cannot be rated under it; use a model of version 2 or later, such as the default model`,
    { rule: 'townshipSections' },
  );
}
