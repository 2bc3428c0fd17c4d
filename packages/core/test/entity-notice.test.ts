import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VECTORS_DIR } from '../../../test/vectors-dir.js';
import {
  defaultModel,
  issueLine,
  publicEntityNotice,
  safePublicEntityNotice,
  safePublicNotice,
} from '../src/index.js';

const batch = JSON.parse(readFileSync(join(VECTORS_DIR, 'townships.json'), 'utf8')) as unknown;

describe("a township's entity notice (经营主体评定结果公示)", () => {
  const notice = publicEntityNotice(batch, 't-1', { date: '2024-09-27' });

  it('lists the entities that name the township, with their limit parts', () => {
    expect(notice.rows.map((r) => r.entity)).toEqual(['FF1', 'COOP1', 'LSH1', 'VNAE']);
    const coop = notice.rows.find((r) => r.entity === 'COOP1');
    expect([coop?.limit, coop?.creditOnly, coop?.guaranteed]).toEqual([
      '1660000.00',
      '1000000.00',
      '660000.00',
    ]);
  });

  it('is posted in Chinese only, with its issuer and date, and without the hash', () => {
    const text = notice.html.replace(/<(?!br)[^>]*>/g, '');
    expect(text).toContain('公示期：2024年9月27日至2024年10月3日（7 天）');
    expect(notice.issuer).toMatch(/信用评定小组$/);
    expect(text).toContain(`${notice.issuer}<br>2024年9月27日`);
    expect(notice.html).not.toContain(defaultModel().hash);
    expect(notice.html).not.toMatch(/Public notice|Model:|yes|Guaranteed/);
    expect(notice.csv.split('\r\n')[0]).toBe(
      '\uFEFF序号,主体编号,主体名称,主体类型,负责人,信用等级,信用主体,授信额度（元）,信用方式（元）,需担保（元）',
    );
    // The page names its township for the command, which replaces only its own notices.
    expect(notice.html).toContain('<meta name="credit-village-notice" content="t-1-entities">');
  });

  it('says who issues it when told', () => {
    const given = publicEntityNotice(batch, 't-1', {
      date: '2024-09-27',
      issuer: '某某镇人民政府',
    });
    expect(given.issuer).toBe('某某镇人民政府');
    expect(given.html).toContain('向某某镇人民政府反映');
  });
});

describe('an entity notice that cannot be made', () => {
  const model = defaultModel();
  const problems = (township: string, date: string, days?: number) => {
    const made = safePublicEntityNotice(batch, township, {
      date,
      ...(days === undefined ? {} : { days }),
    });
    if (made.ok) throw new Error(`the notice of ${township} on ${date} was made`);
    return made.issues;
  };

  it('refuses the dates and lengths a village notice refuses, with the same issues', () => {
    const golden = JSON.parse(readFileSync(join(VECTORS_DIR, 'golden.json'), 'utf8')) as unknown;
    for (const [date, days] of [
      ['2025-02-30', 7],
      ['2025-03-01', 0],
      ['2025-03-01', 367],
      ['2100-12-31', 2],
      ['1899-12-31', 7],
    ] as const) {
      const village = safePublicNotice(golden, 'golden', { date, days });
      if (village.ok) throw new Error(`the village notice of ${date} was made`);
      expect(problems('t-1', date, days)).toEqual(village.issues);
    }
    const [date] = problems('t-1', '2025-02-30');
    expect(date?.params?.rule).toBe('noticeDate');
    expect(
      issueLine(date ?? { path: [], code: 'invalid_value', message: '' }, {
        lang: 'zh',
        model,
        record: 'notice',
      }),
    ).toBe('公示开始日期：须为实际存在的日期，写作 YYYY-MM-DD');
  });

  it('names a township neither in the batch nor named by an entity, in the clerk’s words', () => {
    const [issue] = problems('t-9', '2025-03-01');
    expect(issue?.path).toEqual(['entities']);
    expect(issue?.params?.rule).toBe('unknownTownship');
    const line = issueLine(issue ?? { path: [], code: 'invalid_value', message: '' }, {
      lang: 'zh',
      model,
      record: 'notice',
    });
    expect(line).toMatch(
      /^经营主体：批次中没有这个乡镇，也没有经营主体注明它（经营主体注明的乡镇：/,
    );
    expect(line).toContain('t-1');
    expect(line).not.toMatch(/entities|no such/);
  });
});
