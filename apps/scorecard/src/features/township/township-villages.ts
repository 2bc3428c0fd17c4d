import { type EntityResult, idKey, type TownshipResult } from '../../lib/core-adapter';
import type { VillageRun } from '../../worker/run-batch';

/**
 * The villages of a run naming each township, by the id rule (docs/formats.md §15.2). Villages
 * naming a repeated id belong to its first record, as the core counts them: a later township
 * with the same id gets none.
 */
export function villagesByTownship(
  townships: readonly TownshipResult[],
  villages: readonly VillageRun[],
): ReadonlyMap<number, readonly number[]> {
  const first = new Map<string, number>();
  townships.forEach((township, index) => {
    if (township.id === null) return;
    const key = idKey(township.id);
    if (!first.has(key)) first.set(key, index);
  });
  const out = new Map<number, number[]>(townships.map((_, i) => [i, []]));
  villages.forEach((village, villageIndex) => {
    const named = village.result.township;
    if (named === undefined) return;
    const index = first.get(idKey(named));
    if (index !== undefined) out.get(index)?.push(villageIndex);
  });
  return out;
}

/**
 * The scored entities naming each township (first record of an id, as for villages), and how
 * many name none of them.
 */
export function entitiesByTownship(
  townships: readonly TownshipResult[],
  entities: readonly EntityResult[],
): { readonly byTownship: ReadonlyMap<number, readonly EntityResult[]>; readonly other: number } {
  const first = new Map<string, number>();
  townships.forEach((township, index) => {
    if (township.id !== null && !first.has(idKey(township.id)))
      first.set(idKey(township.id), index);
  });
  const byTownship = new Map<number, EntityResult[]>(townships.map((_, i) => [i, []]));
  let other = 0;
  for (const entity of entities) {
    const index = entity.township === undefined ? undefined : first.get(idKey(entity.township));
    if (index === undefined) other++;
    else byTownship.get(index)?.push(entity);
  }
  return { byTownship, other };
}

/** A township as the review names it: its name (and id), or its position when it has no id. */
export function townshipLabel(township: TownshipResult, index: number, unnamed: string): string {
  const base = township.id ?? `${unnamed} ${index + 1}`;
  return township.name === undefined || township.name === '' ? base : `${township.name} · ${base}`;
}
