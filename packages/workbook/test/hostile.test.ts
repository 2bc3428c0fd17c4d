import { defaultModel, evaluateBatch } from '@credit-village/core';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { batchToWorkbook, readWorkbook, templateWorkbook } from '../src/index.js';
import { type HandCell, type HandSheet, handXlsx } from './helpers/hand-xlsx.js';

const VILLAGE_KEYS = ['id', 'householdsTotal', 'partyOrganisation'];
const HOUSEHOLD_KEYS = ['village', 'id', 'income.net', 'income.operating', 'creditRecord'];
/** The default model's civility dimensions, read from the model rather than copied. */
const CIVILITY = defaultModel().document.score.civility.dimensions.map((d) => d.code);

/** A small valid workbook (one village, one household, one house) with one sheet's rows replaced. */
function workbook(overrides: Partial<Record<string, HandSheet>> = {}): Uint8Array {
  const household: HandCell[] = [
    'v1',
    'H1',
    { n: '60000' },
    { n: '0' },
    'none',
    ...CIVILITY.map(() => '好'),
  ];
  const sheets: HandSheet[] = [
    { name: '说明', rows: [['评定年度', { n: '2024' }]] },
    { name: '村', rows: [VILLAGE_KEYS, VILLAGE_KEYS, ['v1', { n: '1' }, '好']] },
    {
      name: '农户',
      rows: [[], [...HOUSEHOLD_KEYS, ...CIVILITY.map((c) => `civility.${c}`)], household],
    },
    {
      name: '房屋',
      rows: [
        [],
        ['village', 'household', 'structure', 'areaM2', 'yearBuilt'],
        ['v1', 'H1', '砖混', { n: '120.5' }, { n: '2010' }],
      ],
    },
  ];
  return handXlsx(sheets.map((sheet) => overrides[sheet.name] ?? sheet));
}

const unzipParts = (bytes: Uint8Array) => unzipSync(bytes);
const codes = (bytes: Uint8Array) => readWorkbook(bytes).issues.map((i) => i.code);

describe('hostile and broken workbooks: a clear problem, never a hang or a crash', () => {
  it('the small workbook itself is valid and complete', () => {
    const read = readWorkbook(workbook());
    expect(read.issues).toEqual([]);
    const result = evaluateBatch(read.document);
    expect(result.villages[0]?.errors).toEqual([]);
    expect(result.villages[0]?.households[0]?.assets.lines[0]).toMatchObject({ item: 'house' });
  });

  it('corrupt bytes, not a zip, an old .xls, a zip that is not a workbook', () => {
    const good = workbook();
    const truncated = good.slice(0, Math.floor(good.length / 2));
    expect(codes(truncated)).toEqual(['corrupt']);
    expect(codes(new TextEncoder().encode('id,name\n1,2\n'))).toEqual(['not_xlsx']);
    expect(codes(new Uint8Array(0))).toEqual(['not_xlsx']);
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(codes(ole)).toEqual(['legacy_xls']);
    expect(codes(zipSync({ 'a.txt': new Uint8Array([1]) }))).toEqual(['not_xlsx']);
    const flipped = good.slice();
    // Damage the compressed data of every entry: a bad inflate or a bad XML part, reported.
    for (let i = 200; i < flipped.length - 200; i += 97) flipped[i] = (flipped[i] as number) ^ 0xff;
    const read = readWorkbook(flipped);
    expect(read.ok).toBe(false);
    expect(['corrupt', 'not_xlsx']).toContain(read.issues[0]?.code);
  });

  it('a zip bomb is refused before inflating, and one that lies about its size while inflating', () => {
    const zeros = new Uint8Array(64 * 1024 * 1024);
    const bomb = zipSync({
      'xl/worksheets/sheet1.xml': zeros,
      'xl/workbook.xml': new Uint8Array(10),
    });
    const small = { maxEntries: 100, maxUncompressedBytes: 16 * 1024 * 1024 };
    const read = readWorkbook(bomb, { limits: small });
    expect(read.issues.map((i) => i.code)).toEqual(['too_large']);
    expect(read.issues[0]?.message).toMatch(/压缩炸弹/);
    // A real workbook whose sheet is 64 MB of spaces but declares 1 KB: caught while inflating.
    const sheet = new TextEncoder().encode(
      `<worksheet><sheetData>${' '.repeat(64 * 1024 * 1024)}</sheetData></worksheet>`,
    );
    const lying = zipSync({ ...unzipParts(workbook()), 'xl/worksheets/s1.xml': sheet });
    const view = new DataView(lying.buffer);
    for (let at = 0; at < lying.length - 4; at++) {
      const sig = view.getUint32(at, true);
      if (sig === 0x02014b50 && view.getUint32(at + 24, true) === sheet.length)
        view.setUint32(at + 24, 1024, true);
      if (sig === 0x04034b50 && view.getUint32(at + 22, true) === sheet.length)
        view.setUint32(at + 22, 1024, true);
    }
    const lied = readWorkbook(lying).issues;
    expect(lied.map((i) => i.code)).toEqual(['too_large']);
    expect(lied[0]?.en).toMatch(/more than the 1024 bytes it declares/);
    const many = Object.fromEntries(
      Array.from({ length: 200 }, (_, i) => [`f${i}`, new Uint8Array(1)]),
    );
    expect(readWorkbook(zipSync(many), { limits: small }).issues.map((i) => i.code)).toEqual([
      'too_large',
    ]);
  });

  it('a formula cell asks for the value, naming sheet, row and column', () => {
    const bytes = workbook({
      房屋: {
        name: '房屋',
        rows: [
          [],
          ['village', 'household', 'structure', 'areaM2', 'yearBuilt'],
          ['v1', 'H1', '砖混', { f: '100+20.5', v: '120.5' }, { n: '2010' }],
        ],
      },
    });
    const read = readWorkbook(bytes);
    expect(read.ok).toBe(false);
    expect(read.issues).toEqual([
      expect.objectContaining({
        code: 'formula',
        sheet: '房屋',
        row: 3,
        column: 'D',
        key: 'areaM2',
        label: '面积（m²）',
      }),
    ]);
    expect(read.issues[0]?.message).toMatch(/^房屋 第 3 行「面积（m²）」：是公式/);
  });

  it('a date where a year belongs, and an error value', () => {
    const bytes = workbook({
      房屋: {
        name: '房屋',
        rows: [
          [],
          ['village', 'household', 'structure', 'areaM2', 'yearBuilt'],
          ['v1', 'H1', '砖混', { error: '#DIV/0!' }, { date: '40179' }],
        ],
      },
    });
    const read = readWorkbook(bytes);
    expect(read.issues.map((i) => [i.code, i.column])).toEqual([
      ['error_value', 'D'],
      ['date', 'E'],
    ]);
    expect(read.issues[1]?.message).toMatch(/应填年份数字/);
  });

  it('merged cells in the data are reported; merged labels in row 1 are harmless', () => {
    const rows = [['村编号', null, null], VILLAGE_KEYS, ['v1', { n: '1' }, '好']];
    const merged = workbook({
      村: {
        name: '村',
        rows,
        after:
          '<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="A3:A4"/></mergeCells>',
      },
    });
    const issues = readWorkbook(merged).issues;
    expect(issues).toEqual([
      expect.objectContaining({ code: 'merged_cells', sheet: '村', row: 3 }),
    ]);
    expect(issues[0]?.message).toMatch(/A3:A4 是合并单元格/);
  });

  it('50,000 empty formatted rows after the data are skipped quickly', () => {
    const extraRows = Array.from(
      { length: 50_000 },
      (_, i) =>
        `<row r="${i + 4}" s="1" customFormat="1" ht="15"><c r="A${i + 4}" s="1"/><c r="B${i + 4}" s="1"/></row>`,
    ).join('');
    const bytes = workbook({
      村: { name: '村', rows: [VILLAGE_KEYS, VILLAGE_KEYS, ['v1', { n: '1' }, '好']], extraRows },
    });
    const read = readWorkbook(bytes);
    expect(read.issues).toEqual([]);
    expect(read.document.villages).toHaveLength(1);
  });

  it('a house row of a household that does not exist is an error, never dropped', () => {
    const bytes = workbook({
      房屋: {
        name: '房屋',
        rows: [
          [],
          ['village', 'household', 'structure', 'areaM2', 'yearBuilt'],
          ['v1', 'H1', '砖混', { n: '120' }, { n: '2010' }],
          ['v1', 'H9', '砖木', { n: '80' }, { n: '2000' }],
          ['v7', 'H1', '砖木', { n: '80' }, { n: '2000' }],
          [null, 'H1', '简易', { n: '10' }, { n: '2000' }],
        ],
      },
    });
    const read = readWorkbook(bytes);
    expect(read.ok).toBe(false);
    expect(read.issues.map((i) => [i.code, i.row, i.column])).toEqual([
      ['unknown_household', 4, 'B'],
      ['unknown_village', 5, 'A'],
      ['missing_link', 6, 'A'],
    ]);
    expect(read.issues[0]?.message).toMatch(
      /^房屋 第 4 行「户编号」：村 "v1" 在「农户」表中没有户 "H9"/,
    );
  });

  it('the key row: unknown keys, repeated keys, data under no key, no key row', () => {
    const bad = workbook({
      村: {
        name: '村',
        rows: [
          [],
          ['id', 'householdsTotal', 'partyOrganisation', 'id', 'deposit'],
          ['v1', { n: '1' }, '好', 'v2', { n: '3' }, 'x'],
        ],
      },
    });
    expect(readWorkbook(bad).issues.map((i) => [i.code, i.column])).toEqual([
      ['duplicate_column', 'D'],
      ['unknown_column', 'E'],
      ['column_without_key', 'F'],
    ]);
    const noKeys = workbook({ 村: { name: '村', rows: [VILLAGE_KEYS] } });
    // A 村 sheet with labels only: no villages, so the household and its house belong nowhere.
    expect(codes(noKeys)).toEqual(['unknown_village', 'unknown_village']);
    const dataOnRow1 = handXlsx([{ name: '村', rows: [[], [], ['v1', { n: '1' }, '好']] }]);
    expect(codes(dataOnRow1)).toEqual(['missing_keys']);
    expect(codes(handXlsx([{ name: 'Sheet1', rows: [['a']] }]))).toEqual(['missing_sheet']);
  });

  it('an 18-digit id number typed as a number is refused; its digits are not echoed', () => {
    const bytes = workbook({
      农户: {
        name: '农户',
        rows: [[], ['village', 'id', 'head.idNumber'], ['v1', 'H1', { n: '3.40822199001011E+17' }]],
      },
    });
    const issues = readWorkbook(bytes).issues;
    expect(issues.map((i) => [i.code, i.key])).toEqual([['long_number', 'head.idNumber']]);
    expect(JSON.stringify(issues)).not.toMatch(/3408/);
  });

  it('a workbook with a million formula cells lists 1,000 problems and counts the rest', () => {
    const row = Array.from({ length: 3 }, () => ({ f: '1+1', v: '2' }));
    const rows = [VILLAGE_KEYS, VILLAGE_KEYS, ...Array.from({ length: 2000 }, () => row)];
    const issues = readWorkbook(workbook({ 村: { name: '村', rows } })).issues;
    expect(issues).toHaveLength(1001);
    // 6,000 formula cells, plus the household and house rows of the village no longer there.
    expect(issues[1000]).toMatchObject({
      code: 'too_many_issues',
      message: expect.stringMatching(/另有 5002 个问题/),
    });
  });

  it('the template reads back as an empty batch with its year', () => {
    const read = readWorkbook(templateWorkbook({ evalYear: 2025 }));
    expect(read).toMatchObject({
      ok: true,
      issues: [],
      document: { evalYear: 2025, villages: [] },
    });
  });

  it('writing is deterministic: the same document gives the same bytes', () => {
    const doc = {
      evalYear: 2024,
      villages: [{ id: 'v', householdsTotal: 1, partyOrganisation: 'good', households: [] }],
    };
    expect(batchToWorkbook(doc).bytes).toEqual(batchToWorkbook(doc).bytes);
  });
});
