import type { LostField } from '../../src/index.js';

type Json = Record<string, unknown>;

/** The household a lost path lies in (`["villages", v, "households", h, …]`), when it does. */
export function householdOf(path: readonly (string | number)[]): [number, number] | undefined {
  const [villages, v, households, h] = path;
  return villages === 'villages' && households === 'households' && typeof v === 'number'
    ? typeof h === 'number'
      ? [v, h]
      : undefined
    : undefined;
}

/**
 * The part of a batch document a workbook holds whole: a copy without the households `lost`
 * names, and without the empty objects it names (which read back as absent, the same thing to
 * FORMATS). Written again, this part loses nothing.
 */
export function heldPart(document: unknown, lost: readonly LostField[]): Json {
  const copy = structuredClone(document) as { villages: { households: Json[] }[] };
  const dropped = new Set<string>();
  for (const item of lost) {
    const at = householdOf(item.path);
    if (at === undefined) throw new Error(`a loss outside the households: ${item.path.join('.')}`);
    if (/empty object/.test(item.en)) {
      let target: unknown = copy;
      for (const part of item.path.slice(0, -1)) target = (target as Json)[part as string];
      delete (target as Json)[item.path.at(-1) as string];
    } else dropped.add(at.join('/'));
  }
  for (const [v, village] of copy.villages.entries())
    village.households = village.households.filter((_, h) => !dropped.has(`${v}/${h}`));
  return copy as unknown as Json;
}
