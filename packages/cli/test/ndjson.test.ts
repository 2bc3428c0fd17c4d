import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseLines, readVector, runCli, temporaryDirectory } from './helpers/cli.js';

// NDJSON mode: one village per line in, one result per line out; a bad line is an error
// result naming its line number and the run goes on (exit 1).

type Json = Record<string, unknown>;
const golden = readVector('golden.json') as { evalYear: number; villages: Json[] };
const village = golden.villages[0] as Json;
const temporary = temporaryDirectory();
afterAll(() => temporary.remove());

function line(fields: Json): string {
  return JSON.stringify(fields);
}

function issuesOf(result: Json): { path: unknown[]; code: string; message: string }[] {
  return (
    result.errors as { issues: { path: unknown[]; code: string; message: string }[] }[]
  ).flatMap((e) => e.issues);
}

describe('evaluate --format ndjson', () => {
  it('evaluates the other lines when one is truncated, naming its line number (exit 1)', async () => {
    const text = [
      line({ ...village, id: 'a', evalYear: 2024 }),
      line({ ...village, id: 'b', evalYear: 2024 }).slice(0, 120),
      line({ ...village, id: 'c', evalYear: 2024 }),
    ].join('\n');
    const path = join(temporary.path, 'truncated.ndjson');
    writeFileSync(path, text);
    const run = await runCli(['evaluate', path, '--format', 'ndjson']);
    expect(run.status).toBe(1);
    const results = parseLines(run.stdout);
    expect(results.map((r) => [r.line, r.id, r.rating])).toEqual([
      [1, 'a', 'none'],
      [2, null, null],
      [3, 'c', 'none'],
    ]);
    const [issue] = issuesOf(results[1] as Json);
    expect(issue?.code).toBe('invalid_json');
    expect(issue?.message).toMatch(/^line 2: not valid JSON/);
    expect(run.stderr).toMatch(/^line 2: not valid JSON/m);
    expect(run.stderr).toMatch(/invalid records: +0 household records, 1 village/);
  });

  it('reads standard input, skips blank lines, accepts CRLF and a byte-order mark', async () => {
    const text = `\uFEFF${line({ ...village, id: 'a' })}\r\n\r\n   \n${line({ ...village, id: 'b' })}\r\n`;
    const run = await runCli(['evaluate', '-', '--format', 'ndjson', '--eval-year', '2024'], {
      input: text,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(parseLines(run.stdout).map((r) => [r.line, r.id, r.evalYear])).toEqual([
      [1, 'a', 2024],
      [4, 'b', 2024],
    ]);
  });

  it('keeps multi-byte characters whole across read chunks', async () => {
    // meta is carried through untouched: a long one spans many 64 KiB read chunks.
    const named = { ...village, id: '鸦滩镇-柳林村', meta: { note: '柳林村'.repeat(30_000) } };
    const run = await runCli(['evaluate', '-', '--format', 'ndjson', '--eval-year', '2024'], {
      input: `${line(named)}\n`,
    });
    expect(run.status, run.stderr).toBe(0);
    const [result] = parseLines(run.stdout);
    expect(result?.id).toBe('鸦滩镇-柳林村');
    expect(result?.meta).toEqual(named.meta);
  });

  it('uses each line’s evalYear, and --eval-year overrides it', async () => {
    const text = `${line({ ...village, id: 'a', evalYear: 2024 })}\n${line({ ...village, id: 'b', evalYear: 2030 })}\n`;
    const own = parseLines(
      (await runCli(['evaluate', '-', '-f', 'ndjson'], { input: text })).stdout,
    );
    expect(own.map((r) => r.evalYear)).toEqual([2024, 2030]);
    const flag = await runCli(['evaluate', '-', '-f', 'ndjson', '--eval-year', '2025'], {
      input: text,
    });
    expect(parseLines(flag.stdout).map((r) => r.evalYear)).toEqual([2025, 2025]);
  });

  it('makes a line without a usable evalYear an error result, not a crash (exit 1)', async () => {
    const text = [
      line({ ...village, id: 'a', evalYear: 2024 }),
      line({ ...village, id: 'b' }),
      line({ ...village, id: 'c', evalYear: '2024' }),
      '[1, 2]',
      '"a string"',
    ].join('\n');
    const run = await runCli(['evaluate', '-', '--format', 'ndjson'], { input: text });
    expect(run.status).toBe(1);
    const results = parseLines(run.stdout);
    expect(results.map((r) => [r.line, r.id, r.evalYear])).toEqual([
      [1, 'a', 2024],
      [2, 'b', null],
      [3, 'c', null],
      [4, null, null],
      [5, null, null],
    ]);
    expect(issuesOf(results[1] as Json)[0]?.path).toEqual(['evalYear']);
    expect(issuesOf(results[3] as Json)[0]?.message).toBe(
      'line 4: expected a village (a JSON object), got an array',
    );
    expect(run.stderr).toMatch(/^village b \(line 2\): evalYear: .*--eval-year/m);
  });

  it('reports a village id repeated on a later line', async () => {
    const text = `${line({ ...village, evalYear: 2024 })}\n${line({ ...village, evalYear: 2024 })}\n`;
    const run = await runCli(['evaluate', '-', '--format', 'ndjson'], { input: text });
    expect(run.status).toBe(1);
    const [, second] = parseLines(run.stdout);
    expect(issuesOf(second as Json).map((i) => i.path)).toContainEqual(['id']);
  });

  it('prints the summary on standard error', async () => {
    const run = await runCli(['evaluate', '-', '-f', 'ndjson', '-y', '2024'], {
      input: line(village),
    });
    expect(run.stderr).toMatch(/Evaluated 1 village and 9 households for 2024/);
    expect(run.stderr).toMatch(/households by grade: AAA 3, AA 1, A 1, B 3, C 0, NR 1/);
    expect(run.stderr).toMatch(/total credit limit: +783,000\.00 yuan/);
  });

  it('an input without a village line is status 2: nothing was evaluated', async () => {
    for (const input of ['', '\n  \r\n\n']) {
      const run = await runCli(['evaluate', '-', '--format', 'ndjson'], { input });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/has no village lines: there is nothing to evaluate/);
    }
  });
});

describe('evaluate --format json', () => {
  // The same rule in both formats: an input with no village is status 2 (nothing could be
  // evaluated, FORMATS.md), and an earlier --output file is kept rather than replaced by an
  // empty result: an export that lost every village is a mistake to be told about.
  it('an empty villages array is status 2, as NDJSON without a village line is', async () => {
    const directory = temporaryDirectory();
    try {
      const out = join(directory.path, 'results.json');
      writeFileSync(out, 'the last good results\n');
      for (const input of [
        '{"evalYear": 2024, "villages": []}',
        '{"villages":[],"evalYear":2024}',
      ]) {
        for (const command of ['evaluate', 'validate']) {
          const run = await runCli([command, '-'], { input });
          expect(run.status, command).toBe(2);
          expect(run.stdout).toBe('');
          expect(run.stderr).toMatch(/has no villages: there is nothing to evaluate/);
        }
        const toFile = await runCli(['evaluate', '-', '--output', out], { input });
        expect(toFile.status).toBe(2);
        expect(readFileSync(out, 'utf8')).toBe('the last good results\n');
        expect(readdirSync(directory.path)).toEqual(['results.json']);
      }
      const validateLines = await runCli(['validate', '-', '-f', 'ndjson', '-y', '2024'], {
        input: '\n',
      });
      expect(validateLines.status).toBe(2);
    } finally {
      directory.remove();
    }
  });

  it('reads standard input', async () => {
    const run = await runCli(['evaluate', '-'], { input: `\uFEFF${JSON.stringify(golden)}` });
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { villages: Json[] }).villages[0]?.id).toBe('golden');
  });

  it('copies household heads into the results only with --include-personal', async () => {
    const withHead = {
      evalYear: 2024,
      villages: [
        {
          ...village,
          households: (village.households as Json[]).map((h) => ({
            ...h,
            head: { name: '王建国' },
          })),
        },
      ],
    };
    const input = JSON.stringify(withHead);
    const without = await runCli(['evaluate', '-'], { input });
    expect(without.stdout).not.toContain('王建国');
    const withPersonal = await runCli(['evaluate', '-', '--include-personal'], { input });
    const result = JSON.parse(withPersonal.stdout) as { villages: { households: Json[] }[] };
    expect(result.villages[0]?.households[0]?.head).toEqual({ name: '王建国' });
  });
});
