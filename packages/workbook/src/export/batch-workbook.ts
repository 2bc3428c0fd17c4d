import { defaultModel, type Model } from '@credit-village/core';
import { type Column, workbookColumns } from '../format/columns.js';
import { DATA_SHEETS, type DataSheet, SHEETS } from '../format/sheet-names.js';
import { type CellInput, XlsxWriter } from '../xlsx/write-xlsx.js';
import { cellFor, NOT_HELD, readsBackAs } from './cell-input.js';
import { instructionsSheet } from './instructions.js';
import type { LostField } from './lost-field.js';
import { dataSheetLayout, headerRows } from './sheet-layout.js';

/** Options of {@link batchToWorkbook} and {@link templateWorkbook}. */
export interface WriteWorkbookOptions {
  /** The model whose words and columns to use (the default model when absent). */
  readonly model?: Model;
}

/** A written workbook and what of the document it could not hold. */
export interface WrittenWorkbook {
  readonly bytes: Uint8Array;
  readonly lost: readonly LostField[];
}

type Path = (string | number)[];
type Row = CellInput[];
const ITEMS = ['houses', 'machines', 'vehicles', 'facilities'] as const;
const KIND_OF = {
  houses: undefined,
  machines: 'machine',
  vehicles: 'vehicle',
  facilities: 'facility',
} as const;

/**
 * Writes a batch document (any JSON value shaped like FORMATS' batch) as a collection workbook,
 * the converse of {@link readWorkbook}: reading the bytes back gives a document the core
 * evaluates to the same results. A household's `review` is one 民主评议 row per mark. What a
 * sheet cannot hold is listed in `lost` (and left out): `meta`, empty objects, a review without
 * marks, values of the wrong shape.
 */
export function batchToWorkbook(
  document: unknown,
  options: WriteWorkbookOptions = {},
): WrittenWorkbook {
  const model = options.model ?? defaultModel();
  const columns = workbookColumns(model);
  const lost: LostField[] = [];
  const rows: Record<DataSheet, Row[]> = {
    [SHEETS.villages]: [],
    [SHEETS.households]: [],
    [SHEETS.houses]: [],
    [SHEETS.equipment]: [],
    [SHEETS.review]: [],
    [SHEETS.entities]: [],
    [SHEETS.townships]: [],
  };
  const doc = isObject(document) ? document : {};
  if (!isObject(document)) lost.push(notHeld([], 'not a batch document (a JSON object)'));
  for (const key of Object.keys(doc)) {
    if (!['evalYear', 'villages', 'entities', 'townships'].includes(key))
      lost.push(notHeld([key], key === 'meta' ? 'meta' : 'an unknown field'));
  }
  const seenVillages = new Set<string>();
  for (const [v, village] of list(doc.villages, ['villages'], lost)) {
    const path: Path = ['villages', v];
    if (!isObject(village)) {
      lost.push(notHeld(path, 'not an object'));
      continue;
    }
    rows[SHEETS.villages].push(
      rowOf(village, columns[SHEETS.villages], path, lost, ['households']),
    );
    const id = village.id;
    const linkable = typeof id === 'string' && id !== '' && !seenVillages.has(id);
    if (typeof id === 'string') seenVillages.add(id);
    const seenHouseholds = new Set<string>();
    for (const [h, household] of list(village.households, [...path, 'households'], lost)) {
      const hPath: Path = [...path, 'households', h];
      if (!isObject(household) || !linkable) {
        lost.push(
          notHeld(
            hPath,
            isObject(household)
              ? 'its village has no id of its own to link it by'
              : 'not an object',
          ),
        );
        continue;
      }
      const row = rowOf({ ...household, village: id }, columns[SHEETS.households], hPath, lost, [
        ...ITEMS,
        'review',
        'village',
      ]);
      rows[SHEETS.households].push(row);
      const hid = household.id;
      const itemsLinkable =
        typeof hid === 'string' && hid.trim() !== '' && !seenHouseholds.has(hid);
      if (typeof hid === 'string') seenHouseholds.add(hid);
      if (household.review !== undefined) {
        const rPath: Path = [...hPath, 'review'];
        if (itemsLinkable) {
          rows[SHEETS.review].push(
            ...reviewRows(household.review, id, hid, columns[SHEETS.review], rPath, lost),
          );
        } else lost.push(notHeld(rPath, 'its household has no id of its own to link it by'));
      }
      for (const array of ITEMS) {
        const kind = KIND_OF[array];
        for (const [i, item] of list(household[array], [...hPath, array], lost)) {
          const iPath: Path = [...hPath, array, i];
          if (!isObject(item) || !itemsLinkable) {
            lost.push(
              notHeld(
                iPath,
                isObject(item)
                  ? 'its household has no id of its own to link it by'
                  : 'not an object',
              ),
            );
            continue;
          }
          const linked = {
            ...item,
            village: id,
            household: hid,
            ...(array === 'houses' ? {} : { kind }),
          };
          const sheet = array === 'houses' ? SHEETS.houses : SHEETS.equipment;
          rows[sheet].push(
            rowOf(linked, columns[sheet], iPath, lost, ['village', 'household', 'kind']),
          );
        }
      }
    }
  }
  for (const [sheet, key] of [
    [SHEETS.entities, 'entities'],
    [SHEETS.townships, 'townships'],
  ] as const) {
    for (const [i, entry] of list(doc[key], [key], lost)) {
      if (!isObject(entry)) lost.push(notHeld([key, i], 'not an object'));
      else rows[sheet].push(rowOf(entry, columns[sheet], [key, i], lost, []));
    }
  }
  const writer = new XlsxWriter();
  const instructions = instructionsSheet(model, columns, doc.evalYear);
  if (
    doc.evalYear !== undefined &&
    typeof doc.evalYear !== 'number' &&
    typeof doc.evalYear !== 'string'
  ) {
    lost.push(notHeld(['evalYear'], 'not a year'));
  }
  writer.addSheet(instructions.layout, instructions.rows);
  for (const sheet of DATA_SHEETS) {
    // A model without democratic review gets no 民主评议 sheet, unless reviews are written.
    if (sheet === SHEETS.review && model.document.review === undefined && rows[sheet].length === 0)
      continue;
    writer.addSheet(dataSheetLayout(sheet, columns[sheet]), [
      ...headerRows(columns[sheet]),
      ...rows[sheet],
    ]);
  }
  return { bytes: writer.finish(), lost };
}

/**
 * The empty collection workbook (the template): every sheet with its labels, keys and dropdown
 * lists, and the instructions; `evalYear` fills in the year when given.
 */
export function templateWorkbook(
  options: WriteWorkbookOptions & { readonly evalYear?: number } = {},
): Uint8Array {
  return batchToWorkbook(
    { ...(options.evalYear === undefined ? {} : { evalYear: options.evalYear }), villages: [] },
    options,
  ).bytes;
}

const REVIEW_LINK = ['village', 'household', 'panelSize'];

/**
 * A household's review as 民主评议 rows, one per mark, each with the household's link and the
 * panel size (the importer checks that a household's rows agree). Marks are the rows, so a
 * review without marks has nothing to hold it and is listed as lost.
 */
function reviewRows(
  review: unknown,
  village: string,
  household: string,
  columns: readonly Column[],
  path: Path,
  lost: LostField[],
): Row[] {
  if (!isObject(review)) {
    lost.push(notHeld(path, 'not an object'));
    return [];
  }
  for (const key of Object.keys(review)) {
    if (key !== 'panelSize' && key !== 'marks')
      lost.push(notHeld([...path, key], 'an unknown field'));
  }
  const panelColumn = columns.find((column) => column.key === 'panelSize') as Column;
  let panel = cellFor(review.panelSize, panelColumn);
  if (panel === NOT_HELD) {
    lost.push(notHeld([...path, 'panelSize'], 'a value of the wrong shape for its column'));
    panel = null;
  } else if (!readsBackAs(review.panelSize, panel, panelColumn)) {
    lost.push(notHeld([...path, 'panelSize'], 'a value that reads back as another'));
  }
  const marks = list(review.marks, [...path, 'marks'], lost);
  const markColumns = columns.filter((column) => !REVIEW_LINK.includes(column.key));
  const out: Row[] = [];
  for (const [i, mark] of marks) {
    const mPath: Path = [...path, 'marks', i];
    if (!isObject(mark)) {
      lost.push(notHeld(mPath, 'not an object'));
      continue;
    }
    const cells = rowOf(mark, markColumns, mPath, lost, []);
    const link: Readonly<Record<string, CellInput>> = { village, household, panelSize: panel };
    out.push(
      columns.map((column) =>
        REVIEW_LINK.includes(column.key)
          ? (link[column.key] ?? null)
          : (cells[markColumns.indexOf(column)] ?? null),
      ),
    );
  }
  // No row, so nothing of the review (its panel size included) reaches the workbook.
  if (out.length === 0) lost.push(notHeld(path, 'a review without marks (each mark is a row)'));
  return out;
}

/** One row of a record: each column's cell; every field no column holds is listed as lost. */
function rowOf(
  record: Record<string, unknown>,
  columns: readonly Column[],
  path: Path,
  lost: LostField[],
  handled: readonly string[],
): Row {
  const keys = new Set(columns.map((column) => column.key));
  const row = columns.map((column) => {
    const value = valueAt(record, column.key);
    const cell = cellFor(value, column);
    if (cell !== NOT_HELD) {
      if (!readsBackAs(value, cell, column))
        lost.push(
          notHeld([...path, ...column.key.split('.')], 'a value that reads back as another'),
        );
      return cell;
    }
    lost.push(
      notHeld([...path, ...column.key.split('.')], 'a value of the wrong shape for its column'),
    );
    return null;
  });
  for (const [key, value] of Object.entries(record)) {
    if (handled.includes(key) || keys.has(key)) continue;
    if (isObject(value) && [...keys].some((k) => k.startsWith(`${key}.`))) {
      if (Object.keys(value).length === 0)
        lost.push(notHeld([...path, key], 'an empty object (read back as absent)'));
      for (const sub of Object.keys(value)) {
        if (!keys.has(`${key}.${sub}`)) lost.push(notHeld([...path, key, sub], 'an unknown field'));
      }
      continue;
    }
    if (value === undefined) continue;
    lost.push(
      notHeld(
        [...path, key],
        key === 'meta'
          ? 'meta'
          : [...keys].some((k) => k.startsWith(`${key}.`))
            ? 'a value of the wrong shape'
            : 'an unknown field',
      ),
    );
  }
  return row;
}

function valueAt(record: Record<string, unknown>, key: string): unknown {
  let value: unknown = record;
  for (const part of key.split('.')) {
    if (!isObject(value)) return undefined;
    value = value[part];
  }
  return value;
}

function list(value: unknown, path: Path, lost: LostField[]): [number, unknown][] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    lost.push(notHeld(path, 'not an array'));
    return [];
  }
  return value.map((item, i) => [i, item]);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const WHY_ZH: Record<string, string> = {
  meta: '附加信息（meta）',
  'an unknown field': '未知字段',
  'not an object': '不是对象',
  'not an array': '不是数组',
  'not a year': '不是年份',
  'a value of the wrong shape': '取值形状不对',
  'a value of the wrong shape for its column': '取值形状不适合该栏目',
  'an empty object (read back as absent)': '空对象（读回时视为未填）',
  'a value that reads back as another':
    '读回时取值会变（如写成文字的数字、空白文字、以词语代替代码）',
  'a review without marks (each mark is a row)': '没有评议记录的民主评议（每条评议占一行）',
  'its village has no id of its own to link it by': '所属村没有唯一的村编号，无法关联',
  'its household has no id of its own to link it by': '所属农户没有唯一的户编号，无法关联',
  'not a batch document (a JSON object)': '不是批量文档（JSON 对象）',
};

function notHeld(path: Path, why: string): LostField {
  return {
    path,
    message: `工作簿无法保存：${WHY_ZH[why] ?? why}`,
    en: `not held in a workbook: ${why}`,
  };
}
