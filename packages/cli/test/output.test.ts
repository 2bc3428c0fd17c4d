import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, readVector, runCli, temporaryDirectory, toNdjson, VECTORS } from './helpers/cli.js';

// --output replaces the file only when the run succeeds: a failed run leaves the last good
// file as it was and no temporary file behind.

const temporary = temporaryDirectory();
afterAll(() => temporary.remove());

const golden = join(VECTORS, 'golden.json');

function path(name: string): string {
  return join(temporary.path, name);
}

describe('evaluate --output', () => {
  it('writes the result document to the file, the summary to standard error', async () => {
    const out = path('results.json');
    const run = await runCli(['evaluate', golden, '--output', out]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`results written to:  ${out}`);
    const text = readFileSync(out, 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect((JSON.parse(text) as { evalYear: number }).evalYear).toBe(2024);
  });

  it('writes exactly what standard output gets', async () => {
    const out = path('same.json');
    const [toFile, toStdout] = await Promise.all([
      runCli(['evaluate', golden, '-o', out]),
      runCli(['evaluate', golden]),
    ]);
    expect(toFile.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(toStdout.stdout);
  });

  it.each([
    ['input that is not JSON', 'not json'],
    ['a document with no villages', '{"evalYear": 2024}'],
    ['a document with no evalYear', '{"villages": []}'],
  ])('leaves the previous file untouched and no temporary file for %s', async (_, input) => {
    const out = path('kept.json');
    writeFileSync(out, 'the last good results\n');
    const before = readdirSync(temporary.path).sort();
    const run = await runCli(['evaluate', '-', '--output', out], { input });
    expect(run.status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('the last good results\n');
    expect(readdirSync(temporary.path).sort()).toEqual(before);
  });

  it('leaves no file at all when there was none and the model is invalid', async () => {
    const model = path('bad-model.json');
    writeFileSync(model, '{"id": "county"}');
    const out = path('never.json');
    const run = await runCli(['evaluate', golden, '--model', model, '--output', out]);
    expect(run.status).toBe(2);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(temporary.path).some((name) => name.endsWith('.tmp'))).toBe(false);
  });

  it('leaves the previous file untouched when NDJSON input fails while being read', async () => {
    const out = path('kept.ndjson');
    writeFileSync(out, 'old\n');
    // A directory opens fine on Linux and fails on the first read: after the output began.
    const run = await runCli(['evaluate', temporary.path, '-f', 'ndjson', '-y', '2024', '-o', out]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/cannot read .*: is a directory/);
    expect(readFileSync(out, 'utf8')).toBe('old\n');
    expect(readdirSync(temporary.path).some((name) => name.endsWith('.tmp'))).toBe(false);
  });

  it('writes NDJSON results and replaces an older file on success', async () => {
    const input = path('in.ndjson');
    writeFileSync(input, toNdjson(readVector('random.json') as { evalYear: number; villages: [] }));
    const out = path('replaced.ndjson');
    writeFileSync(out, 'old\n');
    const run = await runCli(['evaluate', input, '--format', 'ndjson', '--output', out]);
    expect(run.status).toBe(0);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(8);
  });

  it('fails with status 2 before evaluating when the directory does not exist', async () => {
    const run = await runCli(['evaluate', golden, '--output', path('no/such/dir/out.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/cannot write .*out\.json: no such file or directory/);
  });
});

describe('an interrupted run', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGQUIT', 131],
  ] as const)(
    'removes its temporary file on %s and leaves the previous file (status %i)',
    async (signal, status) => {
      const directory = temporaryDirectory();
      try {
        const golden = readVector('golden.json') as { villages: { households: object[] }[] };
        const records = golden.villages[0]?.households ?? [];
        const households = Array.from({ length: 1000 }, (_, i) => ({
          ...records[i % 9],
          id: `h${i}`,
        }));
        const village = { householdsTotal: 1000, partyOrganisation: 'good', households };
        const lines = Array.from({ length: 100 }, (_, i) =>
          JSON.stringify({ ...village, id: `v${i}` }),
        );
        const input = join(directory.path, 'long.ndjson');
        writeFileSync(input, `${lines.join('\n')}\n`);
        const out = join(directory.path, 'out.ndjson');
        writeFileSync(out, 'previous\n');

        const child = spawn(process.execPath, [
          BIN,
          'evaluate',
          input,
          '-f',
          'ndjson',
          '-y',
          '2024',
          '-o',
          out,
        ]);
        let exited = false;
        const closed = new Promise<number | null>((resolve) =>
          child.on('close', (code) => {
            exited = true;
            resolve(code);
          }),
        );
        while (!readdirSync(directory.path).some((name) => name.endsWith('.tmp'))) {
          // A child that ends before it writes its temporary file fails the test instead of
          // leaving this loop waiting for ever.
          if (exited) throw new Error('the command ended before it wrote its temporary file');
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        child.kill(signal);
        expect(await closed).toBe(status);
        expect(readFileSync(out, 'utf8')).toBe('previous\n');
        expect(readdirSync(directory.path).sort()).toEqual(['long.ndjson', 'out.ndjson']);
      } finally {
        directory.remove();
      }
    },
  );
});
