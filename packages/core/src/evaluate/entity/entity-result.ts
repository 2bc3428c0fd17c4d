import type { EntityComponent, EntityResult } from '../../types/entity-result.js';

/** Everything an entity result says, as the two evaluation paths compute it. */
export interface EntityParts {
  readonly id: string;
  readonly name: string | undefined;
  readonly type: string;
  readonly township: string | undefined;
  readonly village: string | undefined;
  /** The record's `principal`, only when personal data was asked for. */
  readonly principal: EntityResult['principal'] | undefined;
  readonly score: number;
  readonly components: readonly EntityComponent[];
  readonly grade: string;
  readonly creditEntity: boolean;
  readonly vetoes: readonly string[];
  readonly limit: string;
  readonly creditOnly: string;
  readonly guaranteed: string;
  readonly limitBoundBy: EntityResult['limitBoundBy'];
  readonly meta: EntityResult['meta'] | undefined;
}

/**
 * The entity result, built in one place for the reference and the compiled path, so its keys
 * come in one order and absent optional parts are left out, never written as `undefined`.
 */
export function entityResult(parts: EntityParts): EntityResult {
  const result: { -readonly [K in keyof EntityResult]: EntityResult[K] } = {
    id: parts.id,
  } as EntityResult;
  if (parts.name !== undefined) result.name = parts.name;
  result.type = parts.type;
  if (parts.township !== undefined) result.township = parts.township;
  if (parts.village !== undefined) result.village = parts.village;
  if (parts.principal !== undefined) result.principal = parts.principal;
  result.score = parts.score;
  result.components = parts.components;
  result.grade = parts.grade;
  result.creditEntity = parts.creditEntity;
  result.vetoes = parts.vetoes;
  result.limit = parts.limit;
  result.creditOnly = parts.creditOnly;
  result.guaranteed = parts.guaranteed;
  result.limitBoundBy = parts.limitBoundBy;
  if (parts.meta !== undefined) result.meta = parts.meta;
  return result;
}
