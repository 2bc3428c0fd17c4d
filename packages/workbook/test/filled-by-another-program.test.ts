import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultModel, evaluateBatch } from '@credit-village/core';
import { describe, expect, it } from 'vitest';
import { VECTORS_DIR } from '../../../test/vectors-dir.js';
import { batchToWorkbook, readWorkbook } from '../src/index.js';
import { type HandCell, handXlsx } from './helpers/hand-xlsx.js';
import { heldPart } from './helpers/held-part.js';

type Json = Record<string, unknown>;

/** The clerk's words of the default model, looked up in the model document by this test itself. */
function wordsOf(): Map<string, Map<string, string>> {
  const doc = defaultModel().document;
  const map = (items: readonly { code: string; label?: { zh?: string } }[]) =>
    new Map(items.map((i) => [i.code, i.label?.zh ?? i.code]));
  return new Map([
    ['structure', map(doc.assets.houses.structures)],
    ['civility', map(doc.score.civility.levels)],
    ['creditRecord', map(doc.score.creditRecord.levels)],
    ['partyOrganisation', map(doc.village.items.partyOrganisation.levels)],
  ]);
}

/** Flattens a record to dotted keys, leaving out the arrays that live on their own sheets. */
function flatten(record: Json, skip: readonly string[], prefix = ''): [string, unknown][] {
  const out: [string, unknown][] = [];
  for (const [key, value] of Object.entries(record)) {
    if (skip.includes(key)) continue;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      out.push(...flatten(value as Json, [], `${prefix}${key}.`));
    } else out.push([`${prefix}${key}`, value]);
  }
  return out;
}

/**
 * A spreadsheet program's way of filling the template: columns in its own order (reversed),
 * text cells and numeric cells mixed, words for some rows and codes for others.
 */
function fill(document: Json): Uint8Array {
  const words = wordsOf();
  const sheets = new Map<string, Map<string, HandCell>[]>();
  let n = 0;
  const add = (sheet: string, entries: [string, unknown][]) => {
    n++;
    const row = new Map<string, HandCell>();
    for (const [key, value] of entries) {
      const group = key.startsWith('civility.') ? 'civility' : key;
      let cell: HandCell;
      if (Array.isArray(value)) cell = value.join('，');
      else if (typeof value === 'string') {
        const word = words.get(group)?.get(value);
        cell = word !== undefined && n % 2 === 0 ? word : value;
      } else if (typeof value === 'number')
        cell = n % 3 === 0 ? String(value) : { n: String(value) };
      else cell = value as HandCell;
      row.set(key, cell);
    }
    const rows = sheets.get(sheet) ?? [];
    rows.push(row);
    sheets.set(sheet, rows);
  };
  for (const village of document.villages as Json[]) {
    add('村', flatten(village, ['households']));
    for (const household of village.households as Json[]) {
      add('农户', [
        ['village', village.id],
        ...flatten(household, ['houses', 'machines', 'vehicles', 'facilities', 'review']),
      ]);
      const link: [string, unknown][] = [
        ['village', village.id],
        ['household', household.id],
      ];
      for (const house of (household.houses as Json[] | undefined) ?? [])
        add('房屋', [...link, ...flatten(house, [])]);
      for (const [array, kind] of [
        ['machines', '农机'],
        ['vehicles', 'vehicle'],
        ['facilities', '设施'],
      ] as const) {
        for (const item of (household[array] as Json[] | undefined) ?? []) {
          add('农机车辆设施', [...link, ['kind', kind], ...flatten(item, [])]);
        }
      }
      const review = household.review as { panelSize: unknown; marks: Json[] } | undefined;
      for (const mark of review?.marks ?? [])
        add('民主评议', [...link, ['panelSize', review?.panelSize], ...flatten(mark, [])]);
    }
  }
  const sheetList = [...sheets].map(([name, rows]) => {
    const keys = [...new Set(rows.flatMap((row) => [...row.keys()]))].reverse();
    return {
      name,
      rows: [
        keys.map((k) => `标签 ${k}`),
        keys,
        ...rows.map((row) => keys.map((k) => row.get(k) ?? null)),
      ],
    };
  });
  return handXlsx([
    { name: '说明', rows: [['评定年度', { n: String(document.evalYear) }]] },
    ...sheetList,
  ]);
}

describe('a template filled by another program', () => {
  for (const name of ['golden.json', 'random.json']) {
    it(`${name}: evaluates to the same results as the JSON it came from`, () => {
      const document = JSON.parse(readFileSync(join(VECTORS_DIR, name), 'utf8')) as Json;
      const imported = readWorkbook(fill(document));
      expect(imported.issues).toEqual([]);
      const fromJson = evaluateBatch(document);
      const fromWorkbook = evaluateBatch(imported.document);
      // Empty objects (livestock: {}) come back absent, which changes only the list of asset
      // lines, never a value; everything else of the result is identical.
      const strip = (r: typeof fromJson) =>
        r.villages.map((v) => ({
          ...v,
          households: v.households.map((h) => ({
            ...h,
            assets: { ...h.assets, lines: h.assets.lines.filter((l) => l.value !== '0.00') },
          })),
        }));
      expect(strip(fromWorkbook)).toEqual(strip(fromJson));
      expect(fromWorkbook.summary).toEqual(fromJson.summary);
      expect(fromWorkbook.evalYear).toBe(document.evalYear);
    });
  }

  it('review.json: a 民主评议 sheet in its own column order, words and codes mixed, evaluates byte-identically', () => {
    const vector = JSON.parse(readFileSync(join(VECTORS_DIR, 'review.json'), 'utf8')) as Json;
    const document = heldPart(vector, batchToWorkbook(vector).lost);
    const imported = readWorkbook(fill(document));
    expect(imported.issues).toEqual([]);
    expect(JSON.stringify(evaluateBatch(imported.document))).toBe(
      JSON.stringify(evaluateBatch(document)),
    );
  });
});
