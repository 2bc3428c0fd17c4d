import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, readVector, runCli, temporaryDirectory } from './helpers/cli.js';

// notice writes two files, a page and a CSV: both appear together or neither changes, and a
// village's files never take the name of another village's or of a file of the user's.

type Json = Record<string, unknown>;
let temporary: ReturnType<typeof temporaryDirectory>;
beforeEach(() => {
  temporary = temporaryDirectory();
});
afterEach(() => temporary.remove());

/** A batch of the golden village under each of the ids. */
function batch(...ids: string[]): string {
  const golden = readVector('golden.json') as { evalYear: number; villages: Json[] };
  const village = golden.villages[0] as Json;
  const path = join(temporary.path, 'batch.json');
  writeFileSync(
    path,
    JSON.stringify({ evalYear: 2024, villages: ids.map((id) => ({ ...village, id })) }),
  );
  return path;
}

function notice(file: string, village: string, date = '2024-12-28', dir = 'out') {
  return runCli([
    'notice',
    file,
    '--village',
    village,
    '--date',
    date,
    '--out-dir',
    join(temporary.path, dir),
  ]);
}

/** The two files a run says it wrote. */
function written(stdout: string): { html: string; csv: string } {
  const paths = stdout
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.endsWith('.html') || line.endsWith('.csv'));
  const html = paths.find((p) => p.endsWith('.html'));
  const csv = paths.find((p) => p.endsWith('.csv'));
  if (html === undefined || csv === undefined) throw new Error(`no files in ${stdout}`);
  return { html, csv };
}

const files = (dir = 'out') => readdirSync(join(temporary.path, dir)).sort();

describe('notice file names', () => {
  it('keeps Chinese ids apart: 鸦滩-01 and 华阳-01 get files of their own', async () => {
    const file = batch('鸦滩-01', '华阳-01');
    const first = await notice(file, '鸦滩-01');
    const second = await notice(file, '华阳-01');
    expect(first.status, first.stderr).toBe(0);
    expect(second.status, second.stderr).toBe(0);
    expect(files()).toEqual([
      '华阳-01-notice.csv',
      '华阳-01-notice.html',
      '鸦滩-01-notice.csv',
      '鸦滩-01-notice.html',
    ]);
    expect(readFileSync(written(first.stdout).html, 'utf8')).toContain('鸦滩-01');
    expect(readFileSync(written(second.stdout).html, 'utf8')).toContain('华阳-01');
  });

  it('ids that differ only in characters a file name cannot hold still get different files', async () => {
    const ids = ['a/01', 'a:01', 'a 01', 'a_01', '../a_01', '.hidden'];
    const file = batch(...ids);
    const names = new Set<string>();
    for (const id of ids) {
      const run = await notice(file, id);
      expect(run.status, run.stderr).toBe(0);
      const { html } = written(run.stdout);
      expect(html.startsWith(join(temporary.path, 'out/'))).toBe(true);
      const name = html.slice(join(temporary.path, 'out/').length);
      expect(name).not.toMatch(/^\.|[/:\s]/);
      names.add(name);
    }
    expect(names.size).toBe(ids.length);
    expect(files()).toHaveLength(2 * ids.length);
  });
});

describe('notice never replaces what is not its own', () => {
  it('refuses to overwrite an unrelated file at the name (status 2), writing nothing', async () => {
    const file = batch('golden');
    const run0 = await notice(file, 'golden', '2024-12-28', 'mine');
    expect(run0.status).toBe(0);
    const { html, csv } = written(run0.stdout);
    writeFileSync(html, '<p>my own page</p>\n');
    writeFileSync(csv, 'kept,csv\n');
    const run = await notice(file, 'golden', '2024-12-29', 'mine');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/not a notice of village golden/);
    expect(readFileSync(html, 'utf8')).toBe('<p>my own page</p>\n');
    expect(readFileSync(csv, 'utf8')).toBe('kept,csv\n');
    expect(files('mine').filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('replaces an earlier notice written when the notice was bilingual', async () => {
    const file = batch('golden');
    const first = await notice(file, 'golden', '2024-12-01');
    const { html, csv } = written(first.stdout);
    // The page and CSV of the bilingual notice, as an earlier version wrote them.
    writeFileSync(
      html,
      '<!doctype html>\n<p class="sub">Public notice of credit ratings · golden · 2024 年度</p>\n',
    );
    writeFileSync(
      csv,
      '\uFEFF序号 No.,户号 Household,户主 Head,身份证号 ID number,信用等级 Grade,信用户 Credit household,授信额度（元） Limit (yuan)\r\n1,H1,,,AAA 优秀,是 yes,163000.00\r\n',
    );
    const run = await notice(file, 'golden', '2024-12-28');
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(csv, 'utf8')).not.toContain('yes');
    expect(readFileSync(html, 'utf8')).toContain('2024-12-28');
  });

  it('replaces its own earlier notice of the same village', async () => {
    const file = batch('golden');
    expect((await notice(file, 'golden', '2024-12-01')).status).toBe(0);
    const run = await notice(file, 'golden', '2024-12-28');
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(written(run.stdout).html, 'utf8')).toContain('2024-12-28');
  });
});

describe('notice writes both files or neither', () => {
  it('a file-size limit hit while writing the page leaves the earlier page and CSV as they were', async () => {
    const file = batch('golden');
    const first = await notice(file, 'golden', '2024-12-01');
    expect(first.status).toBe(0);
    const { html, csv } = written(first.stdout);
    const oldHtml = readFileSync(html, 'utf8');
    const oldCsv = readFileSync(csv, 'utf8');
    expect(Buffer.byteLength(oldCsv)).toBeLessThan(1024);
    expect(Buffer.byteLength(oldHtml)).toBeGreaterThan(2048);
    // ulimit -f 1: no file may grow past 1 KiB, so the CSV fits and the page does not (EFBIG).
    const args = ['notice', file, '--village', 'golden', '--date', '2024-12-28'];
    const line = `ulimit -f 1; exec "${process.execPath}" "${BIN}" ${args.map((a) => `"${a}"`).join(' ')} --out-dir "${join(temporary.path, 'out')}"`;
    const child = spawn('bash', ['-c', line]);
    const stderr: Buffer[] = [];
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(status).toBe(2);
    expect(Buffer.concat(stderr).toString('utf8')).toMatch(/cannot write/);
    expect(readFileSync(html, 'utf8')).toBe(oldHtml);
    expect(readFileSync(csv, 'utf8')).toBe(oldCsv);
    expect(files()).toEqual(['golden-notice.csv', 'golden-notice.html']);
  });
});
