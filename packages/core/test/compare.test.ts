import {
  compareEvaluations,
  compareResults,
  defaultModelDocument,
  evaluateBatch,
  formatPath,
  InputError,
  parseModel,
} from '@credit-village/core';
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

describe('compare checks scores and grades against the model', () => {
  const result = () => JSON.parse(JSON.stringify(evaluateBatch(readVector('golden.json'))));

  function problem(before: unknown, after: unknown, options = {}): string {
    try {
      compareEvaluations(before, after, options);
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return (error as InputError).issues
        .map((i) => `${formatPath(i.path)} ${i.message}`)
        .join('\n');
    }
    throw new Error('compared without a problem');
  }

  it('a score of 1e9 is an error naming the village and household, not a histogram of 1e8 bins', () => {
    const bad = result();
    bad.villages[0].households[3].score = 1e9;
    const message = problem(result(), bad);
    expect(message).toMatch(/villages\[0\]\.households\[3\]\.score/);
    expect(message).toMatch(
      /village golden, household H4: the score 1000000000 is not one model wangjiang-default v2 gives \(a whole number from 0 to 100\)/,
    );
    expect(problem(bad, result())).toMatch(/households\[3\]\.score/);
  });

  it.each([
    [
      'an unknown grade',
      (h: Json) => Object.assign(h, { grade: 'Z' }),
      /grade Z is not one of model/,
    ],
    ['a negative score', (h: Json) => Object.assign(h, { score: -1 }), /households\[0\]\.score/],
    [
      'a fractional score',
      (h: Json) => Object.assign(h, { score: 50.5 }),
      /households\[0\]\.score/,
    ],
    ['a score as text', (h: Json) => Object.assign(h, { score: '50' }), /households\[0\]\.score/],
    ['a limit with 3 decimals', (h: Json) => Object.assign(h, { limit: '1.000' }), /limit/],
  ])('%s is an error at its path', (_, spoil, why) => {
    const bad = result();
    spoil(bad.villages[0].households[0]);
    expect(problem(result(), bad)).toMatch(why);
  });

  it('a rating the model does not have is an error', () => {
    const bad = result();
    bad.villages[0].rating = 'AAAA';
    expect(problem(result(), bad)).toMatch(/villages\[0\]\.rating .*AAAA is not one of model/);
  });

  it('a result of a model not given is checked against the scale it declares, never above any model', () => {
    const other = result();
    other.model = { ...other.model, id: 'county', hash: `sha256:${'1'.repeat(64)}` };
    expect(compareEvaluations(other, other).overall.stability.psi).toBe('0.0000');
    other.villages[0].households[0].score = 1e9;
    expect(problem(other, other)).toMatch(
      /score 1000000000 is not one model county v2 gives \(a whole number from 0 to 100\)/,
    );
    // Components claiming absurd maxima cannot open the door: no model gives more than 104,000.
    for (const h of other.villages[0].households) h.components[0].max = 1e9;
    expect(problem(other, other)).toMatch(/from 0 to 104000/);
  });

  it('the score bins end at the highest score of the models compared', () => {
    const document = defaultModelDocument() as Json & {
      score: { civility: { dimensions: Json[] } };
      examples?: unknown;
    };
    document.id = 'county-wider';
    document.score.civility.dimensions.push({ code: 'frugality' });
    delete document.examples;
    const county = parseModel(document);
    const batch = readVector('golden.json') as { villages: { households: Json[] }[] };
    for (const h of batch.villages[0]?.households ?? []) {
      const civility = h.civility as Json | undefined;
      if (civility !== undefined) civility.frugality = 'good';
    }
    const evaluatedA = evaluateBatch(structuredClone(batch));
    const evaluatedB = evaluateBatch(structuredClone(batch), { model: county });
    const components = evaluatedB.villages[0]?.households[0]?.components ?? [];
    const max = components.reduce((n, c) => n + c.max, 0);
    expect(max).toBeGreaterThan(100);
    const report = compareEvaluations(evaluatedA, evaluatedB, { models: [county] });
    const bins = report.overall.stability.bins;
    expect(bins.at(-1)?.scores).toBe(`${(bins.length - 1) * 10}–${max}`);
    expect(bins).toHaveLength(Math.ceil(max / 10));
  });
});

describe('compare at county scale', () => {
  it('compares 100,000 households with no spread of the scores onto the stack', () => {
    const golden = readVector('golden.json') as { evalYear: number; villages: Json[] };
    const village = golden.villages[0] as Json & { households: Json[] };
    const households = Array.from({ length: 100_000 }, (_, i) => ({
      ...(village.households[i % village.households.length] as Json),
      id: `h${i}`,
    }));
    const result = evaluateBatch({
      evalYear: golden.evalYear,
      villages: [{ ...village, householdsTotal: 100_000, households }],
    });
    const report = compareResults(result, result);
    expect(report.overall.households.matched).toBe(100_000);
    expect(report.overall.stability.psi).toBe('0.0000');
    expect(report.overall.stability.bins).toHaveLength(10);
  });
});
