import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultModel } from '@credit-village/core';
import { afterAll, describe, expect, it } from 'vitest';
import { readVector, runCli, temporaryDirectory, VECTORS } from './helpers/cli.js';

// explain, compare and notice: the office's yearly questions, from the command line.

type Json = Record<string, unknown>;
const temporary = temporaryDirectory();
afterAll(() => temporary.remove());
const golden = readVector('golden.json') as {
  evalYear: number;
  villages: (Json & { households: Json[] })[];
};
const at = (name: string) => join(temporary.path, name);
const vector = (name: string) => join(VECTORS, name);

function write(name: string, value: unknown): string {
  writeFileSync(at(name), JSON.stringify(value));
  return at(name);
}

describe('explain', () => {
  it('prints the receipt of H5 with the half-up line and the next-grade advice', async () => {
    const file = write('h5.json', { evalYear: 2024, household: golden.villages[0]?.households[4] });
    const run = await runCli(['explain', file]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('exact 2715.905 → 2,715.91');
    expect(run.stdout).toContain('Grade: B');
    expect(run.stdout).toContain('repay 297.10 yuan of debt');
    expect(run.stdout).toContain(
      `wangjiang-default version ${defaultModel().version} (${defaultModel().hash})`,
    );
  });

  it('--json gives the explanation and the advice; --eval-year applies to a bare record', async () => {
    const file = write('h9.json', golden.villages[0]?.households[8]);
    const run = await runCli(['explain', file, '--eval-year', '2024', '--json']);
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout) as {
      explanation: { limit: Json; evalYear: number };
      advice: { target: unknown };
    };
    expect(out.explanation.evalYear).toBe(2024);
    expect(out.explanation.limit).toMatchObject({
      raw: '152799.991',
      limit: '152000.00',
      boundBy: 'formula',
    });
    expect(out.advice.target).toBeNull();
  });

  it.each([
    ['a string', '"2024"', /got a string/],
    ['a fraction', '2024.5', /whole number/],
    ['null', 'null', /got null/],
    ['a year out of range', '1800', /from 1900 to 2100, got 1800/],
  ])('an evalYear beside household that is %s is status 2, never ignored', async (_, year, why) => {
    const household = JSON.stringify(golden.villages[0]?.households[4]);
    const file = at('bad-year.json');
    writeFileSync(file, `{"evalYear": ${year}, "household": ${household}}`);
    const run = await runCli(['explain', file]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/evalYear/);
    expect(run.stderr).toMatch(why);
  });

  it("--eval-year overrides the file's evalYear, whatever it holds", async () => {
    const file = write('overridden-year.json', {
      evalYear: 'last year',
      household: golden.villages[0]?.households[4],
    });
    const run = await runCli(['explain', file, '--eval-year', '2024']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('evaluation year 2024');
  });

  it('an invalid record is status 2 with every problem named', async () => {
    const file = write('bad.json', { id: 'x', deposits: '1e3' });
    const run = await runCli(['explain', file, '--eval-year', '2024']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/deposits: write the number in full/);
    expect(run.stderr).toMatch(/income: required/);
  });
});

describe('compare', () => {
  it('a result with repeated ids compared with itself shows no change', async () => {
    const random = readVector('random.json') as { evalYear: number; villages: Json[] };
    const [a, b] = random.villages as [Json & { households: Json[] }, Json];
    const repeated = {
      evalYear: random.evalYear,
      // a village id twice, and a household id twice (the second is listed in errors)
      villages: [{ ...a, households: [...a.households, a.households[0]] }, { ...b, id: a.id }, b],
    };
    const results = at('repeats.json');
    const evaluated = await runCli([
      'evaluate',
      write('repeats-batch.json', repeated),
      '-o',
      results,
    ]);
    expect(evaluated.status).toBe(1);
    const run = await runCli(['compare', results, results]);
    expect(run.status, run.stderr).toBe(0);
    const overall = run.stdout.slice(
      run.stdout.indexOf('Overall:'),
      run.stdout.indexOf('Villages:'),
    );
    expect(overall).toMatch(
      /grades: 0 up, 0 down, [\d,]+ unchanged; credit status gained 0, lost 0/,
    );
    expect(overall).toMatch(/new 0, missing 0/);
    expect(overall).toMatch(/\(\+0\.00\)/);
    expect(overall).toMatch(/score stability \(PSI\): 0\.0000 stable/);
    expect(run.stdout).toContain('Households whose credit status changes (0)');
  });

  it('year over year: the transition matrix, downgrades and a delisted village', async () => {
    const before = at('before.json');
    const after = at('after.json');
    const later = structuredClone(readVector('random.json')) as {
      evalYear: number;
      villages: (Json & { households: Json[] })[];
    };
    later.villages.pop();
    for (const v of later.villages) v.households = v.households.slice(2);
    await runCli([
      'evaluate',
      write('later.json', later),
      '--eval-year',
      '2025',
      '--output',
      after,
    ]);
    await runCli(['evaluate', vector('random.json'), '--output', before]);
    const run = await runCli(['compare', before, after]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Year-over-year comparison: 2024');
    expect(run.stdout).toContain('grade transitions');
    expect(run.stdout).toMatch(/delisted \(摘牌\)/);
    const json = await runCli(['compare', before, after, '--json']);
    const report = JSON.parse(json.stdout) as {
      overall: { households: { missing: number }; villages: { missing: number } };
    };
    expect(report.overall.villages.missing).toBe(1);
    expect(report.overall.households.missing).toBeGreaterThan(0);
  });

  it('two models on one batch: the stricter one takes H3 out of credit', async () => {
    const show = await runCli(['model', 'show', '--document-only']);
    const doc = JSON.parse(show.stdout) as Json & { grades: { minScore: number }[] };
    delete doc.examples;
    doc.id = 'stricter';
    (doc.grades[2] as { minScore: number }).minScore = 75;
    const model = write('stricter.json', doc);
    const run = await runCli(['compare', '--model-b', model, vector('golden.json')]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Model comparison');
    expect(run.stdout).toMatch(/golden H3: A → B, limit 60,000.00 → 0.00/);
  });

  it('wrong arguments or a file that is not a result document are status 2', async () => {
    expect((await runCli(['compare', vector('golden.json')])).status).toBe(2);
    const run = await runCli(['compare', vector('golden.json'), vector('random.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/not a result document/);
  });
});

describe('notice', () => {
  it('writes a printable page and a BOM CSV with masked names and id numbers', async () => {
    const batch = structuredClone(golden);
    const first = batch.villages[0]?.households[0] as Json;
    first.head = { name: '王小明', idNumber: '340827199001011234' };
    (batch.villages[0] as Json).id = '../golden';
    const file = write('notice-batch.json', batch);
    const run = await runCli([
      'notice',
      file,
      '--village',
      '../golden',
      '--date',
      '2024-12-28',
      '--out-dir',
      temporary.path,
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('9 households listed; period 2024-12-28 to 2025-01-03');
    // The id "../golden" becomes a safe file name: no path, never hidden, and a hash of the id
    // so that it cannot meet the files of "_._golden".
    const [html, csvPath] = run.stdout
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.trim());
    expect(csvPath).toMatch(/\/_\._golden-[0-9a-f]{8}-notice\.csv$/);
    const csv = readFileSync(csvPath ?? '', 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('王**');
    expect(csv).toContain('3408**********1234');
    expect(csv).not.toContain('王小明');
    const page = readFileSync(html ?? '', 'utf8');
    expect(page).toContain('@media print');
    expect(page).not.toContain('340827199001011234');
  });

  it('creates a missing --out-dir', async () => {
    const dir = join(temporary.path, 'new', 'notices');
    const run = await runCli([
      'notice',
      vector('golden.json'),
      '--village',
      'golden',
      '--date',
      '2024-12-28',
      '--out-dir',
      dir,
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(dir, 'golden-notice.csv'), 'utf8')).toContain('H1');
  });

  it('an unknown village or a bad date is status 2', async () => {
    const file = vector('golden.json');
    expect(
      (await runCli(['notice', file, '--village', 'nowhere', '--out-dir', temporary.path])).status,
    ).toBe(2);
    const run = await runCli([
      'notice',
      file,
      '--village',
      'golden',
      '--date',
      '2024-13-01',
      '--out-dir',
      temporary.path,
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/YYYY-MM-DD/);
  });
});
