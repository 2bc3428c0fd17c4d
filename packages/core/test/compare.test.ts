import { compareEvaluations, evaluateBatch } from '@credit-village/core';
import { describe, expect, it } from 'vitest';
import { readVector } from './vectors.js';

type Json = Record<string, unknown>;

/** A batch with what evaluate legitimately emits twice: a village id, a household id. */
function repeats(): Json {
  const random = readVector('random.json') as { evalYear: number; villages: Json[] };
  const [a, b, c] = random.villages as [Json, Json, Json];
  const households = (c.households as Json[]).slice(0, 6);
  // The same household id twice: the second record is an error, listed in `errors`.
  const withRepeat = { ...c, households: [...households, { ...households[2] }] };
  return {
    evalYear: random.evalYear,
    // The id of `a` again, on a village with other households (a village error of its own).
    villages: [a, withRepeat, { ...b, id: a.id }, b],
  };
}

describe('compare with repeated ids', () => {
  it('a result compared with itself changes nothing, whatever repeats it holds', () => {
    const result = JSON.parse(JSON.stringify(evaluateBatch(repeats())));
    const report = compareEvaluations(result, result);
    const { overall } = report;
    expect(overall.upgrades).toBe(0);
    expect(overall.downgrades).toBe(0);
    expect(overall.creditGained + overall.creditLost).toBe(0);
    expect(overall.totalLimit.change).toBe('0.00');
    expect(overall.stability).toMatchObject({ psi: '0.0000', band: 'stable' });
    expect(overall.households).toMatchObject({ new: 0, missing: 0 });
    expect(overall.households.matched).toBe(result.summary.households);
    expect(overall.villages).toMatchObject({ new: 0, missing: 0 });
    expect(report.villages).toHaveLength(4);
    for (const village of report.villages) {
      expect(village.totalLimit.change).toBe('0.00');
      expect(village.upgrades + village.downgrades).toBe(0);
      expect(village.stability.psi).toBe('0.0000');
    }
    expect(report.creditChanges).toEqual([]);
  });

  it('repeats are matched by position among equal ids: the k-th with an id meets the k-th', () => {
    const before = JSON.parse(JSON.stringify(evaluateBatch(repeats())));
    const after = structuredClone(before);
    // The second village with the repeated id disappears this year.
    after.villages.splice(2, 1);
    const report = compareEvaluations(before, after);
    expect(report.overall.villages).toMatchObject({ missing: 1, new: 0 });
    const missing = report.villages.filter((v) => v.move === 'missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]?.households.before).toBe(before.villages[2].households.length);
    expect(report.overall.upgrades + report.overall.downgrades).toBe(0);
  });
});
