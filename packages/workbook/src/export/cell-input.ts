import type { Column } from '../format/columns.js';
import { readCell } from '../import/cell-value.js';
import type { Cell } from '../xlsx/cell.js';
import type { CellInput } from '../xlsx/write-xlsx.js';

/** A value a cell cannot hold (an object or array where one value belongs). */
export const NOT_HELD = Symbol('not held');

const PLAIN = /^-?(0|[1-9][0-9]*)(\.[0-9]{1,2})?$/;

/**
 * The cell for a record's value in a column: the converse of the importer's reading, so that
 * the workbook reads back to the same value (or to a value the core judges the same way).
 * Decimals that a double holds exactly become numeric cells written with their own digits;
 * any other decimal text (`"5.000"`, `"1e3"`) stays text, so its error survives the trip.
 */
export function cellFor(value: unknown, column: Column): CellInput | typeof NOT_HELD {
  if (value === undefined) return null;
  if (typeof value === 'boolean') {
    return column.kind === 'boolean' ? (value ? '是' : '否') : value;
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? { number: String(value) } : NOT_HELD;
  }
  if (typeof value === 'string') {
    switch (column.kind) {
      case 'decimal':
        return exactlyNumeric(value) ? { number: value } : value;
      case 'choice':
        return column.choices?.find((choice) => choice.code === value)?.word ?? value;
      default:
        return value;
    }
  }
  if (column.kind === 'codes' && Array.isArray(value)) {
    if (
      !value.every((code) => typeof code === 'string' && code !== '' && !/[,，;；\s]/.test(code))
    ) {
      return NOT_HELD;
    }
    return value.length === 0 ? null : value.join(',');
  }
  return NOT_HELD;
}

/** Whether decimal text is read back from a numeric cell as the same decimal. */
function exactlyNumeric(text: string): boolean {
  if (!PLAIN.test(text)) return false;
  const trimmed = text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
  const canonical = trimmed === '-0' ? '0' : trimmed;
  return String(Number(text)) === canonical;
}

/**
 * Whether the importer reads `cell` back as `value` (or as what FORMATS treats the same: an
 * empty array as absent, a decimal's text as the numeric cell of its own digits). The importer is
 * lenient where a clerk types (a number as text, a word for a code, spaces around a choice), so a
 * value the core rejects in JSON could read back as one it accepts: such a value is named.
 */
export function readsBackAs(value: unknown, cell: CellInput, column: Column): boolean {
  if (cell === null || cell === undefined || cell === '') {
    return value === undefined || (Array.isArray(value) && value.length === 0);
  }
  if (column.kind === 'decimal' && typeof value === 'string' && typeof cell === 'object')
    return cell.number === value;
  const stored: Cell =
    typeof cell === 'string'
      ? { column: 0, type: 'string', text: cell, formula: false }
      : typeof cell === 'boolean'
        ? { column: 0, type: 'boolean', text: cell ? 'TRUE' : 'FALSE', formula: false }
        : { column: 0, type: 'number', text: cell.number, formula: false };
  const reading = readCell(stored, column);
  if (!reading.ok) return false;
  const back = reading.value;
  if (Array.isArray(value) && Array.isArray(back))
    return value.length === back.length && value.every((item, i) => item === back[i]);
  return back === value;
}
