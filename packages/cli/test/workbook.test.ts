import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readWorkbook } from '@credit-village/workbook';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { readVector, runCli, temporaryDirectory, VECTORS } from './helpers/cli.js';

const dir = temporaryDirectory();
afterAll(() => dir.remove());
const at = (name: string) => join(dir.path, name);

describe('the spreadsheet path: template, convert, evaluate and validate .xlsx', () => {
  it('template writes the empty workbook with its year', async () => {
    const run = await runCli(['template', '--output', at('template.xlsx'), '--eval-year', '2025']);
    expect(run.status).toBe(0);
    const read = readWorkbook(readFileSync(at('template.xlsx')));
    expect(read).toMatchObject({ ok: true, document: { evalYear: 2025, villages: [] } });
    const parts = unzipSync(readFileSync(at('template.xlsx')));
    const workbook = strFromU8(parts['xl/workbook.xml'] as Uint8Array);
    for (const sheet of ['说明', '村', '农户', '房屋', '农机车辆设施', '经营主体', '乡镇']) {
      expect(workbook).toContain(`name="${sheet}"`);
    }
    // The dropdowns hold the model's words.
    expect(strFromU8(parts['xl/worksheets/sheet4.xml'] as Uint8Array)).toContain(
      '钢混,砖混,砖木,简易',
    );
  });

  it('template writes the workbook to standard output when it is piped', async () => {
    const run = await runCli(['template']);
    expect(run.status).toBe(0);
    expect(run.stdout.startsWith('PK')).toBe(true);
  });

  it('JSON → xlsx → evaluate gives the results of the JSON itself', async () => {
    const convert = await runCli([
      'convert',
      join(VECTORS, 'random.json'),
      '--to',
      'xlsx',
      '--output',
      at('random.xlsx'),
    ]);
    // random.json has empty objects (livestock: {}), which a sheet cannot hold: listed, status 1.
    expect(convert.status).toBe(1);
    expect(convert.stderr).toMatch(/空对象/);
    const fromXlsx = await runCli(['evaluate', at('random.xlsx')]);
    const fromJson = await runCli(['evaluate', join(VECTORS, 'random.json')]);
    expect(fromXlsx.status).toBe(0);
    const outcome = (text: string) =>
      (
        JSON.parse(text) as {
          villages: {
            id: string;
            rating: string;
            households: { id: string; score: number; grade: string; limit: string }[];
          }[];
        }
      ).villages.map((v) => ({
        id: v.id,
        rating: v.rating,
        households: v.households.map((h) => [h.id, h.score, h.grade, h.limit]),
      }));
    expect(outcome(fromXlsx.stdout)).toEqual(outcome(fromJson.stdout));
    const back = await runCli(['convert', at('random.xlsx'), '--to', 'json']);
    expect(back.status).toBe(0);
    const again = await runCli(['evaluate', '-'], { input: back.stdout });
    expect(outcome(again.stdout)).toEqual(outcome(fromJson.stdout));
  });

  it('bad records in a workbook: exit 1, each problem by sheet, row and column label in Chinese', async () => {
    await runCli([
      'convert',
      join(VECTORS, 'invalid.json'),
      '--to',
      'xlsx',
      '--output',
      at('invalid.xlsx'),
    ]);
    const run = await runCli(['evaluate', at('invalid.xlsx'), '--output', at('results.xlsx')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /^房屋 第 \d+ 行「面积（m²）」：小数位过多.* — 村 bad-records 户 b-area3dp：houses\[0\]\.areaM2/m,
    );
    const parts = unzipSync(readFileSync(at('results.xlsx')));
    const names = strFromU8(parts['xl/workbook.xml'] as Uint8Array);
    for (const sheet of ['汇总', '村级评定', '农户评定', '经营主体', '乡镇', '问题清单'])
      expect(names).toContain(`name="${sheet}"`);
    const strings = strFromU8(parts['xl/sharedStrings.xml'] as Uint8Array);
    expect(strings).toContain('面积（m²）');
    expect(strings).toContain('b-area3dp');
    const validate = await runCli(['validate', at('invalid.xlsx')]);
    expect(validate.status).toBe(1);
    expect(validate.stdout).toMatch(/农户 第 \d+ 行「存款（元）」：不是有效的数字/);
    expect(validate.stdout).toMatch(/^Not valid:/m);
  });

  it('a file that is not a workbook: exit 2 in Chinese, nothing written', async () => {
    writeFileSync(at('fake.xlsx'), 'id,name\n');
    const fake = await runCli(['evaluate', at('fake.xlsx'), '--output', at('none.json')]);
    expect(fake.status).toBe(2);
    expect(fake.stderr).toMatch(/不是 \.xlsx 工作簿/);
    expect(existsSync(at('none.json'))).toBe(false);
    const same = await runCli(['evaluate', at('fake.xlsx'), '--format', 'json']);
    expect(same.status).toBe(2);
    expect(same.stderr).toMatch(/not valid JSON/);
  });

  it('the evaluation year comes from 说明 or --eval-year; without either, exit 2 saying where to put it', async () => {
    const doc = readVector('golden.json') as Record<string, unknown>;
    const { evalYear: _, ...noYear } = doc;
    writeFileSync(at('no-year.json'), JSON.stringify(noYear));
    await runCli(['convert', at('no-year.json'), '--to', 'xlsx', '--output', at('no-year.xlsx')]);
    const run = await runCli(['evaluate', at('no-year.xlsx')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/评定年度/);
    const given = await runCli(['evaluate', at('no-year.xlsx'), '--eval-year', '2024']);
    expect(given.status).toBe(0);
  });
});

describe('convert to a workbook', () => {
  it('names what a workbook cannot hold once per kind, the first places named and the rest counted', async () => {
    const batch = readVector('golden.json') as { villages: { households: object[] }[] };
    const households = batch.villages[0]?.households ?? [];
    for (const [i, household] of households.entries())
      Object.assign(household, { meta: { group: `${i}组` } });
    const file = at('with-meta.json');
    writeFileSync(file, JSON.stringify(batch));
    const run = await runCli(['convert', file, '--to', 'xlsx', '--output', at('with-meta.xlsx')]);
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('villages.0.households.0.meta');
    expect(lines[0]).toContain(`共 ${households.length} 处`);
    expect(lines[0]).not.toContain(`households.${households.length - 1}.meta`);
  });
});
