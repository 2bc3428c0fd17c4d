import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, REPO_ROOT, readVector, runCli, temporaryDirectory, VECTORS } from './helpers/cli.js';

// `credit-village evaluate big.ndjson --format ndjson | head -1`: when the reader goes away
// the command ends at once and quietly.

const temporary = temporaryDirectory();
afterAll(() => temporary.remove());

describe('a closed standard output', () => {
  it('ends the run quietly, with no stack trace', async () => {
    const golden = readVector('golden.json') as { villages: Record<string, unknown>[] };
    const village = golden.villages[0] as Record<string, unknown>;
    const lines = Array.from({ length: 400 }, (_, i) =>
      JSON.stringify({ ...village, id: `v${i}` }),
    );
    const input = join(temporary.path, 'many.ndjson');
    writeFileSync(input, `${lines.join('\n')}\n`);

    const child = spawn(process.execPath, [BIN, 'evaluate', input, '-f', 'ndjson', '-y', '2024']);
    const stderr: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    let received = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      received += chunk.length;
      // Like `head -1`: read the first line, then close the pipe.
      child.stdout.destroy();
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));

    const text = Buffer.concat(stderr).toString('utf8');
    expect(received).toBeGreaterThan(0);
    expect(text).not.toMatch(/EPIPE|Error|^\s+at /m);
    expect(text).not.toContain('Evaluated 400 villages');
    expect(status).toBe(0);
  });

  it('is quiet in a shell pipeline into head -1', async () => {
    const input = join(temporary.path, 'many.ndjson');
    const command = `"${process.execPath}" "${BIN}" evaluate "${input}" -f ndjson -y 2024 | head -1`;
    const child = spawn('sh', ['-c', command]);
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    await new Promise((resolve) => child.on('close', resolve));
    expect(Buffer.concat(stderr).toString('utf8')).toBe('');
    const first = JSON.parse(Buffer.concat(stdout).toString('utf8')) as { line: number };
    expect(first.line).toBe(1);
  });
});

// Diagnostics that cannot be written (standard error closed, or full) are dropped: they never
// change what is written or the exit status, and never leave a temporary file behind.
describe('a closed or full standard error', () => {
  const mistakes = join(REPO_ROOT, 'examples/county-with-mistakes.json');
  const golden = join(VECTORS, 'golden.json');

  /** Runs a shell command line; `$BIN` is the command. */
  function shell(line: string): Promise<number | null> {
    const child = spawn('bash', ['-c', line], {
      env: { ...process.env, BIN: `${process.execPath} ${BIN}` },
      stdio: 'ignore',
    });
    return new Promise((resolve) => child.on('close', resolve));
  }

  function leftovers(): string[] {
    return readdirSync(temporary.path).filter((name) => name.endsWith('.tmp'));
  }

  it('2>/dev/full: a valid run still writes its output and ends with status 0', async () => {
    const out = join(temporary.path, 'full.json');
    const expected = await runCli(['evaluate', golden]);
    const status = await shell(`$BIN evaluate "${golden}" --output "${out}" 2>/dev/full`);
    expect(status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(expected.stdout);
    expect(leftovers()).toEqual([]);
  });

  it('2>/dev/full with invalid records: status 1, output written', async () => {
    const out = join(temporary.path, 'full-mistakes.json');
    const expected = await runCli(['evaluate', mistakes]);
    const status = await shell(`$BIN evaluate "${mistakes}" --output "${out}" 2>/dev/full`);
    expect(status).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe(expected.stdout);
    expect(leftovers()).toEqual([]);
  });

  it('2>&1 | head -1: the run goes on, writes its output and keeps its status', async () => {
    const out = join(temporary.path, 'head.json');
    const status = join(temporary.path, 'head.status');
    const expected = await runCli(['evaluate', mistakes]);
    await shell(
      `$BIN evaluate "${mistakes}" --output "${out}" 2>&1 | head -1 >/dev/null; echo "\${PIPESTATUS[0]}" > "${status}"`,
    );
    expect(readFileSync(status, 'utf8').trim()).toBe('1');
    expect(readFileSync(out, 'utf8')).toBe(expected.stdout);
    expect(leftovers()).toEqual([]);
  });

  it('standard error closed by its reader midway: no crash, the output is complete', async () => {
    const village = (readVector('invalid.json') as { villages: Record<string, unknown>[] })
      .villages[0] as Record<string, unknown>;
    const lines = Array.from({ length: 120 }, (_, i) =>
      JSON.stringify({ ...village, id: `bad-${i}` }),
    );
    const input = join(temporary.path, 'problems.ndjson');
    writeFileSync(input, `${lines.join('\n')}\n`);
    const out = join(temporary.path, 'closed-stderr.ndjson');
    const expected = await runCli(['evaluate', input, '-f', 'ndjson', '-y', '2024']);
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
    child.stderr.once('data', () => child.stderr.destroy());
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe(expected.stdout);
    expect(leftovers()).toEqual([]);
  });
});
