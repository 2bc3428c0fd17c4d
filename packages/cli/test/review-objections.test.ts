import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REPO_ROOT,
  readVector,
  runCli,
  temporaryDirectory,
  toNdjson,
  VECTORS,
} from './helpers/cli.js';

// Democratic review and objections (docs/formats.md §15) through the built command: the shared
// vectors, the readable report, the notice's marks, and the example data.

type Json = Record<string, unknown>;
interface Batch {
  evalYear: number;
  villages: Json[];
}
interface ExpectedReview {
  exitStatus: number;
  villages: {
    id: string;
    households: Json[];
    errors?: { index: number; id: string; paths: (string | number)[][] }[];
  }[];
}
interface ExpectedObjections {
  exitStatus: number;
  count: number;
  today: string;
  notice: Json;
  objections: Json[];
  held: Json[];
  villages: Json[];
  errors: { index: number; paths: (string | number)[][] }[];
}

const temporary = temporaryDirectory();
afterAll(() => temporary.remove());
const file = (name: string) => join(temporary.path, name);

/** A household result reduced to what review.expected.json lists. */
function expectedShape(h: Json): Json {
  const assets = h.assets as Json;
  const review = h.review as Json | undefined;
  return {
    id: h.id,
    assets: { gross: assets.gross, liabilities: assets.liabilities, net: assets.net },
    score: h.score,
    components: Object.fromEntries(
      (h.components as { id: string; points: number }[]).map((c) => [c.id, c.points]),
    ),
    grade: h.grade,
    creditHousehold: h.creditHousehold,
    vetoes: h.vetoes,
    limit: h.limit,
    ...(review === undefined
      ? {}
      : {
          review: {
            panelSize: review.panelSize,
            present: review.present,
            civility: review.civility,
            vetoes: review.vetoes,
          },
        }),
  };
}

beforeAll(async () => {
  // The results the objections vector is tracked against, as a document and as NDJSON lines.
  const json = await runCli(['evaluate', join(VECTORS, 'review.json'), '-o', file('r.json')]);
  expect(json.status).toBe(1);
  writeFileSync(file('review.ndjson'), toNdjson(readVector('review.json') as Batch));
  const lines = await runCli([
    'evaluate',
    file('review.ndjson'),
    '--format',
    'ndjson',
    '-o',
    file('r.ndjson'),
  ]);
  expect(lines.status).toBe(1);
});

describe('review households through evaluate, validate and explain', () => {
  it('review.json gives review.expected.json as a document and as NDJSON, with its exit status', async () => {
    const expected = readVector('review.expected.json') as ExpectedReview;
    const document = JSON.parse(readFileSync(file('r.json'), 'utf8')) as { villages: Json[] };
    const lines = readFileSync(file('r.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => {
        const { line: _l, model: _m, evalYear: _y, ...village } = JSON.parse(line) as Json;
        return village;
      });
    expect(lines).toEqual(document.villages);
    expected.villages.forEach((ev, i) => {
      const village = document.villages[i] as Json;
      expect(village.id).toBe(ev.id);
      expect((village.households as Json[]).map(expectedShape)).toEqual(ev.households);
      const errors = village.errors as { index?: number; issues: { path: unknown[] }[] }[];
      for (const error of ev.errors ?? []) {
        const got = errors.find((e) => e.index === error.index);
        const paths = (got?.issues ?? []).map((issue) => JSON.stringify(issue.path));
        for (const want of error.paths) expect(paths).toContain(JSON.stringify(want));
      }
    });
    const reference = await runCli(['evaluate', join(VECTORS, 'review.json'), '--reference']);
    expect(reference.status).toBe(expected.exitStatus);
    expect(reference.stdout).toBe(readFileSync(file('r.json'), 'utf8'));
  });

  it('copies the reviewers entries only with --include-personal', async () => {
    const run = await runCli(['evaluate', join(VECTORS, 'review.json'), '--include-personal']);
    const result = JSON.parse(run.stdout) as { villages: { households: Json[] }[] };
    const r1 = result.villages[0]?.households[0] as { review: { marks: { reviewer: string }[] } };
    expect(r1.review.marks.map((m) => m.reviewer)).toContain('rep-wang');
    expect(readFileSync(file('r.json'), 'utf8')).not.toContain('rep-wang');
  });

  it('validate names the records without a quorum, in words, and exits 1', async () => {
    const run = await runCli(['validate', join(VECTORS, 'review.json')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("review: no quorum: 5 of the panel's 9 members present");
    expect(run.stdout).toContain('review.marks[2].reviewer: the reviewer id is already used');
  });

  it('explain shows every mark, the one the median took, and the proposals that vetoed', async () => {
    const r1 = (readVector('review.json') as Batch).villages[0]?.households as Json[];
    writeFileSync(file('r1.json'), JSON.stringify({ evalYear: 2024, household: r1[0] }));
    const run = await runCli(['explain', file('r1.json')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Democratic review (民主评议): 5 of a panel of 7 present');
    expect(run.stdout).toMatch(
      /honesty +good, good, fair, poor, good → poor, fair, good, good, good → good/,
    );
    expect(run.stdout).toContain('veto V4 proposed by 3 of 5');
    expect(run.stdout).toContain(': a veto');
    const json = await runCli(['explain', file('r1.json'), '--json']);
    const receipt = JSON.parse(json.stdout) as { explanation: { review: { vetoes: string[] } } };
    expect(receipt.explanation.review.vetoes).toEqual(['V4']);
  });
});

describe('credit-village objections', () => {
  const expected = readVector('objections.expected.json') as ExpectedObjections;

  for (const [what, results] of [
    ['a result document', 'r.json'],
    ['NDJSON result lines', 'r.ndjson'],
  ] as const) {
    it(`--json matches objections.expected.json against ${what}`, async () => {
      const run = await runCli([
        'objections',
        file(results),
        join(VECTORS, 'objections.json'),
        '--today',
        expected.today,
        '--json',
      ]);
      expect(run.status).toBe(expected.exitStatus);
      const report = JSON.parse(run.stdout) as Omit<ExpectedObjections, 'errors'> & {
        errors: { index: number; issues: { path: unknown[] }[] }[];
      };
      expect(report.today).toBe(expected.today);
      expect(report.notice).toEqual(expected.notice);
      expect(
        report.objections.map(({ index, village, household, filed, due, status }) => ({
          index,
          village,
          household,
          filed,
          due,
          status,
        })),
      ).toEqual(expected.objections);
      expect(report.held).toEqual(expected.held);
      expect(report.villages).toEqual(expected.villages);
      expect(report.errors.map((e) => e.index)).toEqual(expected.errors.map((e) => e.index));
      for (const error of expected.errors) {
        const got = report.errors.find((e) => e.index === error.index);
        const paths = (got?.issues ?? []).map((issue) => JSON.stringify(issue.path));
        for (const want of error.paths) expect(paths).toContain(JSON.stringify(want));
      }
      expect(report.objections.length + report.errors.length).toBe(expected.count);
    });
  }

  it('prints a readable report, Chinese first, without the grounds', async () => {
    const run = await runCli([
      'objections',
      file('r.json'),
      join(VECTORS, 'objections.json'),
      '--today',
      '2024-10-17',
    ]);
    expect(run.status).toBe(1);
    const out = run.stdout;
    expect(out).toContain('公示期 notice period: 2024-09-27 至 to 2024-10-03（7 天 days）');
    expect(out).toMatch(/ {5}3 {2}待复核 pending/);
    expect(out).toMatch(/ {5}1 {2}逾期未复核 overdue/);
    expect(out).toContain('本周到期 Due this week (by 2024-10-20):');
    expect(out).toContain('2024-10-17  r-worked / R1  #0');
    expect(out).toContain('2024-10-16  r-panels / P22  #3');
    expect(out).toContain('r-panels: 3 户 held — C06, P22, P08');
    expect(out).toContain('#9 结果中查无此村或此户');
    const grounds = (readVector('objections.json') as { objections: { grounds: string }[] })
      .objections;
    for (const { grounds: text } of grounds) if (text.length > 6) expect(out).not.toContain(text);
  });

  it('exits 2 for an unusable objections document or results, naming the problem', async () => {
    const doc = readVector('objections.json') as Json;
    writeFileSync(file('bad-holiday.json'), JSON.stringify({ ...doc, holidays: ['2024-10-32'] }));
    const badHoliday = await runCli(['objections', file('r.json'), file('bad-holiday.json')]);
    expect(badHoliday.status).toBe(2);
    expect(badHoliday.stderr).toContain('objections.holidays[0]');
    writeFileSync(file('extra-key.json'), JSON.stringify({ ...doc, remarks: '' }));
    const extra = await runCli(['objections', file('r.json'), file('extra-key.json')]);
    expect(extra.status).toBe(2);
    expect(extra.stderr).toContain('objections.remarks');
    const notResults = await runCli([
      'objections',
      join(VECTORS, 'review.json'),
      join(VECTORS, 'objections.json'),
    ]);
    expect(notResults.status).toBe(2);
    const badDay = await runCli([
      'objections',
      file('r.json'),
      join(VECTORS, 'objections.json'),
      '--today',
      '2024-02-30',
    ]);
    expect(badDay.status).toBe(2);
  });

  it('tracks on today in China when --today is not given', async () => {
    const chinaToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const before = chinaToday();
    const run = await runCli(['objections', file('r.json'), join(VECTORS, 'objections.json')]);
    const after = chinaToday();
    // Every filing of the vector is in the past, so only the three bad objections are errors.
    expect(run.status).toBe(1);
    const day = /统计日 as of: (\d{4}-\d{2}-\d{2})/.exec(run.stdout)?.[1];
    expect([before, after]).toContain(day);
  });

  it('is described by --help, and schema objections prints its JSON Schema', async () => {
    const help = await runCli(['objections', '--help']);
    expect(help.status).toBe(0);
    for (const text of ['<results>', '<objections>', '--today', '--json', 'Exit status'])
      expect(help.stdout).toContain(text);
    const schema = await runCli(['schema', 'objections']);
    expect(schema.status).toBe(0);
    const json = JSON.stringify(JSON.parse(schema.stdout));
    for (const field of ['notice', 'holidays', 'workdays', 'objections', 'resolution', 'grounds'])
      expect(json).toContain(`"${field}"`);
  });
});

describe('the notice and objections', () => {
  it('gives the last day, where to object, and marks the held households', async () => {
    const dir = file('notices');
    const run = await runCli([
      'notice',
      join(VECTORS, 'review.json'),
      '--village',
      'r-panels',
      '--objections',
      join(VECTORS, 'objections.json'),
      '--today',
      '2024-10-17',
      '--objections-to',
      '村委会办公室',
      '--out-dir',
      dir,
    ]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('3 under re-review; period 2024-09-27 to 2024-10-03');
    const csv = readFileSync(join(dir, 'r-panels-notice.csv'), 'utf8').split('\r\n');
    expect(csv[0]?.endsWith(',异议复核')).toBe(true);
    const held = csv.filter((line) => line.endsWith(',复核中'));
    expect(held.map((line) => line.split(',')[1])).toEqual(['C06', 'P22', 'P08']);
    const html = readFileSync(join(dir, 'r-panels-notice.html'), 'utf8');
    const text = html.replace(/<[^>]*>/g, '');
    expect(text).toContain('请在公示期内向村委会办公室反映（截至2024年10月3日）');
    expect(html).toContain('10 个工作日内复核');
    // The grounds of an objection (here "first day of the notice") are never printed.
    expect(html).not.toContain('first day of the notice');
  });

  it('replaces an earlier notice of the village, with or without the objections column', async () => {
    const dir = file('again');
    const base = [
      'notice',
      join(VECTORS, 'review.json'),
      '--village',
      'r-panels',
      '--out-dir',
      dir,
    ];
    const withObjections = [
      '--objections',
      join(VECTORS, 'objections.json'),
      '--today',
      '2024-10-17',
    ];
    expect((await runCli([...base, '--date', '2024-09-27'])).status).toBe(0);
    expect((await runCli([...base, ...withObjections])).status).toBe(0);
    expect(readFileSync(join(dir, 'r-panels-notice.csv'), 'utf8')).toContain('复核中');
    expect((await runCli([...base, '--date', '2024-09-27'])).status).toBe(0);
    expect(readFileSync(join(dir, 'r-panels-notice.csv'), 'utf8')).not.toContain('复核中');
  });

  it('refuses an objections document of another notice', async () => {
    const run = await runCli([
      'notice',
      join(VECTORS, 'review.json'),
      '--village',
      'r-panels',
      '--objections',
      join(VECTORS, 'objections.json'),
      '--date',
      '2024-09-28',
      '--out-dir',
      file('other'),
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('the objections document is for the notice of 2024-09-27');
  });
});

describe('the example data', () => {
  it('is what generate-review.mjs writes, byte for byte', () => {
    const root = file('generator');
    const examples = join(root, 'examples');
    const model = join(root, 'packages', 'core', 'src', 'model');
    mkdirSync(examples, { recursive: true });
    mkdirSync(model, { recursive: true });
    for (const name of ['generate-review.mjs', 'county.json'])
      copyFileSync(join(REPO_ROOT, 'examples', name), join(examples, name));
    copyFileSync(
      join(REPO_ROOT, 'packages/core/src/model/wangjiang-default.json'),
      join(model, 'wangjiang-default.json'),
    );
    execFileSync(process.execPath, [join(examples, 'generate-review.mjs')], { stdio: 'ignore' });
    for (const name of ['review-village.json', 'objections.json'])
      expect(
        readFileSync(join(examples, name)).equals(readFileSync(join(REPO_ROOT, 'examples', name))),
        name,
      ).toBe(true);
  });

  it('the reviewed village is clean, with a veto by a majority and a tie broken downward', async () => {
    const run = await runCli(['evaluate', 'examples/review-village.json']);
    expect(run.status).toBe(0);
    const village = (JSON.parse(run.stdout) as { villages: { households: Json[] }[] }).villages[0];
    const households = village?.households ?? [];
    expect(households).toHaveLength(36);
    expect(households.every((h) => h.review !== undefined)).toBe(true);
    const h4 = households[3] as { vetoes: string[]; review: { civility: Json; vetoes: string[] } };
    expect(h4.review.vetoes).toEqual(['V4']);
    expect(h4.review.civility.filialPiety).toBe('fair');
    const h10 = households[9] as { review: { present: number; vetoes: string[] } };
    expect(h10.review).toMatchObject({ present: 6, vetoes: [] });
  });

  it('the README shows the objections report exactly as the command prints it', async () => {
    const county = await runCli(['evaluate', 'examples/county.json', '-o', file('county.json')]);
    expect(county.status).toBe(0);
    const run = await runCli([
      'objections',
      file('county.json'),
      'examples/objections.json',
      '--today',
      '2025-01-08',
    ]);
    expect(run.status).toBe(1);
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const start = readme.indexOf('```text\n公示异议办理情况');
    expect(start).toBeGreaterThan(0);
    const block = readme.slice(start + '```text\n'.length, readme.indexOf('```', start + 8));
    expect(block).toBe(run.stdout);
  });
});
