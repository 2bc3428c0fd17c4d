import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  type BatchResult,
  defaultModel,
  defaultModelDocument,
  evaluateBatch,
  parseModel,
} from '@credit-village/core';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { VECTORS_DIR } from '../../../test/vectors-dir.js';
import {
  batchToWorkbook,
  issueLine,
  locateIssue,
  readWorkbook,
  templateWorkbook,
  workbookColumns,
} from '../src/index.js';
import { XlsxReader } from '../src/xlsx/read-xlsx.js';
import { ZIP_LIMITS } from '../src/zip/limits.js';
import { ZipArchive } from '../src/zip/read-zip.js';
import { type HandCell, type HandSheet, handXlsx } from './helpers/hand-xlsx.js';
import { heldPart, householdOf } from './helpers/held-part.js';

type Json = Record<string, unknown>;
interface Household extends Json {
  id: string;
  review?: { panelSize: unknown; marks: Json[] };
}
interface Batch {
  villages: { id: string; households: Household[] }[];
}

const model = defaultModel();
const DIMENSIONS = model.document.score.civility.dimensions;
const LEVELS = model.document.score.civility.levels;
const word = (code: string) => LEVELS.find((l) => l.code === code)?.label?.zh ?? code;
const reviewVector = () =>
  JSON.parse(readFileSync(join(VECTORS_DIR, 'review.json'), 'utf8')) as Batch;

/** A review as the workbook gives it back: a mark's `vetoes: []` reads back as absent. */
function withoutEmptyVetoes(review: Household['review']): unknown {
  if (review === undefined) return undefined;
  return {
    ...review,
    marks: review.marks.map(({ vetoes, ...mark }) =>
      Array.isArray(vetoes) && vetoes.length === 0 ? mark : { ...mark, vetoes },
    ),
  };
}

/** Every village's results and errors by record id, as the JSON the result document writes. */
function byRecord(result: BatchResult): Map<string, string> {
  const out = new Map<string, string>();
  for (const village of result.villages) {
    for (const household of village.households)
      out.set(`${village.id}/${household.id}`, JSON.stringify(household));
    for (const error of village.errors)
      out.set(`${village.id}/${error.id}#error`, JSON.stringify(error));
  }
  return out;
}

/** The rows of one sheet of written bytes, each as its cells' text by column. */
function sheetRows(bytes: Uint8Array, sheet: string): string[][] {
  const opened = ZipArchive.open(bytes, ZIP_LIMITS);
  if (!opened.ok) throw new Error('the written workbook opens');
  const rows: string[][] = [];
  XlsxReader.open(opened.archive).readSheet(sheet, (row, cells) => {
    const out: string[] = [];
    for (const cell of cells) out[cell.column] = cell.text;
    rows[row - 1] = out;
  });
  return rows;
}

describe('the 民主评议 sheet: JSON → xlsx → JSON', () => {
  it('review.json: every review the workbook can hold comes back as it was; the rest is named', () => {
    const document = reviewVector();
    const written = batchToWorkbook(document);
    const named = written.lost
      .filter((item) => !/empty object/.test(item.en))
      .map((item) => {
        const [v, h] = householdOf(item.path) ?? [-1, -1];
        const id = document.villages[v]?.households[h]?.id;
        return [id, item.path.slice(4).join('.'), item.en];
      });
    // The vector's own mistakes that no cell can carry as they are, each with why.
    expect(named).toEqual([
      ['X-panel-str', 'review.panelSize', expect.stringMatching(/reads back as another/)],
      ['X-no-marks', 'review', expect.stringMatching(/review without marks/)],
      ['X-entry-key', 'review.marks.2.comment', expect.stringMatching(/unknown field/)],
      ['X-review-key', 'review.date', expect.stringMatching(/unknown field/)],
      ['X-reviewer-empty', 'review.marks.0.reviewer', expect.stringMatching(/reads back/)],
    ]);
    const read = readWorkbook(written.bytes);
    expect(read.issues).toEqual([]);
    const back = read.document as unknown as Batch;
    const lostIds = new Set(named.map(([id]) => id));
    let reviews = 0;
    for (const [v, village] of document.villages.entries()) {
      for (const [h, household] of village.households.entries()) {
        const again = back.villages[v]?.households[h];
        expect(again?.id).toBe(household.id);
        if (lostIds.has(household.id) || household.review === undefined) continue;
        reviews++;
        // Byte for byte, keys in the same order: panelSize, marks; reviewer, civility, vetoes.
        expect(JSON.stringify(again?.review)).toBe(
          JSON.stringify(withoutEmptyVetoes(household.review)),
        );
      }
    }
    expect(reviews).toBeGreaterThanOrEqual(30);
    // Evaluated, every record the workbook holds has the same result, byte for byte; each
    // record named in `lost` is one whose result may differ (X-panel-str is then valid).
    const before = byRecord(evaluateBatch(document));
    const after = byRecord(evaluateBatch(read.document));
    const differing = [...before.keys()].filter((key) => after.get(key) !== before.get(key));
    const emptied = new Set(
      written.lost
        .filter((item) => /empty object/.test(item.en))
        .map((item) => {
          const [v, h] = householdOf(item.path) ?? [-1, -1];
          return `${document.villages[v]?.id}/${document.villages[v]?.households[h]?.id}`;
        }),
    );
    for (const key of differing) {
      const id = key.split('/')[1]?.replace(/#error$/, '');
      // An empty object changes only the asset lines (no `0.00` line); a named loss, anything.
      expect(lostIds.has(id) || emptied.has(key.replace(/#error$/, ''))).toBe(true);
    }
    expect(differing).toContain('r-invalid/X-panel-str#error');
  });

  it('the part review.json the workbook holds is evaluated byte-identically, and its 民主评议 sheet written again the same', () => {
    const document = reviewVector();
    const held = heldPart(document, batchToWorkbook(document).lost);
    const written = batchToWorkbook(held);
    expect(written.lost).toEqual([]);
    const read = readWorkbook(written.bytes);
    expect(read.ok).toBe(true);
    expect(JSON.stringify(evaluateBatch(read.document))).toBe(JSON.stringify(evaluateBatch(held)));
    // Written again, the 民主评议 sheet is the same cell for cell (other sheets write "120.50" as
    // the number it read back, 120.5).
    expect(sheetRows(batchToWorkbook(read.document).bytes, '民主评议')).toEqual(
      sheetRows(written.bytes, '民主评议'),
    );
    // One 民主评议 row per mark, under the label and key rows.
    const marks = (held.villages as Batch['villages'])
      .flatMap((v) => v.households)
      .reduce((n, h) => n + (h.review?.marks.length ?? 0), 0);
    expect(sheetRows(written.bytes, '民主评议')).toHaveLength(2 + marks);
    const locations = read.locations.villages.flatMap((v) => v.households);
    expect(locations.reduce((n, h) => n + (h.review?.length ?? 0), 0)).toBe(marks);
  });

  it('a review is written in the clerk’s words: level labels, veto codes, the panel on every row', () => {
    const document = reviewVector();
    const rows = sheetRows(batchToWorkbook(document).bytes, '民主评议');
    const keys = rows[1] ?? [];
    const first = document.villages[0]?.households[0];
    const mark = first?.review?.marks[0] as { reviewer: string; civility: Json; vetoes: string[] };
    const row = rows[2] ?? [];
    const at = (key: string) => row[keys.indexOf(key)];
    expect([at('village'), at('household'), at('panelSize'), at('reviewer')]).toEqual([
      'r-worked',
      first?.id,
      String(first?.review?.panelSize),
      mark.reviewer,
    ]);
    for (const d of DIMENSIONS)
      expect(at(`civility.${d.code}`)).toBe(word(String(mark.civility[d.code])));
    expect(at('vetoes')).toBe(mark.vetoes.join(','));
    // Every row of the household carries the same panel size.
    const panels = rows.slice(2).filter((r) => r[keys.indexOf('household')] === first?.id);
    expect(new Set(panels.map((r) => r[keys.indexOf('panelSize')]))).toEqual(
      new Set([String(first?.review?.panelSize)]),
    );
  });
});

const VILLAGE: HandSheet = {
  name: '村',
  rows: [[], ['id', 'householdsTotal', 'partyOrganisation'], ['v1', { n: '6' }, '好']],
};
const HOUSEHOLD_KEYS = ['village', 'id', 'income.net', 'income.operating', 'creditRecord'];
const CIVILITY_KEYS = DIMENSIONS.map((d) => `civility.${d.code}`);
const REVIEW_KEYS = ['village', 'household', 'panelSize', 'reviewer', ...CIVILITY_KEYS, 'vetoes'];

/** A household row, with the final civility marks or without them. */
function householdRow(id: string, civility: boolean): HandCell[] {
  return [
    'v1',
    id,
    { n: '60000' },
    { n: '0' },
    'none',
    ...CIVILITY_KEYS.map(() => (civility ? '好' : null)),
  ];
}

/** A 民主评议 row: good in every dimension but those given, as words. */
function markRow(
  village: string | null,
  household: string,
  panel: HandCell,
  reviewer: string,
  change: Readonly<Record<string, string>> = {},
  vetoes: string | null = null,
): HandCell[] {
  return [
    village,
    household,
    panel,
    reviewer,
    ...DIMENSIONS.map((d) => change[d.code] ?? '好'),
    vetoes,
  ];
}

function reviewWorkbook(households: HandCell[][], marks: HandCell[][]): Uint8Array {
  return handXlsx([
    { name: '说明', rows: [['评定年度', { n: '2024' }]] },
    VILLAGE,
    { name: '农户', rows: [[], [...HOUSEHOLD_KEYS, ...CIVILITY_KEYS], ...households] },
    { name: '民主评议', rows: [[], REVIEW_KEYS, ...marks] },
  ]);
}

describe('the 民主评议 sheet: reading, and every problem in its place', () => {
  it('rows group into each household’s review; words become codes; vetoes by code or label', () => {
    const v4 = model.document.vetoes.codes.find((c) => c.code === 'V4');
    const bytes = reviewWorkbook(
      [householdRow('H1', false)],
      [
        markRow('v1', 'H1', { n: '5' }, 'a', { honesty: word('poor') }, 'V4'),
        markRow('v1', 'H1', { n: '5' }, 'b', { honesty: 'fair' }, v4?.label?.zh ?? 'V4'),
        markRow('v1', 'H1', '5', 'c'),
        markRow('v1', 'H1', { n: '5' }, 'd'),
      ],
    );
    const read = readWorkbook(bytes);
    expect(read.issues).toEqual([]);
    const household = (read.document as unknown as Batch).villages[0]?.households[0];
    expect(household?.review?.panelSize).toBe(5);
    expect(
      household?.review?.marks.map((m) => [m.reviewer, (m.civility as Json).honesty, m.vetoes]),
    ).toEqual([
      ['a', 'poor', ['V4']],
      ['b', 'fair', ['V4']],
      ['c', 'good', undefined],
      ['d', 'good', undefined],
    ]);
    expect(Object.keys(household ?? {})).toEqual(['id', 'income', 'review', 'creditRecord']);
    expect(read.locations.villages[0]?.households[0]?.review).toEqual([3, 4, 5, 6]);
    const result = evaluateBatch(read.document);
    const scored = result.villages[0]?.households[0];
    // Two of four propose V4: not more than half, so no veto; honesty's median of poor, fair, good, good is fair.
    expect(scored?.review).toMatchObject({ panelSize: 5, present: 4, vetoes: [] });
    expect(scored?.review?.civility.honesty).toBe('fair');
  });

  it('a panel size that differs, a row of no household: errors naming sheet, row and column; no row dropped', () => {
    const bytes = reviewWorkbook(
      [householdRow('H1', false)],
      [
        markRow('v1', 'H1', { n: '5' }, 'a'),
        markRow('v1', 'H1', { n: '5' }, 'b'),
        markRow('v1', 'H1', { n: '6' }, 'c'),
        markRow('v1', 'H1', null, 'd'),
        markRow('v1', 'H9', { n: '5' }, 'e'),
        markRow('v9', 'H1', { n: '5' }, 'f'),
        markRow(null, 'H1', { n: '5' }, 'g'),
      ],
    );
    const read = readWorkbook(bytes);
    expect(read.ok).toBe(false);
    expect(read.issues.map((i) => [i.code, i.sheet, i.row, i.column, i.key])).toEqual([
      ['panel_size_mismatch', '民主评议', 5, 'C', 'panelSize'],
      ['panel_size_mismatch', '民主评议', 6, 'C', 'panelSize'],
      ['unknown_household', '民主评议', 7, 'B', 'household'],
      ['unknown_village', '民主评议', 8, 'A', 'village'],
      ['missing_link', '民主评议', 9, 'A', 'village'],
    ]);
    expect(read.issues[0]?.message).toBe(
      '民主评议 第 5 行「评议小组人数（人）」：与本户第 3 行的评议小组人数不同（此行 6，第 3 行 5）：同一户的各行应填同一人数',
    );
    expect(read.issues[0]?.en).toMatch(
      /^民主评议 row 5, column C \(panelSize\): the panel size differs from row 3/,
    );
    expect(read.issues[2]?.message).toMatch(
      /^民主评议 第 7 行「户编号」：村 "v1" 在「农户」表中没有户 "H9"/,
    );
    // Nothing lost: every one of the 7 rows is a mark of H1 or a problem of its own.
    const marks =
      (read.document as unknown as Batch).villages[0]?.households[0]?.review?.marks ?? [];
    expect(marks.map((m) => m.reviewer)).toEqual(['a', 'b', 'c', 'd']);
    expect(marks.length + 3).toBe(7);
  });

  it('the core’s problems of a review are placed on its rows: a mark’s cell, or the review’s first row', () => {
    const bytes = reviewWorkbook(
      [
        householdRow('H1', false),
        householdRow('H2', true),
        householdRow('H3', false),
        householdRow('H4', false),
        householdRow('H5', false),
      ],
      [
        markRow('v1', 'H1', { n: '3' }, 'a'),
        markRow('v1', 'H1', { n: '3' }, 'b'),
        // H2 has its final marks on 农户 too.
        markRow('v1', 'H2', { n: '3' }, 'a'),
        markRow('v1', 'H2', { n: '3' }, 'b'),
        markRow('v1', 'H3', { n: '3' }, 'a'),
        markRow('v1', 'H3', { n: '3' }, 'b', { honesty: 'excellent' }),
        // H4: 2 of a panel of 9, no quorum.
        markRow('v1', 'H4', { n: '9' }, 'a'),
        markRow('v1', 'H4', { n: '9' }, 'b'),
        markRow('v1', 'H5', { n: '3' }, 'a'),
        markRow('v1', 'H5', { n: '3' }, 'a', {}, 'V7'),
      ],
    );
    const read = readWorkbook(bytes);
    expect(read.issues).toEqual([]);
    const result = evaluateBatch(read.document);
    const [village] = result.villages;
    const columns = workbookColumns(model);
    const lines = (village?.errors ?? []).flatMap((error) =>
      error.issues.map((issue) => {
        const place = locateIssue(
          read.locations,
          columns,
          { village: 0, household: error.index ?? -1 },
          issue.path,
        );
        return [
          error.id,
          issue.path.join('.'),
          issue.code,
          place?.sheet,
          place?.row,
          place?.column ?? null,
          issueLine(issue, place, columns),
        ];
      }),
    );
    const honesty = DIMENSIONS.find((d) => d.code === 'honesty')?.label?.zh;
    const letter = (key: string) => String.fromCharCode(65 + REVIEW_KEYS.indexOf(key));
    expect(lines.map((line) => line.slice(0, 6))).toEqual([
      ['H2', 'review', 'invalid_value', '民主评议', 5, null],
      [
        'H3',
        'review.marks.1.civility.honesty',
        'invalid_value',
        '民主评议',
        8,
        letter('civility.honesty'),
      ],
      ['H4', 'review', 'no_quorum', '民主评议', 9, null],
      ['H5', 'review.marks.1.vetoes.0', 'invalid_value', '民主评议', 12, letter('vetoes')],
      ['H5', 'review.marks.1.reviewer', 'duplicate_id', '民主评议', 12, letter('reviewer')],
    ]);
    expect(lines[0]?.[6]).toMatch(
      /^民主评议 第 5 行：该户在「农户」表已填文明评议结果：最终结果与民主评议只能填一种/,
    );
    expect(lines[1]?.[6]).toMatch(
      new RegExp(
        `^民主评议 第 8 行「${honesty}」：不是可选的取值，可选：${LEVELS.map((l) => l.label?.zh).join('、')} — `,
      ),
    );
    expect(lines[2]?.[6]).toMatch(/^民主评议 第 9 行：到会评议人数不足法定人数/);
    expect(village?.households.map((h) => h.id)).toEqual(['H1']);
  });
});

/** A sheet's XML in written bytes, by the sheet's place in the workbook. */
function sheetXml(bytes: Uint8Array, sheet: string): { names: string[]; xml: string } {
  const parts = unzipSync(bytes);
  const names = [
    ...strFromU8(parts['xl/workbook.xml'] as Uint8Array).matchAll(/<sheet name="([^"]+)"/g),
  ].map((m) => m[1] as string);
  const index = names.indexOf(sheet);
  const xml =
    index < 0 ? '' : strFromU8(parts[`xl/worksheets/sheet${index + 1}.xml`] as Uint8Array);
  return { names, xml };
}

describe('the template’s 民主评议 sheet comes from the model', () => {
  it('labels, keys and dropdowns of the default model', () => {
    const bytes = templateWorkbook({ evalYear: 2024 });
    const { names, xml } = sheetXml(bytes, '民主评议');
    expect(names).toEqual([
      '说明',
      '村',
      '农户',
      '房屋',
      '农机车辆设施',
      '民主评议',
      '经营主体',
      '乡镇',
    ]);
    const rows = sheetRows(bytes, '民主评议');
    expect(rows[1]).toEqual(REVIEW_KEYS);
    expect(rows[0]?.slice(4, 4 + DIMENSIONS.length)).toEqual(DIMENSIONS.map((d) => d.label?.zh));
    // One dropdown of the model's level words on each civility column, none elsewhere.
    const lists = [...xml.matchAll(/sqref="([A-Z]+)3:\1\d+"><formula1>"([^"]*)"/g)].map((m) => [
      m[1],
      m[2],
    ]);
    const levelWords = LEVELS.map((l) => l.label?.zh).join(',');
    expect(lists).toEqual(
      CIVILITY_KEYS.map((key) => [String.fromCharCode(65 + REVIEW_KEYS.indexOf(key)), levelWords]),
    );
    // The 说明 sheet says how to fill it, and lists the veto codes it takes.
    const instructions = sheetRows(bytes, '说明')
      .map((row) => row.join(' '))
      .join('\n');
    expect(instructions).toMatch(/民主评议表每位到会评议人对每户一行/);
    expect(instructions).toMatch(/民主评议「提议一票否决（代码，逗号分隔）」 失信被执行人 = V1/);
  });

  it('a county’s own words are the sheet’s words; a model without review has no such sheet', () => {
    const doc = structuredClone(defaultModelDocument()) as unknown as {
      score: {
        civility: { dimensions: { label: { zh: string } }[]; levels: { label: { zh: string } }[] };
      };
      review?: unknown;
      objections?: unknown;
      examples?: unknown;
    };
    const [firstDimension] = doc.score.civility.dimensions;
    const [firstLevel] = doc.score.civility.levels;
    if (firstDimension === undefined || firstLevel === undefined)
      throw new Error('the model has civility');
    firstDimension.label.zh = '守法经营';
    firstLevel.label.zh = '优';
    const county = parseModel(doc);
    const bytes = templateWorkbook({ model: county });
    const rows = sheetRows(bytes, '民主评议');
    expect(rows[0]?.[4]).toBe('守法经营');
    expect(sheetXml(bytes, '民主评议').xml).toContain(`<formula1>"优,`);
    // The county's word reads back as the code.
    const filled = reviewWorkbook(
      [householdRow('H1', false)],
      [markRow('v1', 'H1', { n: '3' }, 'a', { [DIMENSIONS[0]?.code ?? '']: '优' })],
    );
    const back = readWorkbook(filled, { model: county }).document as unknown as Batch;
    const civility = back.villages[0]?.households[0]?.review?.marks[0]?.civility as
      | Json
      | undefined;
    expect(civility?.[DIMENSIONS[0]?.code ?? '']).toBe(LEVELS[0]?.code);

    delete doc.review;
    delete doc.objections;
    delete doc.examples;
    const noReview = parseModel(doc);
    expect(sheetXml(templateWorkbook({ model: noReview }), '民主评议').names).not.toContain(
      '民主评议',
    );
    // Such a model knows no review: rows of the sheet are the record's error, on the review's row.
    const read = readWorkbook(filled, { model: noReview });
    const [error] = evaluateBatch(read.document, { model: noReview }).villages[0]?.errors ?? [];
    const issue = error?.issues.find((i) => i.path[0] === 'review');
    if (issue === undefined) throw new Error('a review under a model without review is an error');
    const place = locateIssue(
      read.locations,
      workbookColumns(noReview),
      { village: 0, household: 0 },
      issue.path,
    );
    expect([issue.path, issue.code]).toEqual([['review'], 'unknown_key']);
    expect(issueLine(issue, place)).toMatch(/^民主评议 第 3 行：所用模型没有民主评议/);
  });
});
