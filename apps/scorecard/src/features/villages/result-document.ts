import type { BatchRun } from '../../worker/run-batch';

/**
 * A run as the result document `credit-village evaluate` writes and year-over-year comparison
 * (`credit-village compare`, the 年度对比 page) reads: `{ model, evalYear, villages, summary }`,
 * with `entities`, `entityErrors`, `townships` and `county` when the batch has them.
 * Its parts are the core's, in the core's order: each village's result is the text the worker
 * wrote, joined in chunks with a pause between them, so 100,000 households never block the page.
 */
export type ResultDocumentPlan =
  | { readonly ok: true; readonly evalYear: number }
  | { readonly ok: false; readonly reason: 'noYear' | 'severalYears' };

/** Whether a run makes one result document: its villages were evaluated in one year. */
export function resultDocumentPlan(run: BatchRun): ResultDocumentPlan {
  const years = new Set<number>();
  for (const village of run.villages) if (village.evalYear !== null) years.add(village.evalYear);
  const [year] = years;
  if (year === undefined) return { ok: false, reason: 'noYear' };
  return years.size === 1 ? { ok: true, evalYear: year } : { ok: false, reason: 'severalYears' };
}

const CHUNK = 50;

/**
 * The result document's text, built without a long task (see above). `evalYear` is `null` only
 * for the app's own use of a run of several years (the credit follow-up, which reads no year):
 * such a document is never offered as a download.
 */
export async function resultDocumentText(run: BatchRun, evalYear: number | null): Promise<Blob> {
  const parts: string[] = [
    `{"model":${JSON.stringify(run.model)},"evalYear":${JSON.stringify(evalYear)},"villages":[`,
  ];
  for (let i = 0; i < run.villages.length; i += CHUNK) {
    const chunk = run.villages.slice(i, i + CHUNK).map((v) => v.resultText);
    parts.push(`${i === 0 ? '' : ','}${chunk.join(',')}`);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  parts.push(']');
  // Entities, townships and the county after the villages, in the core's order (formats.md §15.4).
  if (run.entities !== undefined) {
    const results = run.entities.flatMap((e) => (e.outcome.ok ? [e.outcome.result] : []));
    const errors = run.entities.flatMap((e) => (e.outcome.ok ? [] : [e.outcome.error]));
    parts.push(`,"entities":${JSON.stringify(results)},"entityErrors":${JSON.stringify(errors)}`);
  }
  if (run.townships !== undefined) {
    parts.push(`,"townships":${JSON.stringify(run.townships.townships)}`);
    if (run.townships.county !== undefined)
      parts.push(`,"county":${JSON.stringify(run.townships.county)}`);
  }
  parts.push(`,"summary":${JSON.stringify(run.summary)}}\n`);
  return new Blob(parts, { type: 'application/json' });
}
