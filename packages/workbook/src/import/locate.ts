import type { Issue } from '@credit-village/core';
import type { WorkbookColumns } from '../format/columns.js';
import { type DataSheet, SHEETS } from '../format/sheet-names.js';
import { columnLetter } from '../xlsx/cell.js';
import type { WorkbookLocations } from './locations.js';
import { placeText } from './workbook-issue.js';

/** The record an issue belongs to: a village (or one of its households), an entity, a township. */
export type RecordRef =
  | { readonly village: number; readonly household?: number }
  | { readonly entity: number }
  | { readonly township: number };

/** A cell (or a row, when no column fits) of the workbook. */
export interface CellPlace {
  readonly sheet: DataSheet;
  readonly row: number;
  readonly column?: string;
  readonly key?: string;
  readonly label?: string;
}

const ITEM_SHEETS: Readonly<Record<string, DataSheet>> = {
  houses: SHEETS.houses,
  machines: SHEETS.equipment,
  vehicles: SHEETS.equipment,
  facilities: SHEETS.equipment,
};

/**
 * Where in the workbook a core issue lies: the sheet and Excel row of the record (or of the
 * house, machine, vehicle or facility it names, or of its review's mark on 民主评议) and, when
 * the path names a column, its letter and label. `undefined` when the record did not come from
 * the workbook.
 */
export function locateIssue(
  locations: WorkbookLocations,
  columns: WorkbookColumns,
  ref: RecordRef,
  path: readonly (string | number)[],
): CellPlace | undefined {
  if ('entity' in ref) {
    const row = locations.entities[ref.entity];
    return row === undefined ? undefined : cellOf(locations, columns, SHEETS.entities, row, path);
  }
  if ('township' in ref) {
    const row = locations.townships[ref.township];
    return row === undefined ? undefined : cellOf(locations, columns, SHEETS.townships, row, path);
  }
  const village = locations.villages[ref.village];
  if (village === undefined) return undefined;
  if (ref.household === undefined) {
    return cellOf(locations, columns, SHEETS.villages, village.row, path);
  }
  const household = village.households[ref.household];
  if (household === undefined) return undefined;
  const [head, index, ...rest] = path;
  const review = household.review;
  if (head === 'review' && review !== undefined && review.length > 0) {
    // `["review", "marks", i, …]` is mark i's row; the review's own problems (the panel, the
    // quorum, civility given beside it) are on its first row, where its panel size is.
    const [markIndex, ...inMark] = rest;
    const markRow =
      index === 'marks' && typeof markIndex === 'number' ? review[markIndex] : undefined;
    if (markRow !== undefined) return cellOf(locations, columns, SHEETS.review, markRow, inMark);
    return cellOf(
      locations,
      columns,
      SHEETS.review,
      review[0] as number,
      index === undefined ? [] : [index],
    );
  }
  const itemSheet = typeof head === 'string' ? ITEM_SHEETS[head] : undefined;
  if (itemSheet !== undefined && typeof index === 'number') {
    const row = household[head as 'houses'][index];
    if (row !== undefined) return cellOf(locations, columns, itemSheet, row, rest);
  }
  return cellOf(locations, columns, SHEETS.households, household.row, path);
}

/** The cell of the longest prefix of `path` that is a column key of the sheet, or the row. */
function cellOf(
  locations: WorkbookLocations,
  columns: WorkbookColumns,
  sheet: DataSheet,
  row: number,
  path: readonly (string | number)[],
): CellPlace {
  const placed = locations.columns[sheet] ?? {};
  for (let n = path.length; n > 0; n--) {
    const parts = path.slice(0, n);
    if (!parts.every((part) => typeof part === 'string')) continue;
    const key = parts.join('.');
    const label = columns[sheet].find((column) => column.key === key)?.label;
    if (label === undefined) continue;
    const index = placed[key];
    return {
      sheet,
      row,
      key,
      label,
      ...(index === undefined ? {} : { column: columnLetter(index) }),
    };
  }
  return { sheet, row };
}

const WORDS: Readonly<Record<string, string>> = {
  required: '必须填写',
  unknown_key: '不是本表的栏目',
  invalid_type: '填写的类型不对',
  invalid_decimal: '不是有效的数字',
  too_many_decimals: '小数位过多（最多两位，不要四舍五入）',
  not_integer: '应为整数',
  too_small: '数值过小',
  too_big: '数值过大',
  invalid_value: '不是可选的取值',
  year_after_eval_year: '年份晚于评定年度',
  duplicate_id: '编号与前面的记录重复',
  too_many_items: '条目过多',
  empty: '不能为空',
  no_quorum: '到会评议人数不足法定人数，不能据此评定',
  nonperforming_exceeds_balance: '不良贷款超过贷款余额',
  too_many_households: '农户记录多于登记户数',
};

/** The words of the problems a review as a whole can have, where the generic words would mislead. */
function reviewWords(issue: Issue): string | undefined {
  if (issue.path.length !== 1 || issue.path[0] !== 'review') return undefined;
  if (issue.code === 'invalid_value')
    return '该户在「农户」表已填文明评议结果：最终结果与民主评议只能填一种，请删去其一';
  if (issue.code === 'unknown_key') return '所用模型没有民主评议：请在「农户」表填写文明评议结果';
  return undefined;
}

/**
 * A core issue in a clerk's words, with its place when known and the record's own terms after
 * it: `房屋 第 18 行「面积（m²）」：小数位过多（最多两位，不要四舍五入）— houses[0].areaM2: at most
 * 2 decimal places, got "120.555"`. The core's message never holds personal data.
 */
export function issueLine(
  issue: Issue,
  place: CellPlace | undefined,
  columns?: WorkbookColumns,
): string {
  let words = reviewWords(issue) ?? WORDS[issue.code] ?? '有误';
  if (issue.code === 'invalid_value' && place?.key !== undefined && columns !== undefined) {
    const choices = columns[place.sheet].find((column) => column.key === place.key)?.choices;
    if (choices !== undefined) words += `，可选：${choices.map((c) => c.word).join('、')}`;
  }
  const where = place === undefined ? '' : `${placeText(place)}：`;
  return `${where}${words} — ${issue.message}`;
}
