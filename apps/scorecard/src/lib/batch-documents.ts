/**
 * Batch documents (`{ evalYear, villages }`, docs/formats.md) rebuilt from a loaded batch file, for
 * the core functions that take one: the public notice and the model comparison. A JSON file is
 * its own document (with the override year, if any); NDJSON lines become documents again, each
 * line under the year it was evaluated in (its own `evalYear`, or the override).
 */
import type { VillageRun } from '../worker/run-batch';
import { villageInput } from './village-source';

/** A batch document as the core reads it. */
export interface BatchDocument {
  readonly evalYear: number;
  readonly villages: readonly unknown[];
}

/** The one-village batch document of a village of a run, or `null` when it has no usable input. */
export function villageDocument(village: VillageRun): BatchDocument | null {
  const input = villageInput(village);
  if (village.evalYear === null || input === null) return null;
  return { evalYear: village.evalYear, villages: [input] };
}

/**
 * The batch documents of a run: one per evaluation year, villages in file order. Lines that are
 * not JSON or had no usable year are left out (they were rejected as a whole: nothing to compare).
 */
export function batchDocuments(villages: readonly VillageRun[]): readonly BatchDocument[] {
  const byYear = new Map<number, unknown[]>();
  for (const village of villages) {
    const document = villageDocument(village);
    if (document === null) continue;
    const list = byYear.get(document.evalYear) ?? [];
    list.push(...document.villages);
    byYear.set(document.evalYear, list);
  }
  return [...byYear].map(([evalYear, list]) => ({ evalYear, villages: list }));
}
