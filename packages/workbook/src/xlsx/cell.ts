/** The kinds of value a cell of a worksheet holds. */
export type CellType = 'string' | 'number' | 'boolean' | 'error' | 'date';

/** One non-empty cell as the file stores it. */
export interface Cell {
  /** 0-based column (A = 0). */
  readonly column: number;
  readonly type: CellType;
  /**
   * The stored text: a string's characters; a number as written in the file (judge it by
   * `String(Number(text))`); `TRUE`/`FALSE`; an error such as `#DIV/0!`; a date's serial or ISO text.
   */
  readonly text: string;
  /** Whether the cell holds a formula (its value is then only Excel's last computed result). */
  readonly formula: boolean;
}

/** A rectangle of merged cells, 1-based rows and 0-based columns, inclusive. */
export interface CellRange {
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
}

/** `0 → A`, `27 → AB`. */
export function columnLetter(column: number): string {
  let out = '';
  let n = column + 1;
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Parses `AB12` into a 0-based column and a 1-based row; undefined when it is not a reference. */
export function parseReference(ref: string): { column: number; row: number } | undefined {
  let column = 0;
  let i = 0;
  while (i < ref.length) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + (code - 64);
    else if (code >= 97 && code <= 122) column = column * 26 + (code - 96);
    else break;
    i++;
  }
  const digits = ref.slice(i);
  if (i === 0 || i > 3 || !/^[1-9][0-9]{0,6}$/.test(digits)) return undefined;
  return { column: column - 1, row: Number(digits) };
}

/** Parses `A1:C3` (or a single `B2`) into a range. */
export function parseRange(ref: string): CellRange | undefined {
  const [from = '', to = from] = ref.split(':');
  const a = parseReference(from.replaceAll('$', ''));
  const b = parseReference(to.replaceAll('$', ''));
  if (a === undefined || b === undefined) return undefined;
  return {
    firstRow: Math.min(a.row, b.row),
    lastRow: Math.max(a.row, b.row),
    firstColumn: Math.min(a.column, b.column),
    lastColumn: Math.max(a.column, b.column),
  };
}
