import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readVector, runCli, temporaryDirectory } from './helpers/cli.js';

// Worker threads have small heaps (a flat peak for ordinary lines): valid input within the
// bounds of FORMATS.md must still evaluate with any number of threads, to the same bytes.

type Json = Record<string, unknown>;
const temporary = temporaryDirectory();
afterAll(() => temporary.remove());
const golden = readVector('golden.json') as { evalYear: number; villages: Json[] };
const template = golden.villages[0] as Json & { households: Json[] };

function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Evaluates `input` with each worker setting, each to its own file; returns their hashes. */
async function hashes(
  input: string,
  settings: readonly (readonly string[])[],
  extra: readonly string[] = [],
  env: Readonly<Record<string, string>> = {},
): Promise<string[]> {
  const out: string[] = [];
  for (const [i, workers] of settings.entries()) {
    const file = join(temporary.path, `out-${i}-${Date.now()}.ndjson`);
    const run = await runCli(
      ['evaluate', input, '-f', 'ndjson', ...workers, ...extra, '-o', file],
      {
        env,
      },
    );
    expect(run.status, `${workers.join(' ')}: ${run.stderr}`).toBe(0);
    expect(run.stderr).not.toMatch(/memory|internal error/);
    out.push(sha256(file));
  }
  return out;
}

describe('a village of 100,000 households (the most FORMATS.md allows)', () => {
  const input = join(temporary.path, 'largest-village.ndjson');
  beforeAll(() => {
    const households = Array.from({ length: 100_000 }, (_, i) => ({
      ...(template.households[i % template.households.length] as Json),
      id: `h${i}`,
    }));
    const small = { ...template, id: 'small', evalYear: golden.evalYear };
    const largest = {
      ...template,
      id: 'largest',
      evalYear: golden.evalYear,
      householdsTotal: 100_000,
      households,
    };
    writeFileSync(input, `${JSON.stringify(small)}\n${JSON.stringify(largest)}\n`);
  });

  it('evaluates after a small line by default, with 2 threads and with 1, to the same bytes', async () => {
    const [byDefault, two, one] = await hashes(input, [[], ['--workers', '2'], ['--workers', '1']]);
    expect(byDefault).toBe(one);
    expect(two).toBe(one);
  }, 180_000);
});

describe('a large valid model', () => {
  it('a model of about 27 MB that passes model check evaluates in worker threads, to the same bytes', async () => {
    const shown = await runCli(['model', 'show', '--document-only']);
    const document = JSON.parse(shown.stdout) as Json & {
      assets: { houses: { structures: Json[] }; livestock: { species: Json[] } };
      score: { civility: { dimensions: Json[]; levels: Json[] }; creditRecord: { levels: Json[] } };
    };
    // Labels in a few thousand languages on every structure, species, dimension and level.
    const label = Object.fromEntries(
      Array.from({ length: 2350 }, (_, i) => [`zh-v${i}`, `${'label '.repeat(80)}${i}`]),
    );
    for (const entry of [
      ...document.assets.houses.structures,
      ...document.assets.livestock.species,
      ...document.score.civility.dimensions,
      ...document.score.civility.levels,
      ...document.score.creditRecord.levels,
    ])
      entry.label = { ...(entry.label as Json), ...label };
    const model = join(temporary.path, 'large-model.json');
    writeFileSync(model, JSON.stringify({ ...document, id: 'large' }));
    expect(readFileSync(model).length).toBeGreaterThan(25 * 1024 * 1024);
    expect((await runCli(['model', 'check', model])).status).toBe(0);

    const lines = Array.from({ length: 60 }, (_, i) =>
      JSON.stringify({ ...template, id: `v${i}`, evalYear: golden.evalYear }),
    );
    const input = join(temporary.path, 'villages.ndjson');
    writeFileSync(input, `${lines.join('\n')}\n`);
    const [two, one] = await hashes(
      input,
      [
        ['--workers', '2'],
        ['--workers', '1'],
      ],
      ['--model', model],
      { CREDIT_VILLAGE_CHUNK_BYTES: '20000' },
    );
    expect(two).toBe(one);
  }, 180_000);
});

describe('--workers far above the cores', () => {
  it('is capped at the cores with a note, and gives the same bytes', async () => {
    const lines = Array.from({ length: 40 }, (_, i) =>
      JSON.stringify({ ...template, id: `v${i}`, evalYear: golden.evalYear }),
    );
    const input = join(temporary.path, 'capped.ndjson');
    writeFileSync(input, `${lines.join('\n')}\n`);
    const env = { CREDIT_VILLAGE_CHUNK_BYTES: '3000', CREDIT_VILLAGE_MAX_WORKERS: '2' };
    const [many, one] = await Promise.all([
      runCli(['evaluate', input, '-f', 'ndjson', '--workers', '64'], { env }),
      runCli(['evaluate', input, '-f', 'ndjson', '--workers', '1'], { env }),
    ]);
    expect(many.status, many.stderr).toBe(0);
    expect(many.stderr).toMatch(
      /note: --workers 64 is more than the 2 cores here: using 2 threads \(more would only add memory\)/,
    );
    expect(many.stdout).toBe(one.stdout);
  });
});
