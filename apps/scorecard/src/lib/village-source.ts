/**
 * A village of a run as it was sent, read back from its JSON text (see `VillageRun.source`) when
 * it is needed, and kept for the next time: only the villages opened are ever held as objects.
 */
import type { VillageRun } from '../worker/run-batch';
import type { HouseholdResult, VillageResult } from './core-adapter';

const parsed = new WeakMap<VillageRun, Record<string, unknown> | null>();

function sourceOf(village: VillageRun): Record<string, unknown> | null {
  let value = parsed.get(village);
  if (value === undefined) {
    const read = village.source === null ? null : (JSON.parse(village.source) as unknown);
    value =
      typeof read === 'object' && read !== null && !Array.isArray(read)
        ? (read as Record<string, unknown>)
        : null;
    parsed.set(village, value);
  }
  return value;
}

/** The village's household records as sent (to open one in the form); `null` when none. */
export function villageRecords(village: VillageRun): readonly unknown[] | null {
  const households = sourceOf(village)?.households;
  return Array.isArray(households) ? households : null;
}

/** The village as sent, for the core to evaluate again (notice, model comparison); `null` when it cannot be. */
export function villageInput(village: VillageRun): unknown {
  return village.rebuildable ? sourceOf(village) : null;
}

const results = new WeakMap<VillageRun, readonly HouseholdResult[]>();

/** The village's household results (read back from its result's text, once). */
export function villageHouseholds(village: VillageRun): readonly HouseholdResult[] {
  let households = results.get(village);
  if (households === undefined) {
    households = (JSON.parse(village.resultText) as VillageResult).households;
    results.set(village, households);
  }
  return households;
}
