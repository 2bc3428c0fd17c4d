import { defaultModel, type Model } from '@credit-village/core';
import { type Column, workbookColumns } from '../format/columns.js';
import { DATA_SHEETS, type DataSheet, SHEETS } from '../format/sheet-names.js';
import { type CellInput, XlsxWriter } from '../xlsx/write-xlsx.js';
import { cellFor, NOT_HELD } from './cell-input.js';
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
 * evaluates to the same results. What a sheet cannot hold is listed in `lost` (and left out):
 * `meta`, `review`, empty objects, values of the wrong shape.
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
        'village',
      ]);
      rows[SHEETS.households].push(row);
      const hid = household.id;
      const itemsLinkable =
        typeof hid === 'string' && hid.trim() !== '' && !seenHouseholds.has(hid);
      if (typeof hid === 'string') seenHouseholds.add(hid);
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
    const cell = cellFor(valueAt(record, column.key), column);
    if (cell !== NOT_HELD) return cell;
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
          : key === 'review'
            ? 'a review (the workbook holds final civility marks only)'
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
  'a review (the workbook holds final civility marks only)':
    '民主评议明细（工作簿只记最终评议结果）',
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
