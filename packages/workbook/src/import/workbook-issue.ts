/**
 * The problems the importer finds in the workbook itself (the core reports the rest, inside
 * the records). Any of them makes the import unusable: the workbook is never read into a
 * smaller batch than it holds.
 *
 * - `not_xlsx`, `legacy_xls`, `corrupt`, `unsupported`: the file cannot be read as .xlsx.
 * - `too_large`: past the zip-bomb limits (entries, inflated size); refused unread.
 * - `missing_sheet`: no 村 sheet.
 * - `missing_keys`: a sheet has data but no field keys in row 2.
 * - `unknown_column`, `duplicate_column`, `column_without_key`: the key row is wrong.
 * - `formula`, `date`, `error_value`, `long_number`: a cell whose value cannot be trusted.
 * - `merged_cells`: merged cells in the key row or the data.
 * - `missing_link`, `unknown_village`, `unknown_household`, `invalid_kind`: a row that cannot
 *   be placed (a house of a household that is not in 农户, say).
 * - `panel_size_mismatch`: a 民主评议 row whose panel size differs from the household's first
 *   row (a household's review has one panel).
 * - `too_many_issues`: past 1,000 problems the rest are only counted.
 */
export type WorkbookIssueCode =
  | 'not_xlsx'
  | 'legacy_xls'
  | 'corrupt'
  | 'unsupported'
  | 'too_large'
  | 'missing_sheet'
  | 'missing_keys'
  | 'unknown_column'
  | 'duplicate_column'
  | 'column_without_key'
  | 'formula'
  | 'date'
  | 'error_value'
  | 'long_number'
  | 'merged_cells'
  | 'missing_link'
  | 'unknown_village'
  | 'unknown_household'
  | 'invalid_kind'
  | 'panel_size_mismatch'
  | 'too_many_issues';

/**
 * A problem of the workbook, where it is (sheet, 1-based Excel row, column letter, the column's
 * key and label when known) and what to do, in Chinese (`message`) and English (`en`). Messages
 * never echo personal data.
 */
export interface WorkbookIssue {
  readonly code: WorkbookIssueCode;
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: string;
  readonly key?: string;
  readonly label?: string;
  readonly message: string;
  readonly en: string;
}

/** Where a cell is, as a clerk reads it: `农户 第 18 行「面积（m²）」`, or `农户 第 2 行 C 列`. */
export function placeText(place: {
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: string;
  readonly label?: string;
}): string {
  let out = place.sheet ?? '工作簿';
  if (place.row !== undefined) out += ` 第 ${place.row} 行`;
  if (place.label !== undefined) out += `「${place.label}」`;
  else if (place.column !== undefined) out += ` ${place.column} 列`;
  return out;
}

/** The same place in English: `农户 row 18, column C (areaM2)`. */
export function placeTextEn(place: {
  readonly sheet?: string;
  readonly row?: number;
  readonly column?: string;
  readonly key?: string;
}): string {
  let out = place.sheet ?? 'workbook';
  if (place.row !== undefined) out += ` row ${place.row}`;
  if (place.column !== undefined) out += `, column ${place.column}`;
  if (place.key !== undefined) out += ` (${place.key})`;
  return out;
}
