import { describe, expect, test } from 'vitest';
import { defaultModel } from '../src/lib/core-adapter';
import { runBatch } from '../src/worker/run-batch';
import { vectorText } from './helpers';

// A batch document with townships: its villages name them, and are checked against them
// (docs/model.md §9), so a village naming one of the batch's townships is not an error.

describe('a batch document with townships', () => {
  test('its villages are rated, each naming a township of the batch', () => {
    const outcome = runBatch(vectorText('townships.json'), {
      fileName: 'townships.json',
      model: defaultModel(),
    });
    if (!outcome.ok) throw new Error('townships.json');
    const villages = outcome.run.villages;
    expect(villages).toHaveLength(22);
    expect(villages.every((v) => v.result.township !== undefined)).toBe(true);
    expect(villages.flatMap((v) => v.result.errors)).toEqual([]);
    expect(villages.filter((v) => v.result.rating === 'AAA')).toHaveLength(6);
  });

  test('a village naming a township that is not in the batch is an error at ["township"]', () => {
    const doc = JSON.parse(vectorText('townships.json')) as {
      villages: { township?: string }[];
    };
    const [first] = doc.villages;
    if (first === undefined) throw new Error('no village');
    first.township = 't-9';
    const outcome = runBatch(JSON.stringify(doc), { fileName: 'b.json', model: defaultModel() });
    if (!outcome.ok) throw new Error('b.json');
    const issues = outcome.run.villages[0]?.result.errors[0]?.issues ?? [];
    expect(issues.map((i) => [i.path, i.code])).toEqual([[['township'], 'unknown_township']]);
  });
});
