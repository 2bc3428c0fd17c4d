import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, temporaryDirectory } from './helpers/cli.js';

// The example county: generated deterministically, and the first thing a newcomer runs.

const examples = join(REPO_ROOT, 'examples');
const GENERATED = ['county.json', 'county.ndjson', 'county-with-mistakes.json'];
const temporary = temporaryDirectory();
afterAll(() => temporary.remove());

describe('examples', () => {
  it('are what generate.mjs writes, byte for byte', () => {
    const copy = join(temporary.path, 'generator', 'examples');
    mkdirSync(copy, { recursive: true });
    copyFileSync(join(examples, 'generate.mjs'), join(copy, 'generate.mjs'));
    copyFileSync(join(examples, 'generate-entities.mjs'), join(copy, 'generate-entities.mjs'));
    // The generator reads the default model's dimensions and veto codes beside it.
    const model = join(temporary.path, 'generator', 'packages', 'core', 'src', 'model');
    mkdirSync(model, { recursive: true });
    copyFileSync(
      join(REPO_ROOT, 'packages/core/src/model/wangjiang-default.json'),
      join(model, 'wangjiang-default.json'),
    );
    execFileSync(process.execPath, [join(copy, 'generate.mjs')], { stdio: 'ignore' });
    for (const name of GENERATED) {
      expect(readFileSync(join(copy, name)).equals(readFileSync(join(examples, name))), name).toBe(
        true,
      );
    }
  });

  it('the example ledger is what generate-ledger.mjs writes from the example county, byte for byte', () => {
    const out = join(temporary.path, 'ledger');
    mkdirSync(out, { recursive: true });
    execFileSync(process.execPath, [join(examples, 'generate-ledger.mjs'), out], {
      stdio: 'ignore',
    });
    expect(
      readFileSync(join(out, 'ledger.json')).equals(readFileSync(join(examples, 'ledger.json'))),
    ).toBe(true);
  });

  it('the example county is clean: evaluate exits 0, the same as a batch document and as NDJSON', async () => {
    const [json, ndjson] = await Promise.all([
      runCli(['evaluate', 'examples/county.json']),
      runCli(['evaluate', 'examples/county.ndjson', '--format', 'ndjson']),
    ]);
    expect(json.status).toBe(0);
    expect(ndjson.status).toBe(0);
    const document = JSON.parse(json.stdout) as {
      villages: Record<string, unknown>[];
      entities: Record<string, unknown>[];
      townships: Record<string, unknown>[];
      county: Record<string, unknown>;
    };
    const lines = ndjson.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const of = (kind: string | undefined) =>
      lines
        .filter((l) => l.kind === kind)
        .map(({ line: _l, kind: _k, model: _m, evalYear: _y, ...rest }) => rest);
    expect(of(undefined)).toEqual(document.villages);
    expect(of('entity')).toEqual(document.entities);
    expect(of('township')).toEqual(document.townships);
    expect(of('county')).toEqual([document.county]);
    // A county like the seed's: 135 villages in 10 townships, about 215 entities.
    expect(document.villages).toHaveLength(135);
    expect(document.townships).toHaveLength(10);
    expect(document.entities.length).toBeGreaterThan(200);
    expect(document.entities.length).toBeLessThan(230);
    expect(json.stderr).toMatch(/invalid records: +none/);
    // 23 credit villages of 135, as in the seed's county: far from a credit county.
    expect(json.stderr).toContain('信用县：否（信用村占比 0.1704 < 0.60');
  });

  it('the county with mistakes reports each bad record and exits 1', async () => {
    const run = await runCli(['evaluate', 'examples/county-with-mistakes.json']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /invalid records: +5 household records, 2 villages, 4 entity records, 1 township/,
    );
    expect(run.stderr).toContain('houses[0].areaM2: at most 2 decimal places, got "120.555"');
    expect(run.stderr).toContain('Did you mean "deposits"?');
    expect(run.stderr).toContain('township: names the township "wj-leichy"');
    expect(run.stderr).toContain('Did you mean "assets"?');
    expect(run.stderr).toContain('township wj-gaoshi: borrowersInArrears:');
  });

  it('`credit-village examples` writes the shipped files into a new folder and never overwrites', async () => {
    const target = join(temporary.path, 'mine', 'examples');
    const first = await runCli(['examples', target]);
    expect(first.status).toBe(0);
    expect(readdirSync(target).sort()).toEqual(
      [
        ...GENERATED,
        'household.json',
        'review-village.json',
        'objections.json',
        'ledger.json',
      ].sort(),
    );
    for (const name of readdirSync(target)) {
      expect(readFileSync(join(target, name)).equals(readFileSync(join(examples, name)))).toBe(
        true,
      );
    }
    writeFileSync(join(target, 'county.json'), 'mine');
    const again = await runCli(['examples', target]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('exists already');
    expect(readFileSync(join(target, 'county.json'), 'utf8')).toBe('mine');
  });

  it('never print a household head’s name in a message', async () => {
    const names = new Set<string>();
    for (const line of readFileSync(join(examples, 'county.ndjson'), 'utf8').trim().split('\n')) {
      const record = JSON.parse(line) as {
        households?: { head?: { name?: string } }[];
        principal?: { name?: string };
      };
      for (const h of record.households ?? [])
        if (h.head?.name !== undefined) names.add(h.head.name);
      if (record.principal?.name !== undefined) names.add(record.principal.name);
    }
    expect(names.size).toBeGreaterThan(100);
    const run = await runCli(['validate', 'examples/county-with-mistakes.json']);
    const evaluate = await runCli(['evaluate', 'examples/county-with-mistakes.json']);
    for (const name of names) {
      expect(run.stdout).not.toContain(name);
      expect(evaluate.stderr).not.toContain(name);
      expect(evaluate.stdout).not.toContain(name);
    }
  });
});
