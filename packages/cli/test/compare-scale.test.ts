import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readVector, runCli, temporaryDirectory } from './helpers/cli.js';
import { type CountyResults, writeCountyResults } from './helpers/county-results.js';

// compare reads every result evaluate writes, whatever its size: a result document of 300,000
// households (far over the 128 MB a JSON document may have when read whole) is streamed, and so
// are NDJSON results; scores and grades are checked against the model.

type Json = Record<string, unknown>;
const temporary = temporaryDirectory();
afterAll(() => temporary.remove());

interface Report {
  overall: {
    households: Json;
    downgrades: number;
    upgrades: number;
    totalLimit: { before: string; after: string };
    stability: { bins: unknown[] };
  };
  villages: unknown[];
}

describe('compare at county scale', () => {
  let county: CountyResults;
  beforeAll(() => {
    county = writeCountyResults(temporary.path, 300, 1000);
  }, 180_000);

  it('compares two years of 300,000 households, as result documents and as NDJSON', async () => {
    for (const file of [county.before.json, county.after.json])
      expect(statSync(file).size).toBeGreaterThan(128 * 1024 * 1024);
    const runs = await Promise.all([
      runCli(['compare', county.before.json, county.after.json, '--json']),
      runCli(['compare', county.before.ndjson, county.after.ndjson, '--json']),
    ]);
    for (const run of runs) {
      expect(run.status, run.stderr).toBe(0);
      const report = JSON.parse(run.stdout) as Report;
      expect(report.overall.households).toEqual(county.expected.households);
      expect(report.overall.downgrades).toBe(county.expected.downgrades);
      expect(report.overall.upgrades).toBe(0);
      expect(report.overall.totalLimit).toMatchObject(county.expected.totalLimit);
      expect(report.overall.stability.bins).toHaveLength(10);
      expect(report.villages).toHaveLength(300);
    }
    expect(runs[1]?.stdout).toBe(runs[0]?.stdout);
  }, 180_000);
});

describe('compare checks result files against their model', () => {
  const golden = readVector('golden.json') as { evalYear: number; villages: Json[] };

  async function results(name: string, batch: unknown = golden): Promise<Json> {
    const input = join(temporary.path, `${name}-batch.json`);
    writeFileSync(input, JSON.stringify(batch));
    const run = await runCli(['evaluate', input]);
    return JSON.parse(run.stdout) as Json;
  }

  function write(name: string, value: unknown): string {
    const path = join(temporary.path, name);
    writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
    return path;
  }

  it('a score of 1e9 is status 2 naming the village and household, at once', async () => {
    const good = await results('good');
    const bad = structuredClone(good) as { villages: { households: Json[] }[] };
    (bad.villages[0]?.households[2] as Json).score = 1e9;
    const run = await runCli(['compare', write('good.json', good), write('bad.json', bad)]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/the later results \(.*bad\.json\) cannot be compared/);
    expect(run.stderr).toMatch(
      /villages\[0\]\.households\[2\]\.score: village golden, household H3: the score 1000000000 is not one model wangjiang-default v2 gives \(a whole number from 0 to 100\)/,
    );
  });

  it('an unknown grade in NDJSON results names the line', async () => {
    const good = await results('lines');
    const village = (good.villages as Json[])[0] as Json & { households: Json[] };
    const line = (n: number, grade?: string) =>
      JSON.stringify({
        line: n,
        model: good.model,
        evalYear: good.evalYear,
        ...village,
        households: village.households.map((h, i) => (i === 1 && grade ? { ...h, grade } : h)),
      });
    const before = write('before.ndjson', `${line(1)}\n${line(2)}\n`);
    const after = write('after.ndjson', `${line(1)}\n${line(2, 'S')}\n`);
    const run = await runCli(['compare', before, after]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/line 2: households\[1\]\.grade: .*the grade S is not one of model/);
  });

  it('NDJSON lines of different years or models are refused', async () => {
    const good = await results('years');
    const village = (good.villages as Json[])[0] as Json;
    const line = (n: number, extra: Json) =>
      JSON.stringify({ line: n, model: good.model, evalYear: good.evalYear, ...village, ...extra });
    const years = write('years.ndjson', `${line(1, {})}\n${line(2, { evalYear: 2025 })}\n`);
    const run = await runCli(['compare', years, years]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/line 2: evaluated for 2025, the lines before for 2024/);
    const other = { ...(good.model as Json), hash: `sha256:${'2'.repeat(64)}` };
    const models = write('models.ndjson', `${line(1, {})}\n${line(2, { model: other })}\n`);
    const mixed = await runCli(['compare', models, models]);
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toMatch(/line 2: evaluated with another model than line 1/);
  });

  it('results of a county model need that model: --model-a (or --model-b) gives it', async () => {
    const shown = await runCli(['model', 'show', '--document-only']);
    const document = JSON.parse(shown.stdout) as Json;
    const model = write('county-model.json', { ...document, id: 'county', examples: [] });
    const input = write('county-batch.json', golden);
    const out = join(temporary.path, 'county-results.json');
    expect((await runCli(['evaluate', input, '--model', model, '-o', out])).status).toBe(0);
    const without = await runCli(['compare', out, out]);
    expect(without.status).toBe(2);
    expect(without.stderr).toMatch(/evaluated with model county v2 .* not among the models given/);
    expect(without.stderr).toMatch(/--model-a/);
    const withModel = await runCli(['compare', out, out, '--model-a', model]);
    expect(withModel.status, withModel.stderr).toBe(0);
    expect(withModel.stdout).toContain('score stability (PSI): 0.0000 stable');
  });
});
