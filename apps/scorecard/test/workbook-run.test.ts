import { batchToWorkbook } from '@credit-village/workbook';
import { describe, expect, test } from 'vitest';
import { defaultModel, type HouseholdResult } from '../src/lib/core-adapter';
import { villageHouseholds } from '../src/lib/village-source';
import { runBatch, type VillageRun } from '../src/worker/run-batch';
import { isWorkbookFile } from '../src/worker/workbook-file';
import { runWorkbookBatch, runWorkbookJob } from '../src/worker/workbook-jobs';
import { vectorText } from './helpers';

const model = defaultModel();

/** A vector written as a collection workbook by the workbook package. */
function workbookOf(name: string): Uint8Array {
  return batchToWorkbook(JSON.parse(vectorText(name)), { model }).bytes;
}

/** What a household's result comes to: score, components, grade, limit, vetoes. */
function essentials(household: HouseholdResult) {
  const { id, score, components, grade, limit, vetoes, limitBoundBy } = household;
  return { id, score, components, grade, limit, vetoes, limitBoundBy };
}

function households(villages: readonly VillageRun[]) {
  return villages.flatMap((village) => villageHouseholds(village).map(essentials));
}

describe('a collection workbook in the village review', () => {
  test.each(['golden.json', 'random.json', 'random-edge.json'])(
    '%s as a workbook gives the scores, grades, limits and ratings of the JSON',
    (name) => {
      const json = runBatch(vectorText(name), { fileName: name, model });
      const xlsx = runWorkbookBatch(workbookOf(name), { fileName: 'book.xlsx', model });
      if (!json.ok || !xlsx.ok) throw new Error('both runs should succeed');
      expect(households(xlsx.run.villages)).toEqual(households(json.run.villages));
      expect(xlsx.run.villages.map((v) => [v.result.id, v.result.rating, v.result.score])).toEqual(
        json.run.villages.map((v) => [v.result.id, v.result.rating, v.result.score]),
      );
      expect(xlsx.run.summary).toEqual(json.run.summary);
      // Every 农户 row of the workbook is a household of the run, scored or in error.
      const collected = xlsx.run.villages.reduce((n, v) => n + v.result.counts.collected, 0);
      expect(xlsx.run.workbook?.rows.households).toBe(collected);
      expect(xlsx.run.workbook?.yearFromSheet).toBe(true);
    },
  );

  test('each problem of a bad record is placed on its sheet, row and column', () => {
    const outcome = runWorkbookBatch(workbookOf('invalid.json'), {
      fileName: 'invalid.xlsx',
      model,
    });
    if (!outcome.ok) throw new Error('invalid.json is a readable workbook');
    const [village] = outcome.run.villages;
    const errors = village?.result.errors ?? [];
    const e = errors.findIndex((error) => error.id === 'b-area3dp');
    const i = errors[e]?.issues.findIndex((issue) => issue.path.join('.') === 'houses.0.areaM2');
    expect(i).toBeGreaterThanOrEqual(0);
    const place = village?.workbook?.places[e]?.[i ?? -1];
    // The house's own row of 房屋 (row 3 is the first data row; b-area3dp's is its village's first house).
    expect(place?.sheet).toBe('房屋');
    expect(place?.label).toBe('面积（m²）');
    expect(place?.key).toBe('areaM2');
    expect(place?.row).toBe(village?.workbook?.rows.households[errors[e]?.index ?? -1]?.houses[0]);
    // Every issue of every error has its place (or null), one for one.
    for (const [n, error] of errors.entries())
      expect(village?.workbook?.places[n]).toHaveLength(error.issues.length);
  });

  test('a file that is not a workbook is refused with the reason, naming no record', async () => {
    const bytes = new TextEncoder().encode('PK\u0003\u0004 not really a zip');
    expect(await isWorkbookFile(new Blob([bytes]), 'renamed.json')).toBe(true);
    const outcome = runWorkbookBatch(bytes, { fileName: 'renamed.xlsx', model });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.workbookIssues?.map((i) => i.code)).toEqual(['not_xlsx']);
    expect(outcome.workbookIssues?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  test('a workbook without an evaluation year fails as a batch without one does', async () => {
    const template = await runWorkbookJob({ type: 'templateWorkbook', model: null }, model);
    if (template.kind !== 'bytes') throw new Error('bytes expected');
    const outcome = runWorkbookBatch(template.bytes, { fileName: 't.xlsx', model });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues.map((i) => i.path)).toEqual([['evalYear']]);
    const withYear = runWorkbookBatch(template.bytes, {
      fileName: 't.xlsx',
      model,
      evalYear: 2024,
    });
    expect(withYear.ok && withYear.run.villages).toEqual([]);
  });

  test('villages streamed to the page carry their places too', () => {
    const streamed: VillageRun[] = [];
    const outcome = runWorkbookBatch(workbookOf('invalid.json'), {
      fileName: 'invalid.xlsx',
      model,
      onVillage: (village) => streamed.push(village),
    });
    expect(outcome.ok && outcome.run.villages).toEqual([]);
    expect(streamed.length).toBe(JSON.parse(vectorText('invalid.json')).villages.length);
    expect(streamed.every((village) => village.workbook !== undefined)).toBe(true);
  });
});
