import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, temporaryDirectory } from './helpers/cli.js';

// The example county: generated deterministically, and the first thing a newcomer runs.

const examples = join(REPO_ROOT, 'examples');
const temporary = temporaryDirectory();
afterAll(() => temporary.remove());

describe('examples', () => {
  it('are what generate.mjs writes, byte for byte', () => {
    copyFileSync(join(examples, 'generate.mjs'), join(temporary.path, 'generate.mjs'));
    execFileSync(process.execPath, [join(temporary.path, 'generate.mjs')], { stdio: 'ignore' });
    for (const name of ['county.json', 'county.ndjson']) {
      expect(
        readFileSync(join(temporary.path, name)).equals(readFileSync(join(examples, name))),
      ).toBe(true);
    }
  });

  it('evaluate to the same villages as a batch document and as NDJSON, with their bad records', async () => {
    const [json, ndjson] = await Promise.all([
      runCli(['evaluate', 'examples/county.json']),
      runCli(['evaluate', 'examples/county.ndjson', '--format', 'ndjson']),
    ]);
    expect(json.status).toBe(1);
    expect(ndjson.status).toBe(1);
    const villages = (JSON.parse(json.stdout) as { villages: Record<string, unknown>[] }).villages;
    const lines = ndjson.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map(({ line: _l, model: _m, evalYear: _y, ...village }) => village)).toEqual(
      villages,
    );
    expect(villages).toHaveLength(12);
    expect(json.stderr).toMatch(/invalid records: +5 household records, 1 village/);
    expect(json.stderr).toContain('houses[0].areaM2: at most 2 decimal places, got "120.555"');
  });

  it('never print a household head’s name in a message', async () => {
    const names = new Set<string>();
    for (const line of readFileSync(join(examples, 'county.ndjson'), 'utf8').trim().split('\n')) {
      const village = JSON.parse(line) as { households: { head?: { name?: string } }[] };
      for (const h of village.households) if (h.head?.name !== undefined) names.add(h.head.name);
    }
    const run = await runCli(['validate', 'examples/county.json']);
    const evaluate = await runCli(['evaluate', 'examples/county.json']);
    for (const name of names) {
      expect(run.stdout).not.toContain(name);
      expect(evaluate.stderr).not.toContain(name);
      expect(evaluate.stdout).not.toContain(name);
    }
  });
});
