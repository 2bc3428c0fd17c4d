import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { followUp, followUpExceptionsCsv } from '@credit-village/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, readVector, runCli, temporaryDirectory, VECTORS } from './helpers/cli.js';

// The credit follow-up (docs/model.md §17, docs/formats.md §13) through the built
// command: the shared vectors, results as a document and as NDJSON, the readable report in
// both languages, the exceptions CSV, the exit statuses, and the example county's ledger.

type Json = Record<string, unknown>;
interface ExpectedLedger {
  exitStatus: number;
  lines: number;
  asOf: string;
  villages: Json[];
  townships: Json[];
  county: Json;
  entities: Json;
  lenders: { lender: string; metrics: Json }[];
  exceptions: Json[];
  errors: { index: number; paths: (string | number)[][] }[];
  ignoredLenders: string[];
}

const temporary = temporaryDirectory();
afterAll(() => temporary.remove());
const file = (name: string) => join(temporary.path, name);
const LEDGER = join(VECTORS, 'ledger.json');
const expected = readVector('ledger.expected.json') as ExpectedLedger;

beforeAll(async () => {
  const json = await runCli(['evaluate', join(VECTORS, 'townships.json'), '-o', file('r.json')]);
  expect(json.status).toBe(0);
  const batch = readVector('townships.json') as {
    evalYear: number;
    villages: Json[];
    entities: Json[];
    townships: Json[];
  };
  const lines = [
    ...batch.townships.map((t) => ({ kind: 'township', ...t })),
    ...batch.villages.map((v) => ({ evalYear: batch.evalYear, ...v })),
    ...batch.entities.map((e) => ({ kind: 'entity', evalYear: batch.evalYear, ...e })),
  ];
  writeFileSync(file('batch.ndjson'), lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
  const ndjson = await runCli([
    'evaluate',
    file('batch.ndjson'),
    '--format',
    'ndjson',
    '-o',
    file('r.ndjson'),
  ]);
  expect(ndjson.status).toBe(0);
});

/** A group as the expected file lists it. */
const shape = (g: Json, sums: boolean) =>
  sums ? { metrics: g.metrics, granted: g.granted, used: g.used } : { metrics: g.metrics };

describe('follow-up on the vectors', () => {
  it('ledger.json: the metrics, exceptions and errors of ledger.expected.json, exit 1', async () => {
    const run = await runCli(['follow-up', file('r.json'), LEDGER, '--json']);
    expect(run.status).toBe(expected.exitStatus);
    const report = JSON.parse(run.stdout) as Json & {
      villages: Json[];
      townships: Json[];
      lenders: { lender: string; metrics: Json }[];
      exceptions: Json[];
      errors: { index: number; issues: { path: unknown[] }[] }[];
    };
    expect(report.asOf).toBe(expected.asOf);
    expect(report.villages.map((v) => ({ id: v.id, ...shape(v, true) }))).toEqual(
      expected.villages,
    );
    expect(report.townships.map((t) => ({ id: t.id, ...shape(t, true) }))).toEqual(
      expected.townships,
    );
    expect(shape(report.county as Json, true)).toEqual(expected.county);
    expect(shape(report.entities as Json, true)).toEqual(expected.entities);
    expect(
      report.lenders
        .filter((l) => !expected.ignoredLenders.includes(l.lender))
        .map((l) => ({ lender: l.lender, metrics: l.metrics })),
    ).toEqual(expected.lenders);
    for (const want of expected.exceptions)
      expect(report.exceptions).toContainEqual(expect.objectContaining(want));
    expect(report.exceptions).toHaveLength(expected.exceptions.length);
    expect(report.errors.map((e) => e.index)).toEqual(expected.errors.map((e) => e.index));
    for (const want of expected.errors) {
      const got = report.errors.find((e) => e.index === want.index);
      for (const path of want.paths) expect(got?.issues.map((i) => i.path)).toContainEqual(path);
    }
    expect(run.stderr).toContain('7 exception(s) and 6 ledger line(s) with errors');
  });

  it('writes byte for byte the core’s report, from a result document and from NDJSON results', async () => {
    const want = `${JSON.stringify(
      followUp(JSON.parse(readFileSync(file('r.json'), 'utf8')), readVector('ledger.json')),
      null,
      2,
    )}\n`;
    const [document, lines] = await Promise.all([
      runCli(['follow-up', file('r.json'), LEDGER, '--json']),
      runCli(['follow-up', file('r.ndjson'), LEDGER, '--json']),
    ]);
    expect(document.stdout).toBe(want);
    expect(lines.stdout).toBe(want);
  });

  it('invalid-v2.ledger.json: every bad line with its paths, the invalid and unknown subjects', async () => {
    const want = (readVector('invalid-v2.expected.json') as { ledger: ExpectedLedger }).ledger;
    await runCli(['evaluate', join(VECTORS, 'invalid-v2.json'), '-o', file('v2.json')]);
    const run = await runCli([
      'follow-up',
      file('v2.json'),
      join(VECTORS, 'invalid-v2.ledger.json'),
      '--json',
    ]);
    expect(run.status).toBe(want.exitStatus);
    const report = JSON.parse(run.stdout) as {
      exceptions: { kind: string; line: number }[];
      errors: { index: number; issues: { path: unknown[] }[] }[];
    };
    expect(report.exceptions.map((e) => ({ kind: e.kind, line: e.line }))).toEqual(want.exceptions);
    expect(report.errors.map((e) => e.index)).toEqual(want.errors.map((e) => e.index));
    for (const line of want.errors) {
      const got = report.errors.find((e) => e.index === line.index);
      for (const path of line.paths) expect(got?.issues.map((i) => i.path)).toContainEqual(path);
    }
  });
});

describe('the readable report', () => {
  it('is Chinese by default: the funnel, the metrics, the lenders, every exception and bad line', async () => {
    const run = await runCli(['follow-up', file('r.json'), LEDGER], {
      env: { CREDIT_VILLAGE_LANG: '' },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('授信用信跟踪（统计日期 2024-12-31）');
    expect(run.stdout).toContain('登记 47 → 采集 44 → 评定 44 → 信用户 41 → 已授信 24 → 已用信 19');
    expect(run.stdout).toContain('授信覆盖率 24 / 47 = 0.5106');
    expect(run.stdout).toMatch(/t-1 +25 +24 +24 +23 +13 +12 +0\.5200/);
    expect(run.stdout).toMatch(/wj-rcb +12 +0\.2553/);
    expect(run.stdout).toContain(
      '#2 超额授信：村 t1-v02 户 t1-v02-h2，授信合计 300,000.01 元，核定额度 300,000.00 元，超出 0.01 元（abc-wj 100,000.01 元；wj-rcb 200,000.00 元）',
    );
    expect(run.stdout).toContain('#17 查无此对象：经营主体 FF9');
    expect(run.stdout).toContain('#18 用信余额（元）：1,000.01 元超过了授信额度 1,000.00 元');
    expect(run.stdout).toContain('#19 授信到期日：应为实际存在的日期');
  });

  it('is English with --lang en', async () => {
    const run = await runCli(['--lang', 'en', 'follow-up', file('r.json'), LEDGER]);
    expect(run.stdout).toContain('Credit follow-up (balances as of 2024-12-31)');
    expect(run.stdout).toContain(
      'registered 47 → collected 44 → rated 44 → credit households 41 → with a line 24 → drawing 19',
    );
    expect(run.stdout).toContain('#12 over limit: entity LSH1');
    expect(run.stdout).toContain(
      '#18 Drawn balance (yuan): 1,000.01 yuan is above the line granted',
    );
    expect(run.stdout).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('outputs', () => {
  it('--output and --exceptions-csv: the report and the lenders’ CSV (BOM, CRLF, one row per lender)', async () => {
    const run = await runCli(
      [
        'follow-up',
        file('r.json'),
        LEDGER,
        '--json',
        '--output',
        file('report.json'),
        '--exceptions-csv',
        file('exceptions.csv'),
      ],
      { env: { CREDIT_VILLAGE_LANG: '' } },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    const report = JSON.parse(readFileSync(file('report.json'), 'utf8')) as {
      exceptions: Parameters<typeof followUpExceptionsCsv>[0];
    };
    const csv = readFileSync(file('exceptions.csv'), 'utf8');
    expect(csv).toBe(followUpExceptionsCsv(report.exceptions));
    expect(csv.startsWith('\uFEFF台账记录号,异常类型,村编号,户号')).toBe(true);
    const rows = csv.slice(1).split('\r\n');
    expect(rows.at(-1)).toBe('');
    // Two over-limit households with two lenders each, two entities, three unknown subjects.
    expect(rows).toHaveLength(1 + 2 * 2 + 2 + 3 + 1);
    expect(rows[1]).toBe('2,超额授信,t1-v02,t1-v02-h2,,abc-wj,100000.01,300000.01,300000.00,');
  });

  it('guards the CSV against formulas: an id a spreadsheet would run starts with an apostrophe', async () => {
    const ledger = {
      asOf: '2024-12-31',
      lines: [
        {
          lender: '=HYPERLINK("x")',
          village: 'nowhere',
          household: '+1',
          granted: '1000',
          used: '0',
          validUntil: '2025-12-31',
        },
      ],
    };
    writeFileSync(file('formula.json'), JSON.stringify(ledger));
    const run = await runCli(
      ['follow-up', file('r.json'), file('formula.json'), '--exceptions-csv', file('formula.csv')],
      { env: { CREDIT_VILLAGE_LANG: '' } },
    );
    expect(run.status).toBe(1);
    const row = readFileSync(file('formula.csv'), 'utf8').split('\r\n')[1];
    expect(row).toBe(`0,查无此对象,nowhere,'+1,,"'=HYPERLINK(""x"")",1000.00,,,0.00`);
  });

  it('refuses a directory as --output, or one file for both outputs, before any work (exit 2)', async () => {
    mkdirSync(file('a-dir'), { recursive: true });
    const dir = await runCli(['follow-up', file('r.json'), LEDGER, '--output', file('a-dir')]);
    expect(dir.status).toBe(2);
    expect(dir.stderr).toContain('it is a directory');
    const same = await runCli([
      'follow-up',
      file('r.json'),
      LEDGER,
      '--output',
      file('x'),
      '--exceptions-csv',
      file('x'),
    ]);
    expect(same.status).toBe(2);
    expect(same.stderr).toContain('name the same file');
  });

  it('leaves no temporary file behind', async () => {
    const before = readdirSync(tmpdir()).filter((n) => n.startsWith('credit-village-')).length;
    await runCli(['follow-up', file('r.json'), LEDGER, '--json']);
    const after = readdirSync(tmpdir()).filter((n) => n.startsWith('credit-village-')).length;
    expect(after).toBeLessThanOrEqual(before);
  });
});

describe('exit statuses and unusable documents', () => {
  const good = {
    lender: 'wj-rcb',
    village: 't1-v01',
    household: 't1-v01-h1',
    granted: '100000',
    used: '0',
    validUntil: '2025-12-31',
  };

  it('exits 0 when every line is well-formed and within its limit', async () => {
    writeFileSync(file('clean.json'), JSON.stringify({ asOf: '2024-12-31', lines: [good] }));
    const run = await runCli(['follow-up', file('r.json'), file('clean.json'), '--json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('reads a ledger that writes asOf after its lines', async () => {
    writeFileSync(file('late.json'), JSON.stringify({ lines: [good], asOf: '2024-12-31' }));
    const run = await runCli(['follow-up', file('r.json'), file('late.json'), '--json']);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { summary: Json }).summary.active).toBe(1);
  });

  it('reports a key written twice in a line at its path, and the line counts nowhere', async () => {
    const text = `{"asOf":"2024-12-31","lines":[${JSON.stringify(good).replace('"used":"0"', '"used":"0","used":"5"')}]}`;
    writeFileSync(file('twice.json'), text);
    const run = await runCli(['follow-up', file('r.json'), file('twice.json'), '--json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as {
      errors: { issues: { path: unknown[]; code: string }[] }[];
      summary: Json;
    };
    expect(report.errors[0]?.issues).toContainEqual(
      expect.objectContaining({ path: ['used'], code: 'duplicate_key' }),
    );
    expect(report.summary.active).toBe(0);
  });

  it.each([
    ['not JSON', 'this is not json', /not a credit ledger/],
    ['no lines', '{"asOf":"2024-12-31"}', /no "lines" array/],
    ['lines not an array', '{"asOf":"2024-12-31","lines":{}}', /must be a JSON array/],
    ['a bad asOf', '{"asOf":"2024-02-30","lines":[]}', /not usable/],
    ['no asOf', '{"lines":[]}', /not usable/],
    [
      'an unknown top-level key',
      '{"asOf":"2024-12-31","lines":[],"bank":1}',
      /"bank" is not a field/,
    ],
    ['a top-level key twice', '{"asOf":"2024-12-31","asOf":"2024-12-30","lines":[]}', /twice/],
    ['two documents', '{"asOf":"2024-12-31","lines":[]}{}', /one JSON object/],
  ])('exits 2 for a ledger with %s', async (_name, text, message) => {
    writeFileSync(file('bad-ledger.json'), text);
    const run = await runCli(['follow-up', file('r.json'), file('bad-ledger.json')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('exits 2 for results that are not results of evaluate (a batch document)', async () => {
    const run = await runCli(['follow-up', join(VECTORS, 'townships.json'), LEDGER]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('the results');
  });

  it('exits 2 when both inputs are standard input', async () => {
    const run = await runCli(['follow-up', '-', '-']);
    expect(run.status).toBe(2);
  });

  it('prints the ledger’s JSON Schema', async () => {
    const run = await runCli(['schema', 'ledger']);
    expect(run.status).toBe(0);
    const schema = JSON.stringify(JSON.parse(run.stdout));
    for (const field of ['asOf', 'lines', 'lender', 'granted', 'used', 'validUntil', 'entity'])
      expect(schema).toContain(`"${field}"`);
  });
});

describe('the example county', () => {
  it('prints its funnel and its deliberate exceptions; no name of a household head anywhere', async () => {
    await runCli(['evaluate', join(REPO_ROOT, 'examples/county.json'), '-o', file('county.json')]);
    const run = await runCli(
      ['follow-up', file('county.json'), join(REPO_ROOT, 'examples/ledger.json')],
      { env: { CREDIT_VILLAGE_LANG: '' } },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/登记 [\d,]+ → 采集 [\d,]+ → 评定 [\d,]+ → 信用户 [\d,]+ → 已授信/);
    expect(run.stdout).toContain('异常 4 项（超额授信 3，查无此对象 1，评定记录无效 0）');
    expect(run.stdout.match(/超额授信：/g)).toHaveLength(3);
    expect(run.stdout).toContain('wj-yatan');
    const names = new Set<string>();
    for (const line of readFileSync(join(REPO_ROOT, 'examples/county.ndjson'), 'utf8')
      .trim()
      .split('\n')) {
      const record = JSON.parse(line) as {
        households?: { head?: { name?: string } }[];
        principal?: { name?: string };
      };
      for (const h of record.households ?? []) if (h.head?.name) names.add(h.head.name);
      if (record.principal?.name) names.add(record.principal.name);
    }
    expect(names.size).toBeGreaterThan(100);
    for (const name of names) expect(run.stdout).not.toContain(name);
    // The README's excerpt is the command's own output, line for line.
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('```text\n授信用信跟踪');
    expect(start).toBeGreaterThan(0);
    const block = readme.slice(start + '```text\n'.length, readme.indexOf('```', start + 8));
    const shown = block.split('\n').filter((line) => line !== '' && line !== '…');
    expect(shown.length).toBeGreaterThan(10);
    for (const line of shown) expect(run.stdout).toContain(`${line}\n`);
  });
});
