import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readVector, runCli, temporaryDirectory, toNdjson } from './helpers/cli.js';

// --workers N: the output, the problems on standard error and the exit status are the same
// bytes whatever the number of worker threads, however the input falls into chunks.

const temporary = temporaryDirectory();
afterAll(() => temporary.remove());

/** An NDJSON input with everything that could differ between threads: repeats, bad lines, a BOM, CRLF. */
function awkwardInput(): string {
  const random = readVector('random-edge.json') as {
    evalYear: number;
    villages: Record<string, unknown>[];
  };
  const invalid = readVector('invalid.json') as {
    evalYear: number;
    villages: Record<string, unknown>[];
  };
  const lines = toNdjson(random).split('\n').filter(Boolean);
  const bad = toNdjson(invalid).split('\n').filter(Boolean);
  const repeated = lines[3] as string; // the same village id again, far from the first
  const noYear = JSON.stringify({ ...(random.villages[5] as object), id: 'no-year' });
  return `\uFEFF${[
    ...lines.slice(0, 8),
    '{"id": "truncated", "households": [',
    '',
    ...bad,
    '   ',
    noYear,
    ...lines.slice(8),
    repeated,
    '[1, 2, 3]',
  ].join('\r\n')}`;
}

describe('evaluate --format ndjson --workers', () => {
  it('gives byte-identical output with 1, 2 and 3 workers over many small chunks', async () => {
    const path = join(temporary.path, 'awkward.ndjson');
    writeFileSync(path, awkwardInput());
    const runs = await Promise.all(
      [1, 2, 3].map((workers) =>
        runCli(['evaluate', path, '--format', 'ndjson', '--workers', String(workers)], {
          // 3 threads even on a 2-core machine (more threads than cores are capped otherwise).
          env: { CREDIT_VILLAGE_CHUNK_BYTES: '3000', CREDIT_VILLAGE_MAX_WORKERS: '3' },
        }),
      ),
    );
    const [one, ...more] = runs;
    expect(one?.status).toBe(1);
    // 16 + 4 villages, a truncated line, a line without a year, a repeat and an array: 24 results.
    expect(one?.stdout.split('\n').filter(Boolean)).toHaveLength(24);
    expect(one?.stderr).toMatch(/is used by an earlier village/);
    for (const run of more) {
      expect(run.status).toBe(one?.status);
      expect(run.stdout).toBe(one?.stdout);
      expect(run.stderr).toBe(one?.stderr);
    }
  });

  it('rejects a worker count that is not 1 to 64 (exit 2)', async () => {
    for (const bad of ['0', '65', 'two', '-1']) {
      const run = await runCli(['evaluate', '-', '--format', 'ndjson', '--workers', bad]);
      expect(run.status, bad).toBe(2);
      expect(run.stderr).toMatch(/worker threads/);
    }
  });
});
