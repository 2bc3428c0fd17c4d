import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { safeText } from '../src/report/safe-text.js';
import { readVector, runCli, temporaryDirectory } from './helpers/cli.js';

// Ids and texts from input are printed for people on standard error and in reports: none may
// drive the terminal (ESC and OSC sequences, BEL, C1 controls), reorder what follows (bidi
// overrides) or forge a line (\r, \n, U+2028). They are shown as \u escapes; JSON output keeps
// them exactly.

type Json = Record<string, unknown>;
const temporary = temporaryDirectory();
afterAll(() => temporary.remove());

/** Clears the screen, sets the window title, rings, returns the cursor and forges a line. */
const VILLAGE = 'v\u001b]0;owned\u0007\u001b[2J\r\nvillage ok: all records valid\u202e';
/** A C1 control sequence introducer, a line separator, bidi isolates and a lone surrogate. */
const HOUSEHOLD = 'h\u009b31m\u2028\u2066x\u2069\u200b\ud800';
const MODEL_ID = 'county\u001b[8m';

/** What may not reach a terminal raw (a line ending \n is ours, between lines). */
function raw(cp: number): boolean {
  const ranges = [
    [0x00, 0x09],
    [0x0b, 0x1f],
    [0x7f, 0x9f],
    [0x61c, 0x61c],
    [0x200b, 0x200f],
    [0x2028, 0x202e],
    [0x2060, 0x2069],
    [0xfeff, 0xfeff],
    [0xd800, 0xdfff], // only a lone surrogate is a code point of its own here
  ];
  return ranges.some(([from = 0, to = 0]) => cp >= from && cp <= to);
}

function expectSafe(text: string): void {
  const found = [...text].map((c) => c.codePointAt(0) as number).filter(raw);
  expect(found.map((cp) => `U+${cp.toString(16)}`)).toEqual([]);
  expect(text).not.toMatch(/^village ok: all records valid/m);
}

const golden = readVector('golden.json') as { evalYear: number; villages: Json[] };
const base = golden.villages[0] as Json & { households: Json[] };
const households = [
  { ...(base.households[0] as Json), id: HOUSEHOLD },
  // An invalid record, so the problem lines print both ids (and a value of the input).
  { ...(base.households[1] as Json), id: `${HOUSEHOLD}-2`, deposits: 'lots\u001b[1A' },
];
const village = { ...base, id: VILLAGE, name: `name\u001b[31m`, households };

function file(name: string, content: unknown): string {
  const path = join(temporary.path, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const batch = file('hostile.json', { evalYear: 2024, villages: [village] });
const lines = file('hostile.ndjson', `${JSON.stringify({ evalYear: 2024, ...village })}\n`);
const householdFile = file('household.json', {
  evalYear: 2024,
  household: households[0],
});
/** The default model under a hostile id (its worked examples dropped: they name the default id). */
async function modelFile(): Promise<string> {
  const shown = await runCli(['model', 'show', '--document-only']);
  const document = JSON.parse(shown.stdout) as Json;
  return file('hostile-model.json', { ...document, id: MODEL_ID, examples: [] });
}

// Since ids with control or invisible characters are refused (the one id rule of the core),
// hostile ids reach the reports as the ids of refused records, echoed in problem lines; the
// model's id, file paths and arguments reach them as they are.
describe('hostile text on standard error and in reports', () => {
  it('evaluate (JSON): problem lines and the summary are safe; the results keep the text exactly', async () => {
    const run = await runCli(['evaluate', batch, '--model', await modelFile()]);
    expect(run.status).toBe(1);
    expectSafe(run.stderr);
    expect(run.stderr).toContain('household h\\u009b31m\\u2028\\u2066x\\u2069\\u200b\\ud800');
    expect(run.stderr).toContain('county\\u001b[8m');
    const result = JSON.parse(run.stdout) as { model: { id: string } };
    expect(result.model.id).toBe(MODEL_ID);
  });

  it.each(['1', '2'])('evaluate (NDJSON, %s threads): the same', async (workers) => {
    const model = await modelFile();
    const run = await runCli([
      'evaluate',
      lines,
      '-f',
      'ndjson',
      '--workers',
      workers,
      '-m',
      model,
    ]);
    expect(run.status).toBe(1);
    expectSafe(run.stderr);
    expect(run.stderr).toContain('\\u2066');
    expect((JSON.parse(run.stdout) as { model: { id: string } }).model.id).toBe(MODEL_ID);
  });

  it('validate: the report is safe', async () => {
    const run = await runCli(['validate', batch]);
    expect(run.status).toBe(1);
    expectSafe(run.stdout);
    expectSafe(run.stderr);
    expect(run.stdout).toContain('\\u009b31m');
  });

  it('explain: a refused id is shown safely; the receipt names the model safely, --json exactly', async () => {
    const refused = await runCli(['explain', householdFile]);
    expect(refused.status).toBe(2);
    expectSafe(refused.stderr);
    const model = await modelFile();
    const plain = file('plain-household.json', {
      evalYear: 2024,
      household: { ...(base.households[0] as Json), id: 'H1' },
    });
    const run = await runCli(['explain', plain, '-m', model]);
    expect(run.status, run.stderr).toBe(0);
    expectSafe(run.stdout);
    expect(run.stdout).toContain('county\\u001b[8m');
    const json = await runCli(['explain', plain, '-m', model, '--json']);
    const parsed = JSON.parse(json.stdout) as { explanation: { model: { id: string } } };
    expect(parsed.explanation.model.id).toBe(MODEL_ID);
  });

  it('compare: the report is safe, --json exact', async () => {
    const model = await modelFile();
    const results = file('results.json', (await runCli(['evaluate', batch, '-m', model])).stdout);
    const run = await runCli(['compare', results, results, '--model-a', model]);
    expect(run.status, run.stderr).toBe(0);
    expectSafe(run.stdout);
    expect(run.stdout).toContain('county\\u001b[8m');
    const json = await runCli(['compare', results, results, '--model-a', model, '--json']);
    expect((JSON.parse(json.stdout) as { before: { model: { id: string } } }).before.model.id).toBe(
      MODEL_ID,
    );
  });

  it('notice: the report is safe, whatever the folder is called', async () => {
    const run = await runCli([
      'notice',
      file('plain-batch.json', { evalYear: 2024, villages: [base] }),
      '--village',
      base.id as string,
      '--date',
      '2024-12-01',
      '--out-dir',
      join(temporary.path, 'notices\u001b[2J\r\nvillage ok: all records valid'),
    ]);
    expect(run.status, run.stderr).toBe(0);
    expectSafe(run.stdout);
    expect(run.stdout).toContain('notices\\u001b[2J\\u000d\\u000a');
  });

  it('errors that quote an argument or a value are safe', async () => {
    const unknown = await runCli(['notice', batch, '--village', `x${VILLAGE}`]);
    expect(unknown.status).toBe(2);
    expectSafe(unknown.stderr);
    const missing = await runCli(['evaluate', join(temporary.path, `no\u001b[2Jsuch.json`)]);
    expect(missing.status).toBe(2);
    expectSafe(missing.stderr);
    const flag = await runCli(['evaluate', batch, `--bad\u001b[2J`]);
    expect(flag.status).toBe(2);
    expectSafe(flag.stderr);
  });

  it('model check: the model id is printed safely', async () => {
    const run = await runCli(['model', 'check', await modelFile()]);
    expect(run.status, run.stdout).toBe(0);
    expectSafe(run.stdout);
  });
});

describe('safeText', () => {
  it('escapes what drives a terminal and keeps every other character as it is', () => {
    expect(safeText('鸦滩-01 王** 🌾 café')).toBe('鸦滩-01 王** 🌾 café');
    expect(safeText('a\u001b[2Jb\u0007\r\n')).toBe('a\\u001b[2Jb\\u0007\\u000d\\u000a');
    expect(safeText('\u009b\u202eabc\u2066\u2028\ufeff')).toBe(
      '\\u009b\\u202eabc\\u2066\\u2028\\ufeff',
    );
    expect(safeText('x\ud800y\udc00')).toBe('x\\ud800y\\udc00');
    expect(safeText('\ud83c\udf3e')).toBe('🌾');
  });
});
