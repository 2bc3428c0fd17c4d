import { batchToWorkbook } from '../../src/index.js';

/** A batch as the review tests read it: villages of households, each a JSON object. */
export type ReviewBatch = { villages: { households: Record<string, unknown>[] }[] };

/**
 * review.json (or any batch) without what a workbook cannot carry as it is (the vector's own
 * mistakes: a panel size as text, a review without marks, unknown keys, an empty reviewer id),
 * and without its empty objects (absent in a workbook, the same to FORMATS): written, it loses
 * nothing. The households the writer names are dropped; `batch` itself is left as it was.
 */
export function heldReviews(batch: ReviewBatch): ReviewBatch {
  const held = structuredClone(batch);
  const drop = new Set<string>();
  for (const { path, en } of batchToWorkbook(held).lost) {
    const [, v, , h, key] = path as [string, number, string, number, string];
    const household = held.villages[v]?.households[h];
    if (/empty object/.test(en) && household !== undefined && path.length === 5)
      delete household[key];
    else drop.add(`${v}/${h}`);
  }
  for (const [v, village] of held.villages.entries())
    village.households = village.households.filter((_, h) => !drop.has(`${v}/${h}`));
  return held;
}
