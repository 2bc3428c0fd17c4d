import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readVector, runCli, temporaryDirectory } from './helpers/cli.js';

// A key written twice in the input is an error at its path in every format the command reads.

const dir = temporaryDirectory();
afterAll(() => dir.remove());
const golden = readVector('golden.json') as {
  evalYear: number;
  villages: Record<string, unknown>[];
};
const write = (name: string, text: string) => {
  const file = join(dir.path, name);
  writeFileSync(file, text);
  return file;
};

describe('keys written twice', () => {
  it('in a household: that record is an error naming the key, the run exits 1', async () => {
    const text = JSON.stringify(golden).replace(
      '"id":"H1",',
      '"id":"H1","vetoes":["V1"],"vetoes":[],',
    );
    const run = await runCli(['evaluate', write('dup.json', text)]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/H1.*vetoes/);
    const result = JSON.parse(run.stdout) as { villages: { households: { id: string }[] }[] };
    expect(result.villages[0]?.households.map((h) => h.id)).not.toContain('H1');
  });

  it('at the top of a batch: the document is unusable (exit 2), no village is silently dropped', async () => {
    const village = JSON.stringify(golden.villages[0]);
    const text = `{"evalYear":2024,"villages":[${village}],"villages":[]}`;
    const run = await runCli(['evaluate', write('lists.json', text)]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('villages');
  });

  it('on an NDJSON line: that village is an error, the other lines are evaluated', async () => {
    const village = { ...golden.villages[0], evalYear: 2024 };
    const good = JSON.stringify({ ...village, id: 'ok' });
    const bad = JSON.stringify(village).replace(
      '"householdsTotal":',
      '"householdsTotal":1,"householdsTotal":',
    );
    const run = await runCli([
      'evaluate',
      write('lines.ndjson', `${good}\n${bad}\n`),
      '--format',
      'ndjson',
    ]);
    expect(run.status).toBe(1);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as {
            id: string;
            rating: unknown;
            errors: { issues: { code: string }[] }[];
          },
      );
    expect(lines).toHaveLength(2);
    expect(lines[1]?.rating).toBeNull();
    expect(lines[1]?.errors.flatMap((e) => e.issues.map((i) => i.code))).toContain('duplicate_key');
  });

  it('in a model: model check refuses it (exit 2)', async () => {
    const shown = await runCli(['model', 'show', '--document-only']);
    const text = shown.stdout.replace(
      '"unitCost": "1200"',
      '"unitCost": "1200", "unitCost": "1500"',
    );
    expect(text).not.toBe(shown.stdout);
    const run = await runCli(['model', 'check', write('model.json', text)]);
    expect(run.status).toBe(2);
    expect(run.stderr + run.stdout).toContain('unitCost');
  });
});
