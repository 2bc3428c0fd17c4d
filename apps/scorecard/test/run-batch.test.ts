import { describe, expect, test } from 'vitest';
import { readBatchText } from '../src/lib/batch-file';
import { defaultModel } from '../src/lib/core-adapter';
import { villageHouseholds, villageRecords } from '../src/lib/village-source';
import { runBatch, type VillageRun } from '../src/worker/run-batch';
import { vectorText } from './helpers';

const model = defaultModel();

describe('evaluating a batch file village by village', () => {
  test('a JSON document: every village and household, with progress', () => {
    const progress: [number, number][] = [];
    const outcome = runBatch(vectorText('golden.json'), {
      fileName: 'golden.json',
      model,
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const [village] = outcome.run.villages;
    expect(village?.result.id).toBe('golden');
    expect(village === undefined ? [] : villageHouseholds(village).map((h) => h.id)).toEqual([
      'H1',
      'H2',
      'H3',
      'H4',
      'H5',
      'H6',
      'H7',
      'H8',
      'H9',
    ]);
    expect(village === undefined ? null : villageRecords(village)).toHaveLength(9);
    expect(village?.evalYear).toBe(2024);
    expect(progress).toEqual([[9, 9]]);
  });

  test('the bad records of invalid.json are reported with their paths', () => {
    const outcome = runBatch(vectorText('invalid.json'), { fileName: 'invalid.json', model });
    if (!outcome.ok) throw new Error('unexpected');
    const errors = outcome.run.villages[0]?.result.errors ?? [];
    const area = errors.find((e) => e.id === 'b-area3dp');
    expect(area?.index).toBe(1);
    expect(area?.issues.map((i) => i.path)).toContainEqual(['houses', 0, 'areaM2']);
  });

  test('NDJSON: one village per line, each with its own year; a bad line is named, not fatal', () => {
    const golden = JSON.parse(vectorText('golden.json')) as { villages: Record<string, unknown>[] };
    const village = golden.villages[0] ?? {};
    const text = [
      JSON.stringify({ ...village, evalYear: 2024 }),
      '{ not json',
      '',
      JSON.stringify({ ...village, id: 'no-year' }),
    ].join('\n');
    const outcome = runBatch(text, { fileName: 'villages.ndjson', model });
    if (!outcome.ok) throw new Error('unexpected');
    const [first, bad, noYear] = outcome.run.villages;
    expect(first === undefined ? [] : villageHouseholds(first)).toHaveLength(9);
    expect(bad?.line).toBe(2);
    expect(bad?.result.errors[0]?.issues[0]?.message).toContain('line 2');
    expect(noYear?.result.id).toBe('no-year');
    expect(noYear?.result.errors[0]?.issues[0]?.path).toEqual(['evalYear']);
  });

  test('an override year applies to NDJSON lines too', () => {
    const golden = JSON.parse(vectorText('golden.json')) as { villages: Record<string, unknown>[] };
    const outcome = runBatch(JSON.stringify(golden.villages[0]), {
      fileName: 'v.ndjson',
      model,
      evalYear: 2024,
    });
    if (!outcome.ok) throw new Error('unexpected');
    expect(villageHouseholds(outcome.run.villages[0] as VillageRun)).toHaveLength(9);
  });

  test('an unusable document fails as a whole with the core’s issues', () => {
    const outcome = runBatch('{"villages": 3}', { fileName: 'x.json', model });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues.map((i) => i.path.join('.'))).toEqual(['villages', 'evalYear']);
    expect(runBatch('not json at all', { fileName: 'x.json', model }).ok).toBe(false);
  });

  test('a single-object file holding households is read as a one-line NDJSON village', () => {
    expect(readBatchText('{"id":"v","households":[]}', 'v.json').kind).toBe('ndjson');
    expect(readBatchText('{"evalYear":2024,"villages":[]}', 'v.json').kind).toBe('json');
  });
});

describe('keys written twice in a loaded file', () => {
  test('a household that writes a key twice is listed with the key, never scored on the last value', () => {
    const text = vectorText('golden.json').replace(
      '"id": "H1",',
      '"id": "H1", "vetoes": ["V1"], "vetoes": [],',
    );
    expect(text).not.toBe(vectorText('golden.json'));
    const outcome = runBatch(text, { fileName: 'golden.json', model });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const village = outcome.run.villages[0];
    const result = village?.result;
    expect(village === undefined ? [] : villageHouseholds(village).map((h) => h.id)).not.toContain(
      'H1',
    );
    const h1 = result?.errors.find((e) => e.id === 'H1');
    expect(h1?.issues.map((i) => [i.path, i.code])).toContainEqual([['vetoes'], 'duplicate_key']);
  });

  test('an NDJSON line that writes a key twice is that village’s error', () => {
    const village = JSON.parse(vectorText('golden.json')).villages[0];
    const line = JSON.stringify({ ...village, evalYear: 2024 }).replace(
      '"householdsTotal":',
      '"householdsTotal":1,"householdsTotal":',
    );
    const outcome = runBatch(`${line}\n`, { fileName: 'v.ndjson', model });
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const result = outcome.run.villages[0]?.result;
    expect(result?.rating).toBeNull();
    expect(result?.errors.flatMap((e) => e.issues.map((i) => i.code))).toContain('duplicate_key');
  });
});
