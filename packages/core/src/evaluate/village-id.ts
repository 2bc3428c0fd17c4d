import { idProblem } from '../schema/ids.js';

/**
 * The id a village claims in its batch: its `id` when that is a non-empty string that follows
 * the id rule (see `schema/ids.ts`), else null.
 */
export function villageIdOf(input: unknown): string | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const id = (input as { id?: unknown }).id;
  return typeof id === 'string' && id !== '' && idProblem(id) === undefined ? id : null;
}
