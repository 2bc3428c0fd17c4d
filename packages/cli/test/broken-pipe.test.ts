import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, readVector, temporaryDirectory } from './helpers/cli.js';

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
