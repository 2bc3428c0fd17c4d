import { defaultModel, type Model } from '@credit-village/core';
import { type Column, workbookColumns } from '../format/columns.js';
import { type DataSheet, EVAL_YEAR_LABEL, KEY_ROW, SHEETS } from '../format/sheet-names.js';
import { type Cell, columnLetter } from '../xlsx/cell.js';
import { XlsxReader } from '../xlsx/read-xlsx.js';
import { ZIP_LIMITS, type ZipLimits } from '../zip/limits.js';
import { ZipArchive, ZipError, type ZipProblem } from '../zip/read-zip.js';
import { type CellProblem, readCell, setAt } from './cell-value.js';
import type { HouseholdRows, VillageRows, WorkbookLocations } from './locations.js';
import {
  placeText,
  placeTextEn,
  type WorkbookIssue,
  type WorkbookIssueCode,
} from './workbook-issue.js';

/** Options of {@link readWorkbook}. */
export interface ReadWorkbookOptions {
  /** The model whose words and columns the workbook uses (the default model when absent). */
  readonly model?: Model;
  /** Zip-bomb limits (default {@link ZIP_LIMITS}). */
  readonly limits?: ZipLimits;
}

/**
 * What an import gives: the batch document (a plain JSON value for the core to validate), where
 * each record came from, and every problem of the workbook itself. `ok` is false when there is
 * any such problem: the document then must not be evaluated as if it were the whole workbook.
 */
export interface WorkbookImport {
  readonly ok: boolean;
  readonly document: BatchDocument;
  readonly locations: WorkbookLocations;
  readonly issues: readonly WorkbookIssue[];
}

/** A batch document as JSON (FORMATS.md): the core validates every field of it. */
export interface BatchDocument {
  evalYear?: unknown;
  villages: Record<string, unknown>[];
  entities?: Record<string, unknown>[];
  townships?: Record<string, unknown>[];
}

/** The most problems listed one by one; past it they are counted. */
export const MAX_WORKBOOK_ISSUES = 1000;

const HOUSEHOLD_ORDER = [
  'id',
  'head',
  'members',
  'labourers',
  'houses',
  'land',
  'livestock',
  'machines',
  'vehicles',
  'facilities',
  'deposits',
  'collectiveShares',
  'debts',
  'income',
  'civility',
  'review',
  'creditRecord',
  'vetoes',
];
const MARK_ORDER = ['reviewer', 'civility', 'vetoes'];
const KIND_ARRAY = { machine: 'machines', vehicle: 'vehicles', facility: 'facilities' } as const;

/**
 * Reads a collection workbook (.xlsx bytes) into a batch document. Columns are matched by the
 * keys in row 2, in any order; data starts on row 3; an empty cell leaves its field out. Numbers
 * are handed on as the file stores them, words of the dropdown lists become their codes, and the
 * core judges everything else. Never throws for a bad file: every problem is an issue.
 *
 * @example
 * const imported = readWorkbook(bytes);
 * if (imported.ok) evaluateBatch(imported.document);
 */
export function readWorkbook(bytes: Uint8Array, options: ReadWorkbookOptions = {}): WorkbookImport {
  return new WorkbookImporter(options.model ?? defaultModel()).run(
    bytes,
    options.limits ?? ZIP_LIMITS,
  );
}

class WorkbookImporter {
  readonly #columns: Readonly<Record<DataSheet, readonly Column[]>>;
  readonly #issues: WorkbookIssue[] = [];
  #unlisted = 0;
  readonly document: BatchDocument = { villages: [] };
  readonly locations: WorkbookLocations = {
    villages: [],
    entities: [],
    townships: [],
    columns: {},
  };
  readonly #villageIndex = new Map<string, number>();
  readonly #householdIndex = new Map<
    string,
    { record: Record<string, unknown>; rows: HouseholdRows }
  >();
  readonly #withItems = new Set<Record<string, unknown>>();
  /** The review of each household with 民主评议 rows, gathered before it joins the record. */
  readonly #reviews = new Map<Record<string, unknown>, ReviewRows>();

  constructor(model: Model) {
    this.#columns = workbookColumns(model);
  }

  run(bytes: Uint8Array, limits: ZipLimits): WorkbookImport {
    try {
      const opened = ZipArchive.open(bytes, limits);
      if (!opened.ok) {
        this.#fileProblem(opened.problem);
      } else {
        this.#read(XlsxReader.open(opened.archive));
      }
    } catch (error) {
      if (!(error instanceof ZipError)) throw error;
      this.#fileProblem(error.problem);
    }
    for (const record of this.#withItems) reorder(record, HOUSEHOLD_ORDER);
    if (this.#unlisted > 0) {
      this.#issues.push({
        code: 'too_many_issues',
        message: `另有 ${this.#unlisted} 个问题未列出：请先改正以上问题`,
        en: `${this.#unlisted} more problems not listed: fix the ones above first`,
      });
    }
    return {
      ok: this.#issues.length === 0,
      document: this.document,
      locations: this.locations,
      issues: this.#issues,
    };
  }

  #read(reader: XlsxReader): void {
    const names = new Set(reader.sheetNames());
    if (names.has(SHEETS.instructions)) this.#readEvalYear(reader);
    if (!names.has(SHEETS.villages)) {
      this.#issue(
        'missing_sheet',
        { sheet: SHEETS.villages },
        '缺少工作表「村」：工作簿至少要有村表',
        'no 村 (villages) sheet',
      );
    }
    const handlers: Record<DataSheet, (cells: Map<string, Value>, row: number) => void> = {
      [SHEETS.villages]: (cells, row) => this.#village(cells, row),
      [SHEETS.households]: (cells, row) => this.#household(cells, row),
      [SHEETS.houses]: (cells, row) => this.#item(SHEETS.houses, cells, row),
      [SHEETS.equipment]: (cells, row) => this.#item(SHEETS.equipment, cells, row),
      [SHEETS.review]: (cells, row) => this.#reviewMark(cells, row),
      [SHEETS.entities]: (cells, row) => {
        this.document.entities ??= [];
        this.document.entities.push(record(cells));
        this.locations.entities.push(row);
      },
      [SHEETS.townships]: (cells, row) => {
        this.document.townships ??= [];
        this.document.townships.push(record(cells));
        this.locations.townships.push(row);
      },
    };
    // Townships and villages first: the rows of the other sheets are placed by their ids.
    for (const sheet of [
      SHEETS.townships,
      SHEETS.villages,
      SHEETS.households,
      SHEETS.houses,
      SHEETS.equipment,
      SHEETS.review,
      SHEETS.entities,
    ] as const) {
      if (names.has(sheet)) this.#readSheet(reader, sheet, handlers[sheet]);
    }
    this.#joinReviews();
    if (this.document.townships !== undefined) {
      // Keep FORMATS' key order: villages, entities, townships.
      const { townships } = this.document;
      delete this.document.townships;
      this.document.townships = townships;
    }
  }

  #readSheet(
    reader: XlsxReader,
    sheet: DataSheet,
    onRecord: (cells: Map<string, Value>, row: number) => void,
  ): void {
    const layout = this.#columns[sheet];
    const known = new Map(layout.map((column) => [column.key, column]));
    let byColumn: Map<number, Column> | undefined;
    const keyless = new Set<number>();
    let missingKeys = false;
    const info = reader.readSheet(sheet, (row, cells) => {
      if (row < KEY_ROW) return;
      if (row === KEY_ROW) {
        byColumn = this.#keyRow(sheet, cells, known, keyless);
        this.locations.columns[sheet] = Object.fromEntries(
          [...byColumn].map(([index, column]) => [column.key, index]),
        );
        return;
      }
      if (byColumn === undefined) {
        if (!missingKeys) {
          missingKeys = true;
          this.#issue(
            'missing_keys',
            { sheet, row: KEY_ROW },
            `${sheet} 第 2 行应为字段键（如 id、village），数据从第 3 行起：请用模板的第 2 行`,
            `row 2 must hold the field keys, data starts on row 3`,
          );
        }
        return;
      }
      const values = new Map<string, Value>();
      for (const cell of cells) {
        const column = byColumn.get(cell.column);
        if (column === undefined) {
          if (!keyless.has(cell.column)) {
            keyless.add(cell.column);
            const letter = columnLetter(cell.column);
            this.#issue(
              'column_without_key',
              { sheet, row, column: letter },
              `${placeText({ sheet, row, column: letter })}：此列有数据，但第 2 行没有字段键：请填写字段键或删除此列`,
              `${placeTextEn({ sheet, row, column: letter })}: a column with data but no key in row 2`,
            );
          }
          continue;
        }
        const reading = readCell(cell, column);
        if (!reading.ok) {
          this.#cellProblem(reading.code, sheet, row, cell, column);
          continue;
        }
        if (reading.value !== undefined) values.set(column.key, { value: reading.value, cell });
      }
      if (values.size > 0) onRecord(values, row);
    });
    for (const range of info.merges) {
      if (range.lastRow < KEY_ROW) continue;
      const ref = `${columnLetter(range.firstColumn)}${range.firstRow}:${columnLetter(range.lastColumn)}${range.lastRow}`;
      this.#issue(
        'merged_cells',
        { sheet, row: range.firstRow, column: columnLetter(range.firstColumn) },
        `${sheet} ${ref} 是合并单元格：请取消合并，每个单元格填写自己的值`,
        `${sheet} ${ref}: merged cells; unmerge them and give each cell its own value`,
      );
    }
  }

  #keyRow(
    sheet: DataSheet,
    cells: readonly Cell[],
    known: Map<string, Column>,
    reported: Set<number>,
  ): Map<number, Column> {
    const byColumn = new Map<number, Column>();
    const seen = new Map<string, number>();
    for (const cell of cells) {
      const letter = columnLetter(cell.column);
      const key = cell.type === 'string' && !cell.formula ? cell.text.trim() : '';
      const place = { sheet, row: KEY_ROW, column: letter };
      reported.add(cell.column);
      if (key === '') {
        this.#issue(
          'unknown_column',
          place,
          `${placeText(place)}：字段键应为文字（如 id），请用模板的第 2 行`,
          `${placeTextEn(place)}: a field key must be text`,
        );
        continue;
      }
      const column = known.get(key);
      if (column === undefined) {
        const allowed = [...known.keys()].join(', ');
        this.#issue(
          'unknown_column',
          { ...place, key },
          `${placeText(place)}：未知字段键 "${clip(key)}"，此表可用：${allowed}`,
          `${placeTextEn(place)}: unknown field key "${clip(key)}"; this sheet has ${allowed}`,
        );
        continue;
      }
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        this.#issue(
          'duplicate_column',
          { ...place, key, label: column.label },
          `${placeText(place)}：字段键 "${key}" 与 ${columnLetter(earlier)} 列重复`,
          `${placeTextEn(place)}: the key "${key}" is also in column ${columnLetter(earlier)}`,
        );
        continue;
      }
      seen.set(key, cell.column);
      reported.delete(cell.column);
      byColumn.set(cell.column, column);
    }
    return byColumn;
  }

  #village(cells: Map<string, Value>, row: number): void {
    const village = record(cells);
    village.households = [];
    const index = this.document.villages.length;
    this.document.villages.push(village);
    this.locations.villages.push({ row, households: [] });
    const id = village.id;
    if (typeof id === 'string' && !this.#villageIndex.has(id)) this.#villageIndex.set(id, index);
  }

  #household(cells: Map<string, Value>, row: number): void {
    const sheet = SHEETS.households;
    const villageId = this.#link(sheet, cells, row, 'village', '村编号');
    if (villageId === undefined) return;
    const villageIndex = this.#villageIndex.get(villageId);
    if (villageIndex === undefined) {
      this.#unknown(
        'unknown_village',
        sheet,
        row,
        cells,
        'village',
        `村 "${clip(villageId)}" 不在「村」表中：先在村表登记该村，或改正村编号`,
        `village "${clip(villageId)}" is not on the 村 sheet`,
      );
      return;
    }
    cells.delete('village');
    const household = record(cells);
    const village = this.document.villages[villageIndex] as {
      households: Record<string, unknown>[];
    };
    const villageRows = this.locations.villages[villageIndex] as VillageRows;
    village.households.push(household);
    const rows: HouseholdRows = { row, houses: [], machines: [], vehicles: [], facilities: [] };
    villageRows.households.push(rows);
    if (typeof household.id === 'string') {
      const key = `${villageId}\u0000${household.id}`;
      // A repeated id is the core's error on the later record; its items go with the first.
      if (!this.#householdIndex.has(key))
        this.#householdIndex.set(key, { record: household, rows });
    }
  }

  #item(
    sheet: typeof SHEETS.houses | typeof SHEETS.equipment,
    cells: Map<string, Value>,
    row: number,
  ): void {
    const villageId = this.#link(sheet, cells, row, 'village', '村编号');
    const householdId = this.#link(sheet, cells, row, 'household', '户编号');
    let array: 'houses' | 'machines' | 'vehicles' | 'facilities' = 'houses';
    if (sheet === SHEETS.equipment) {
      const kind = cells.get('kind')?.value;
      const found =
        typeof kind === 'string' ? KIND_ARRAY[kind as keyof typeof KIND_ARRAY] : undefined;
      if (found === undefined) {
        const place = this.#place(sheet, row, 'kind');
        this.#issue(
          'invalid_kind',
          place,
          `${placeText(place)}：类别应为 农机、车辆 或 设施（或 machine、vehicle、facility）`,
          `${placeTextEn(place)}: kind must be machine, vehicle or facility`,
        );
        return;
      }
      array = found;
      cells.delete('kind');
    }
    const household = this.#owner(sheet, cells, row, villageId, householdId);
    if (household === undefined) return;
    let list = household.record[array] as Record<string, unknown>[] | undefined;
    if (list === undefined) {
      list = [];
      household.record[array] = list;
    }
    list.push(record(cells));
    household.rows[array].push(row);
    this.#withItems.add(household.record);
  }

  /**
   * The household a row of 房屋, 农机车辆设施 or 民主评议 belongs to: the first of its village
   * with that id. A row that belongs nowhere is an error naming its cell, never dropped.
   */
  #owner(
    sheet: typeof SHEETS.houses | typeof SHEETS.equipment | typeof SHEETS.review,
    cells: Map<string, Value>,
    row: number,
    villageId: string | undefined,
    householdId: string | undefined,
  ): { record: Record<string, unknown>; rows: HouseholdRows } | undefined {
    if (villageId === undefined || householdId === undefined) return undefined;
    const household = this.#householdIndex.get(`${villageId}\u0000${householdId}`);
    if (household === undefined) {
      const where = this.#villageIndex.has(villageId)
        ? `村 "${clip(villageId)}" 在「农户」表中没有户 "${clip(householdId)}"`
        : `村 "${clip(villageId)}" 不在「村」表中`;
      this.#unknown(
        this.#villageIndex.has(villageId) ? 'unknown_household' : 'unknown_village',
        sheet,
        row,
        cells,
        this.#villageIndex.has(villageId) ? 'household' : 'village',
        `${where}：这一行无处归属，请改正编号或补登该户`,
        `no household "${clip(householdId)}" of village "${clip(villageId)}" on the 农户 sheet: this row belongs nowhere`,
      );
      return undefined;
    }
    cells.delete('village');
    cells.delete('household');
    return household;
  }

  /**
   * A row of 民主评议: one reviewer's marks of one household. Every row of a household gives
   * the same panel size (a row that differs is an error on its cell); the row becomes the next
   * mark of the household's review, which joins the record once the sheet is read.
   */
  #reviewMark(cells: Map<string, Value>, row: number): void {
    const sheet = SHEETS.review;
    const villageId = this.#link(sheet, cells, row, 'village', '村编号');
    const householdId = this.#link(sheet, cells, row, 'household', '户编号');
    const household = this.#owner(sheet, cells, row, villageId, householdId);
    if (household === undefined) return;
    const panel = cells.get('panelSize');
    cells.delete('panelSize');
    let review = this.#reviews.get(household.record);
    if (review === undefined) {
      review = { panel, firstRow: row, marks: [], rows: [] };
      this.#reviews.set(household.record, review);
      (household.rows as { review?: number[] }).review = review.rows;
    } else if (panel?.value !== review.panel?.value) {
      const place = this.#place(sheet, row, 'panelSize');
      const both =
        typeof panel?.value === 'number' && typeof review.panel?.value === 'number'
          ? `（此行 ${panel.value}，第 ${review.firstRow} 行 ${review.panel.value}）`
          : '';
      this.#issue(
        'panel_size_mismatch',
        place,
        `${placeText(place)}：与本户第 ${review.firstRow} 行的评议小组人数不同${both}：同一户的各行应填同一人数`,
        `${placeTextEn(place)}: the panel size differs from row ${review.firstRow} of the same household; every row of a household gives the same panel size`,
      );
    }
    const mark = record(cells);
    reorder(mark, MARK_ORDER);
    review.marks.push(mark);
    review.rows.push(row);
  }

  /** Each household's review, `{ panelSize, marks }`, in the place FORMATS gives it. */
  #joinReviews(): void {
    for (const [household, review] of this.#reviews) {
      household.review = {
        ...(review.panel === undefined ? {} : { panelSize: review.panel.value }),
        marks: review.marks,
      };
      this.#withItems.add(household);
    }
  }

  #link(
    sheet: DataSheet,
    cells: Map<string, Value>,
    row: number,
    key: string,
    label: string,
  ): string | undefined {
    const value = cells.get(key)?.value;
    if (typeof value === 'string') return value;
    const place = this.#place(sheet, row, key);
    this.#issue(
      'missing_link',
      place,
      `${placeText({ ...place, label })}：缺少${label}，这一行无处归属`,
      `${placeTextEn({ ...place, key })}: no ${key} id, so the row belongs nowhere`,
    );
    return undefined;
  }

  #unknown(
    code: WorkbookIssueCode,
    sheet: DataSheet,
    row: number,
    _cells: Map<string, Value>,
    key: string,
    zh: string,
    en: string,
  ): void {
    const place = this.#place(sheet, row, key);
    this.#issue(code, place, `${placeText(place)}：${zh}`, `${placeTextEn(place)}: ${en}`);
  }

  #place(
    sheet: DataSheet,
    row: number,
    key: string,
  ): { sheet: string; row: number; column?: string; key: string; label?: string } {
    const index = this.locations.columns[sheet]?.[key];
    const label = this.#columns[sheet].find((c) => c.key === key)?.label;
    return {
      sheet,
      row,
      key,
      ...(index === undefined ? {} : { column: columnLetter(index) }),
      ...(label === undefined ? {} : { label }),
    };
  }

  #cellProblem(code: CellProblem, sheet: string, row: number, cell: Cell, column: Column): void {
    const place = {
      sheet,
      row,
      column: columnLetter(cell.column),
      key: column.key,
      label: column.label,
    };
    const [zh, en] = CELL_PROBLEMS[code](column);
    this.#issue(code, place, `${placeText(place)}：${zh}`, `${placeTextEn(place)}: ${en}`);
  }

  #readEvalYear(reader: XlsxReader): void {
    const column: Column = { key: 'evalYear', label: EVAL_YEAR_LABEL, kind: 'year' };
    reader.readSheet(SHEETS.instructions, (row, cells) => {
      if (this.locations.evalYear !== undefined) return;
      const label = cells.find((cell) => cell.column === 0);
      if (label?.type !== 'string' || label.text.trim() !== EVAL_YEAR_LABEL) return;
      const cell = cells.find((c) => c.column === 1);
      (this.locations as { evalYear?: { row: number; column: number } }).evalYear = {
        row,
        column: 1,
      };
      if (cell === undefined) return;
      const reading = readCell(cell, column);
      if (!reading.ok) this.#cellProblem(reading.code, SHEETS.instructions, row, cell, column);
      else if (reading.value !== undefined) this.document.evalYear = reading.value;
    });
  }

  #fileProblem(problem: ZipProblem): void {
    const [code, zh]: [WorkbookIssueCode, string] = {
      not_zip: [
        'not_xlsx',
        '这不是 .xlsx 工作簿：请在 Excel 或 WPS 中“另存为 Excel 工作簿（.xlsx）”',
      ],
      legacy_office: ['legacy_xls', '这是旧版 .xls 文件或加密的工作簿：请另存为不加密的 .xlsx'],
      corrupt: ['corrupt', '工作簿已损坏，无法读取：请重新保存或重新导出'],
      unsupported: ['unsupported', '工作簿使用了不支持的压缩或加密方式：请在 Excel 中另存为 .xlsx'],
      too_large: [
        'too_large',
        '工作簿解压后过大（可能是“压缩炸弹”），已拒绝读取：单个工作簿解压后最多 1 GB、10,000 个文件',
      ],
    }[problem.code] as [WorkbookIssueCode, string];
    this.#issue(code, {}, zh, problem.detail);
  }

  #issue(
    code: WorkbookIssueCode,
    place: { sheet?: string; row?: number; column?: string; key?: string; label?: string },
    message: string,
    en: string,
  ): void {
    if (this.#issues.length >= MAX_WORKBOOK_ISSUES) {
      this.#unlisted++;
      return;
    }
    this.#issues.push({ code, ...place, message, en });
  }
}

interface Value {
  readonly value: unknown;
  readonly cell: Cell;
}

/** A household's 民主评议 rows while the sheet is read: the panel size of its first row, its marks. */
interface ReviewRows {
  readonly panel: Value | undefined;
  readonly firstRow: number;
  readonly marks: Record<string, unknown>[];
  readonly rows: number[];
}

function record(cells: Map<string, Value>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, { value }] of cells) setAt(out, key, value);
  return out;
}

function reorder(target: Record<string, unknown>, order: readonly string[]): void {
  const entries = Object.entries(target);
  for (const [key] of entries) delete target[key];
  const rank = (key: string) => {
    const i = order.indexOf(key);
    return i < 0 ? order.length : i;
  };
  entries.sort(([a], [b]) => rank(a) - rank(b));
  for (const [key, value] of entries) target[key] = value;
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

const CELL_PROBLEMS: Record<CellProblem, (column: Column) => [string, string]> = {
  formula: () => [
    '是公式：请改为数值（复制后“选择性粘贴 → 数值”）',
    'a formula: enter the value itself (paste as values)',
  ],
  date: (column) =>
    column.kind === 'year'
      ? [
          '是日期：此处应填年份数字（如 2015），请把单元格设为“常规”后重填',
          'a date where a year belongs: write the year as a number (2015)',
        ]
      : ['是日期：此处不应填日期，请把单元格设为“常规”后重填', 'a date where no date belongs'],
  error_value: () => [
    '是错误值（如 #DIV/0!、#N/A）：请填写数值',
    'an error value (#DIV/0!, #N/A): enter a value',
  ],
  long_number: () => [
    '是超过 15 位的数字，Excel 已改写了末几位：请把此列设为“文本”格式后重新输入',
    'a number of more than 15 digits, which Excel has already altered: format the column as text and type it again',
  ],
};
