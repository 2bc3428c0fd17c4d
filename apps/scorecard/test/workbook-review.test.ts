import { describe, expect, test } from 'vitest';
import { heldReviews as heldFrom } from '../../../packages/workbook/test/helpers/held-reviews';
import { defaultModel } from '../src/lib/core-adapter';
import { runBatch } from '../src/worker/run-batch';
import { runWorkbookBatch, runWorkbookJob } from '../src/worker/workbook-jobs';
import { vectorText } from './helpers';

const model = defaultModel();

/** review.json as a workbook holds it, losing nothing (see the helper). */
const heldReviews = () => heldFrom(JSON.parse(vectorText('review.json')));

describe('households reviewed by a panel (民主评议) in a collection workbook', () => {
  test('the worker evaluates the workbook to the results of the JSON, byte for byte', async () => {
    const held = heldReviews();
    const written = await runWorkbookJob(
      { type: 'batchWorkbook', model: null, document: held },
      model,
    );
    if (written.kind !== 'bytes') throw new Error('bytes expected');
    expect(written.lost).toEqual([]);
    const json = runBatch(JSON.stringify(held), { fileName: 'review.json', model });
    const xlsx = runWorkbookBatch(written.bytes, { fileName: 'review.xlsx', model });
    if (!json.ok || !xlsx.ok) throw new Error('both runs should succeed');
    expect(xlsx.run.villages.map((v) => v.resultText)).toEqual(
      json.run.villages.map((v) => v.resultText),
    );
    expect(xlsx.run.summary).toEqual(json.run.summary);
    // The reviewed households are scored from their panels' marks.
    const results = xlsx.run.villages.flatMap(
      (v) => (JSON.parse(v.resultText) as { households: { review?: unknown }[] }).households,
    );
    expect(results.filter((h) => h.review !== undefined).length).toBeGreaterThanOrEqual(20);
  });

  test('a review’s problems are placed on its 民主评议 rows and cells', async () => {
    const written = await runWorkbookJob(
      { type: 'batchWorkbook', model: null, document: heldReviews() },
      model,
    );
    if (written.kind !== 'bytes') throw new Error('bytes expected');
    const outcome = runWorkbookBatch(written.bytes, { fileName: 'review.xlsx', model });
    if (!outcome.ok) throw new Error('the workbook is readable');
    const village = outcome.run.villages.find((v) => v.result.id === 'r-invalid');
    const errors = village?.result.errors ?? [];
    const e = errors.findIndex((error) => error.id === 'X-bad-mark');
    const error = errors[e];
    const rows = village?.workbook?.rows.households[error?.index ?? -1];
    expect(error?.issues[0]?.path).toEqual(['review', 'marks', 1, 'civility', 'honesty']);
    expect(village?.workbook?.places[e]?.[0]).toMatchObject({
      sheet: '民主评议',
      row: rows?.review?.[1],
      label: model.document.score.civility.dimensions.find((d) => d.code === 'honesty')?.label?.zh,
      key: 'civility.honesty',
    });
    const both = errors.findIndex((x) => x.id === 'X-both');
    const bothRows = village?.workbook?.rows.households[errors[both]?.index ?? -1];
    // Civility on 农户 beside a review: on the review's first row.
    expect(village?.workbook?.places[both]?.[0]).toEqual({
      sheet: '民主评议',
      row: bothRows?.review?.[0],
    });
  });
});
