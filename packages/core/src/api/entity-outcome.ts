import { makeIssue } from '../issues.js';
import type { EntityResult } from '../types/entity-result.js';
import type { RecordError } from '../types/result.js';

/** One entity of a batch: its result, or its error entry (`index` among the batch's entities). */
export type EntityOutcome =
  | { readonly ok: true; readonly result: EntityResult }
  | { readonly ok: false; readonly error: RecordError };

/** The id an entity record claims: a non-empty string id, else undefined. */
export function entityIdOf(record: unknown): string | undefined {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return undefined;
  const id = (record as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/** The issue of an entity whose id an earlier entity of the batch has (the first is scored). */
export function duplicateEntityIssue(id: string, firstIndex: number) {
  return makeIssue(
    ['id'],
    'duplicate_id',
    `the id ${JSON.stringify(id)} is already used by entity record ${firstIndex} of this batch; each entity needs its own id`,
    { firstIndex },
  );
}
