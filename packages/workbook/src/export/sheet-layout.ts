import type { Column } from '../format/columns.js';
import { FIRST_DATA_ROW, KEY_ROW, LABEL_ROW } from '../format/sheet-names.js';
import { type CellInput, type SheetLayout, STYLE, type StyleId } from '../xlsx/write-xlsx.js';

/** The last row a dropdown list covers (Excel's last row). */
const LAST_ROW = 1_048_576;

/**
 * A data sheet's look: labels (row 1, bold) and keys (row 2, small grey) frozen in view, text
 * columns formatted as text (so an 18-digit id number stays text), dropdown lists on every
 * column with a list of words.
 */
export function dataSheetLayout(name: string, columns: readonly Column[]): SheetLayout {
  return {
    name,
    freezeRows: KEY_ROW,
    rowStyles: new Map<number, StyleId>([
      [LABEL_ROW, STYLE.label],
      [KEY_ROW, STYLE.key],
    ]),
    columns: columns.map((column) => ({
      width: Math.max(10, Math.min(28, width(column.label) + 2)),
      ...(column.kind === 'text' ? { style: STYLE.text } : {}),
    })),
    validations: columns.flatMap((column, index) => {
      const values =
        column.kind === 'boolean'
          ? ['是', '否']
          : column.kind === 'choice'
            ? (column.choices ?? []).map((choice) => choice.word)
            : [];
      return values.length === 0
        ? []
        : [{ column: index, firstRow: FIRST_DATA_ROW, lastRow: LAST_ROW, values }];
    }),
  };
}

/** Rows 1 and 2 of a data sheet: the labels and the keys. */
export function headerRows(columns: readonly Column[]): CellInput[][] {
  return [columns.map((column) => column.label), columns.map((column) => column.key)];
}

/** Display width: a Chinese character is two columns wide. */
function width(text: string): number {
  let n = 0;
  for (const char of text) n += char.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return n;
}
