import { idKey } from '../../lib/core-adapter';
import type { ObjectionsReport } from './objections-core';

/**
 * The households held by the objections register (复核中: a pending or overdue objection, so the
 * rating is not final and no bank should lend on it yet), as the village review marks them.
 * Matched by the id rule (NFKC), so a register that writes an id in another Unicode form still
 * marks its household; the core decided which households are held.
 */
export interface HeldMarks {
  /** The register's file name (or `null` for one started in the app), and the day tracked. */
  readonly register: string | null;
  readonly today: string;
  /** Whether this household of this village is held. */
  has(village: string | null, household: string): boolean;
  /** How many households of this village are held. */
  count(village: string | null): number;
}

/** The held households of a tracked register, for the village review. */
export function heldMarks(report: ObjectionsReport, register: string | null): HeldMarks {
  const byVillage = new Map<string, Set<string>>();
  for (const { village, household } of report.held) {
    const key = idKey(village);
    const households = byVillage.get(key) ?? new Set<string>();
    households.add(idKey(household));
    byVillage.set(key, households);
  }
  const of = (village: string | null) =>
    village === null ? undefined : byVillage.get(idKey(village));
  return {
    register,
    today: report.today,
    has: (village, household) => of(village)?.has(idKey(household)) === true,
    count: (village) => of(village)?.size ?? 0,
  };
}
