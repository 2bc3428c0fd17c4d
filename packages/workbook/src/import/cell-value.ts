import type { Column } from '../format/columns.js';
import type { Cell } from '../xlsx/cell.js';

/** What a cell becomes: a JSON value for the record, nothing (an empty cell), or a problem. */
export type CellReading =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly code: CellProblem };

/** Problems the importer reports itself (the core judges every value it is handed). */
export type CellProblem = 'formula' | 'date' | 'error_value' | 'long_number';

/** The absence of a value: an empty cell leaves its field out of the record. */
export const EMPTY: CellReading = { ok: true, value: undefined };

const DECIMAL_TEXT = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;
const SPLIT_CODES = /[,，;；\s]+/;

/**
 * Reads one cell for a column. Numbers are handed on as numbers, which the core judges by
 * their shortest decimal text, so FORMATS' exactness rules hold (nothing is rounded here); text
 * is handed on as it is, so the core reports what is wrong with it at the record's path. Words
 * of a choice list become their codes; unknown words stay as written for the core to reject.
 */
export function readCell(cell: Cell, column: Column): CellReading {
  if (cell.formula) return { ok: false, code: 'formula' };
  if (cell.type === 'error') return { ok: false, code: 'error_value' };
  if (cell.type === 'date') return { ok: false, code: 'date' };
  const text = cell.text;
  if (cell.type === 'string' && text.trim() === '') return EMPTY;
  const number = cell.type === 'number' ? Number(text) : undefined;
  const boolean = cell.type === 'boolean' ? text === 'TRUE' : undefined;
  switch (column.kind) {
    case 'text':
      if (number !== undefined) {
        // An id typed as a number: fine while Excel kept every digit (an 18-digit id number
        // is not: Excel keeps 15 significant digits).
        const shown = String(number);
        return /^-?[0-9]{1,15}(\.[0-9]+)?$/.test(shown) && shown.replace(/[-.]/g, '').length <= 15
          ? { ok: true, value: shown }
          : { ok: false, code: 'long_number' };
      }
      return { ok: true, value: boolean ?? text };
    case 'decimal':
      return { ok: true, value: number ?? boolean ?? text };
    case 'integer':
    case 'year':
      if (number !== undefined) return { ok: true, value: number };
      if (boolean !== undefined) return { ok: true, value: boolean };
      return { ok: true, value: DECIMAL_TEXT.test(text.trim()) ? Number(text.trim()) : text };
    case 'choice':
      if (number !== undefined) return { ok: true, value: number };
      if (boolean !== undefined) return { ok: true, value: boolean };
      return { ok: true, value: codeOf(text.trim(), column) };
    case 'codes': {
      if (number !== undefined || boolean !== undefined)
        return { ok: true, value: number ?? boolean };
      const codes = text
        .split(SPLIT_CODES)
        .filter((part) => part !== '')
        .map((part) => codeOf(part, column));
      return codes.length === 0 ? EMPTY : { ok: true, value: codes };
    }
    case 'boolean':
      if (boolean !== undefined) return { ok: true, value: boolean };
      if (number === 1 || number === 0) return { ok: true, value: number === 1 };
      if (number !== undefined) return { ok: true, value: number };
      return { ok: true, value: booleanWord(text.trim()) };
  }
}

function codeOf(word: string, column: Column): string {
  for (const choice of column.choices ?? []) {
    if (choice.word === word || choice.code === word) return choice.code;
  }
  return word;
}

const YES = new Set(['是', '有', 'true', 'TRUE', 'True', 'Y', 'y', 'yes', '√']);
const NO = new Set(['否', '无', 'false', 'FALSE', 'False', 'N', 'n', 'no', '×']);

function booleanWord(text: string): unknown {
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return text;
}

/** Sets `value` at a dotted key (`land.contractedMu`) of a record, making the objects between. */
export function setAt(record: Record<string, unknown>, key: string, value: unknown): void {
  const parts = key.split('.');
  let target = record;
  for (let i = 0; i < parts.length - 1; i++) {
    const part = parts[i] as string;
    let next = target[part];
    if (typeof next !== 'object' || next === null) {
      next = {};
      target[part] = next;
    }
    target = next as Record<string, unknown>;
  }
  target[parts[parts.length - 1] as string] = value;
}
