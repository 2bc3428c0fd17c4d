/**
 * @credit-village/workbook: the credit-village collection workbook (.xlsx) — the template,
 * import with every problem named by sheet, Excel row and column, and export of batch and
 * result documents. Pure TypeScript on bytes (`Uint8Array` in, `Uint8Array` out): runs in Node
 * and in browsers. Reading streams each sheet from the zip through a conformant XML parser and
 * refuses zip bombs before inflating; writing is deterministic (same input, same bytes).
 *
 * @packageDocumentation
 */

// Writing
export {
  batchToWorkbook,
  templateWorkbook,
  type WriteWorkbookOptions,
  type WrittenWorkbook,
} from './export/batch-workbook.js';
export type { LostField } from './export/lost-field.js';
export type {
  EntityResultLike,
  ResultDocument,
  TownshipResultLike,
} from './export/result-shapes.js';
export {
  RESULT_SHEETS,
  type ResultsWorkbookOptions,
  resultsWorkbook,
} from './export/results-workbook.js';
// The format
export {
  type Choice,
  type Column,
  type ColumnKind,
  EQUIPMENT_KINDS,
  type WorkbookColumns,
  workbookColumns,
} from './format/columns.js';
export {
  DATA_SHEETS,
  type DataSheet,
  EVAL_YEAR_LABEL,
  FIRST_DATA_ROW,
  KEY_ROW,
  LABEL_ROW,
  SHEETS,
} from './format/sheet-names.js';
// Reading
export { type CellPlace, issueLine, locateIssue, type RecordRef } from './import/locate.js';
export type { HouseholdRows, VillageRows, WorkbookLocations } from './import/locations.js';
export {
  type BatchDocument,
  MAX_WORKBOOK_ISSUES,
  type ReadWorkbookOptions,
  readWorkbook,
  type WorkbookImport,
} from './import/read-workbook.js';
export {
  placeText,
  placeTextEn,
  type WorkbookIssue,
  type WorkbookIssueCode,
} from './import/workbook-issue.js';
export { ZIP_LIMITS, type ZipLimits } from './zip/limits.js';
