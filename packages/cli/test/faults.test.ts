import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readVector, runCli, temporaryDirectory, toNdjson } from './helpers/cli.js';

// Byte-level faults in the input: each gets a clear message, the right exit status, and never a
// stack trace.

const temporary = temporaryDirectory();
afterAll(() => temporary.remove());
const golden = readVector('golden.json') as { evalYear: number; villages: unknown[] };
const goldenText = JSON.stringify(golden);
const file = (name: string, content: string | Buffer) => {
  const path = join(temporary.path, name);
  writeFileSync(path, content);
  return path;
};
const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('faults in a batch document (json)', () => {
  it('a truncated file is status 2 and says where JSON broke', async () => {
    const run = await runCli(['evaluate', file('truncated.json', goldenText.slice(0, 500))]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/is not valid JSON/);
    noStack(run.stderr);
  });

  it('a 0-byte file is status 2: empty', async () => {
    const run = await runCli(['evaluate', file('empty.json', '')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/is empty: there is nothing to evaluate/);
  });

  it('invalid UTF-8 is status 2 naming the byte, never silently replaced', async () => {
    const bytes = Buffer.concat([
      Buffer.from(goldenText.slice(0, 40)),
      Buffer.from([0xc4, 0xe3]),
      Buffer.from(goldenText.slice(40)),
    ]);
    const run = await runCli(['evaluate', file('gbk.json', bytes)]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/is not valid UTF-8 text \(first bad byte at offset 40\)/);
    expect(run.stderr).toMatch(/GBK/);
  });

  it('CRLF line endings, a BOM and no final newline are fine', async () => {
    const text = `\uFEFF${JSON.stringify(golden, null, 2).replace(/\n/g, '\r\n')}`;
    const run = await runCli(['evaluate', file('crlf.json', text)]);
    expect(run.status, run.stderr).toBe(0);
  });

  it('a directory or a missing file is status 2 with the reason', async () => {
    const dir = join(temporary.path, 'a-directory');
    mkdirSync(dir);
    for (const path of [dir, join(temporary.path, 'missing.json')]) {
      const run = await runCli(['evaluate', path]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/cannot read/);
      noStack(run.stderr);
    }
  });

  it('an unreadable file is status 2: permission denied', async () => {
    const path = file('secret.json', goldenText);
    chmodSync(path, 0o000);
    // As root every file is readable: drop to an ordinary user to see the denial.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const run = await runCli(['evaluate', path], asNobody);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/cannot read .*permission/i);
    chmodSync(path, 0o644);
  });

  it('a document over the size limit points to NDJSON', async () => {
    const run = await runCli(['evaluate', file('big.json', goldenText)], {
      env: { CREDIT_VILLAGE_MAX_DOCUMENT_BYTES: '1000' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/larger than .* the most read as one JSON document/);
    expect(run.stderr).toMatch(/--format ndjson/);
  });
});

describe('faults in NDJSON', () => {
  const lines = toNdjson(golden);

  it('a line with invalid UTF-8 is an error result naming its line; the others are evaluated', async () => {
    const bad = Buffer.concat([
      Buffer.from(lines),
      Buffer.from('{"id": "\xff"}\n', 'latin1'),
      Buffer.from(lines),
    ]);
    const run = await runCli([
      'evaluate',
      file('bad-line.ndjson', bad),
      '--format',
      'ndjson',
      '--eval-year',
      '2024',
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/line 2: not valid UTF-8 text/);
    expect(run.stdout.trim().split('\n')).toHaveLength(3);
  });

  it('a line over the length limit is reported and skipped, in one thread and in two', async () => {
    const text = `${lines}${JSON.stringify({ id: 'huge', meta: { pad: 'x'.repeat(20_000) } })}\n${lines}`;
    for (const workers of ['1', '2']) {
      const run = await runCli(
        [
          'evaluate',
          file('long.ndjson', text),
          '--format',
          'ndjson',
          '--eval-year',
          '2024',
          '--workers',
          workers,
        ],
        {
          env: { CREDIT_VILLAGE_MAX_LINE_BYTES: '16384', CREDIT_VILLAGE_CHUNK_BYTES: '1024' },
        },
      );
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/line 2: longer than the limit of 16384 bytes/);
      expect(
        run.stdout
          .trim()
          .split('\n')
          .map((l) => (JSON.parse(l) as { id: unknown }).id),
      ).toEqual(['golden', null, 'golden']);
    }
  });

  it('a missing final newline and CRLF are fine', async () => {
    const text = lines.trimEnd().replace(/\n/g, '\r\n');
    const run = await runCli([
      'evaluate',
      file('crlf.ndjson', text),
      '--format',
      'ndjson',
      '--eval-year',
      '2024',
    ]);
    expect(run.status, run.stderr).toBe(0);
  });
});

describe('hostile nesting', () => {
  it('a meta nested 200,000 levels deep is a record error, not a crash, in both formats', async () => {
    const village = (golden.villages[0] ?? {}) as Record<string, unknown>;
    const text = JSON.stringify({ ...village, evalYear: 2024 }).replace(
      /}$/,
      `,"meta":{"x":${'['.repeat(200_000)}${']'.repeat(200_000)}}}`,
    );
    const json = await runCli([
      'evaluate',
      file('deep.json', `{"evalYear":2024,"villages":[${text.replace('"evalYear":2024,', '')}]}`),
    ]);
    const ndjson = await runCli([
      'evaluate',
      file('deep.ndjson', `${text}\n`),
      '--format',
      'ndjson',
    ]);
    for (const run of [json, ndjson]) {
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/meta: nested more than 32 levels deep/);
      expect(run.stderr).not.toMatch(/internal error/);
    }
  });
});
