import { defaultModel, publicNotice } from '@credit-village/core';
import { describe, expect, it } from 'vitest';
import { readVector } from './vectors.js';

/** golden.json with its village named as a village is (its vector name is English). */
const golden = readVector('golden.json') as { villages: { name?: string }[] };
const first = golden.villages[0];
if (first !== undefined) first.name = '雅滩村';

/** Latin words of a text, once the ids, masked numbers and grade codes it lists are taken out. */
function latinWords(text: string, allowed: readonly string[]): string[] {
  const words = text.replace(/<[^>]*>/g, ' ').match(/[A-Za-z][A-Za-z0-9-]*/g) ?? [];
  return words.filter((word) => !allowed.includes(word));
}

describe('the public notice (公示) posted in a village', () => {
  const notice = publicNotice(golden, 'golden', { date: '2024-09-27', days: 7 });
  const codes = [
    'H1',
    'H2',
    'H3',
    'H4',
    'H5',
    'H6',
    'H7',
    'H8',
    'H9',
    'AAA',
    'AA',
    'A',
    'B',
    'C',
    'NR',
    'golden',
  ];

  it('is in Chinese only, in the CSV and on the page', () => {
    const body = notice.html.slice(notice.html.indexOf('<body>'));
    expect(latinWords(body, codes)).toEqual([]);
    const csv = notice.csv.split('\r\n');
    expect(csv[0]).toBe('\uFEFF序号,户号,户主,身份证号,信用等级,信用户,授信额度（元）');
    expect(notice.csv).not.toMatch(/yes|no\b/);
    expect(latinWords(notice.csv, codes)).toEqual([]);
  });

  it('names who issues it, when, and where objections go, and carries no hash', () => {
    expect(notice.issuer).toBe('雅滩村信用评定小组');
    const text = notice.html.replace(/<(?!br)[^>]*>/g, '');
    expect(text).toContain('公示期：2024年9月27日至2024年10月3日（7 天）');
    expect(text).toContain('请在公示期内向雅滩村信用评定小组反映');
    expect(text).toContain('雅滩村信用评定小组<br>2024年9月27日');
    // Each date also carries its ISO form, for machines.
    expect(notice.html).toContain('<time datetime="2024-10-03">2024年10月3日</time>');
    expect(notice.html).not.toContain(defaultModel().hash);
    expect(notice.html).not.toContain('sha256');
    expect(notice.html).toContain(
      `评定依据：望江县默认模型（设计参数）（第 ${defaultModel().version} 版）`,
    );
  });

  it('takes the issuing body it is given, escaped', () => {
    const given = publicNotice(golden, 'golden', {
      date: '2024-09-27',
      issuer: '雅滩村<村民委员会>',
    });
    expect(given.issuer).toBe('雅滩村<村民委员会>');
    expect(given.html).toContain('雅滩村&#60;村民委员会&#62;');
    expect(given.html).not.toContain('<村民委员会>');
  });
});
