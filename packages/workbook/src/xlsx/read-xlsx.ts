import { type ZipArchive, ZipError } from '../zip/read-zip.js';
import { type Cell, type CellRange, type CellType, parseRange, parseReference } from './cell.js';
import { isDateFormat } from './date-formats.js';
import { parseXmlPart } from './parse-xml.js';

/** What reading a worksheet found besides its cells. */
export interface SheetInfo {
  readonly merges: readonly CellRange[];
}

/**
 * An .xlsx workbook opened for reading: its sheet names, shared strings and cell styles (to tell
 * dates from numbers). Worksheets are read one at a time, row by row, straight from the zip.
 */
export class XlsxReader {
  readonly #archive: ZipArchive;
  readonly #sheets: ReadonlyMap<string, string>;
  readonly #strings: readonly string[];
  readonly #dateStyles: readonly boolean[];

  private constructor(
    archive: ZipArchive,
    sheets: ReadonlyMap<string, string>,
    strings: readonly string[],
    dateStyles: readonly boolean[],
  ) {
    this.#archive = archive;
    this.#sheets = sheets;
    this.#strings = strings;
    this.#dateStyles = dateStyles;
  }

  /**
   * Reads the workbook's structure (workbook, relationships, shared strings, styles).
   *
   * @throws {ZipError} when the archive is not a workbook or a part is damaged.
   */
  static open(archive: ZipArchive): XlsxReader {
    const workbookPath = officeDocument(archive);
    if (workbookPath === undefined || !archive.has(workbookPath)) {
      throw new ZipError({ code: 'not_zip', detail: 'a zip archive, but not an .xlsx workbook' });
    }
    const base = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
    const relsPath = `${base}_rels/${workbookPath.slice(base.length)}.rels`;
    const rels = archive.has(relsPath) ? readRelationships(archive, relsPath, base) : new Map();
    const sheets = new Map<string, string>();
    parseXmlPart(archive, workbookPath, {
      open(name, attributes) {
        if (name !== 'sheet') return;
        const id = Object.entries(attributes).find(
          ([key]) => /(^|:)id$/.test(key) && key !== 'sheetId',
        )?.[1];
        const target = id === undefined ? undefined : rels.get(id)?.target;
        if (attributes.name !== undefined && target !== undefined)
          sheets.set(attributes.name, target);
      },
    });
    const related = (type: string) =>
      [...rels.values()].find((rel) => rel.type.endsWith(type))?.target;
    const stringsPath = related('/sharedStrings');
    const stylesPath = related('/styles');
    const strings =
      stringsPath !== undefined && archive.has(stringsPath)
        ? readSharedStrings(archive, stringsPath)
        : [];
    const dateStyles =
      stylesPath !== undefined && archive.has(stylesPath)
        ? readDateStyles(archive, stylesPath)
        : [];
    return new XlsxReader(archive, sheets, strings, dateStyles);
  }

  /** The workbook's sheet names, in the workbook's order. */
  sheetNames(): string[] {
    return [...this.#sheets.keys()];
  }

  /**
   * Reads one worksheet, calling `onRow` for each row that has at least one non-empty cell
   * (formatted but empty rows cost only their parsing), in the file's order.
   *
   * @throws {ZipError} when the sheet's part is missing or damaged.
   */
  readSheet(name: string, onRow: (row: number, cells: readonly Cell[]) => void): SheetInfo {
    const path = this.#sheets.get(name);
    if (path === undefined || !this.#archive.has(path)) {
      throw new ZipError({ code: 'corrupt', detail: `the sheet ${name} has no worksheet part` });
    }
    const strings = this.#strings;
    const dateStyles = this.#dateStyles;
    const merges: CellRange[] = [];
    let row = 0;
    let cells: Cell[] = [];
    let column = -1;
    let type = '';
    let style = 0;
    let formula = false;
    let value: string | undefined;
    let capture = false;
    let inInline = false;
    let phonetic = 0;
    let buffer = '';
    const damaged = (detail: string) =>
      new ZipError({ code: 'corrupt', detail: `sheet ${name}, row ${row}: ${detail}` });
    parseXmlPart(this.#archive, path, {
      open(tag, attributes) {
        switch (tag) {
          case 'row': {
            const r = attributes.r;
            row = r === undefined ? row + 1 : Number(r);
            if (!Number.isInteger(row) || row < 1) throw damaged(`bad row number ${r}`);
            cells = [];
            column = -1;
            return;
          }
          case 'c': {
            const ref = attributes.r;
            const at = ref === undefined ? undefined : parseReference(ref);
            if (ref !== undefined && at === undefined) throw damaged(`bad cell reference ${ref}`);
            column = at === undefined ? column + 1 : at.column;
            type = attributes.t ?? 'n';
            style = attributes.s === undefined ? 0 : Number(attributes.s);
            formula = false;
            value = undefined;
            inInline = false;
            return;
          }
          case 'f':
            formula = true;
            return;
          case 'v':
            capture = true;
            buffer = '';
            return;
          case 'is':
            inInline = true;
            value = '';
            return;
          case 'rPh':
            phonetic++;
            return;
          case 't':
            if (inInline && phonetic === 0) {
              capture = true;
              buffer = '';
            }
            return;
          case 'mergeCell': {
            const range = attributes.ref === undefined ? undefined : parseRange(attributes.ref);
            if (range !== undefined) merges.push(range);
            return;
          }
        }
      },
      text(text) {
        if (capture) buffer += text;
      },
      close(tag) {
        switch (tag) {
          case 'v':
            capture = false;
            value = buffer;
            return;
          case 't':
            if (capture) {
              capture = false;
              value = (value ?? '') + buffer;
            }
            return;
          case 'rPh':
            phonetic--;
            return;
          case 'c': {
            const cell = makeCell(column, type, style, value, formula, strings, dateStyles);
            if (cell === 'damaged') throw damaged(`a damaged cell in column ${column + 1}`);
            if (cell !== undefined) cells.push(cell);
            return;
          }
          case 'row':
            if (cells.length > 0) onRow(row, cells);
            cells = [];
            return;
        }
      },
    });
    return { merges };
  }
}

function makeCell(
  column: number,
  type: string,
  style: number,
  value: string | undefined,
  formula: boolean,
  strings: readonly string[],
  dateStyles: readonly boolean[],
): Cell | undefined | 'damaged' {
  if (value === undefined || (value === '' && type !== 'inlineStr' && type !== 'str')) {
    // An empty cell, unless a formula sits in it (still reported: the value is not there).
    return formula ? { column, type: 'string', text: '', formula } : undefined;
  }
  let kind: CellType;
  let text = value;
  switch (type) {
    case 's': {
      const index = Number(value);
      const shared = Number.isInteger(index) ? strings[index] : undefined;
      if (shared === undefined) return 'damaged';
      kind = 'string';
      text = shared;
      break;
    }
    case 'inlineStr':
    case 'str':
      kind = 'string';
      break;
    case 'b':
      kind = 'boolean';
      text = value === '1' || value.toLowerCase() === 'true' ? 'TRUE' : 'FALSE';
      break;
    case 'e':
      kind = 'error';
      break;
    case 'd':
      kind = 'date';
      break;
    default:
      if (!Number.isFinite(Number(value)) || value.trim() === '') return 'damaged';
      kind = dateStyles[style] === true ? 'date' : 'number';
  }
  if (kind === 'string' && text === '' && !formula) return undefined;
  return { column, type: kind, text, formula };
}

interface Relationship {
  readonly type: string;
  readonly target: string;
}

function officeDocument(archive: ZipArchive): string | undefined {
  if (!archive.has('_rels/.rels'))
    return archive.has('xl/workbook.xml') ? 'xl/workbook.xml' : undefined;
  const rels = readRelationships(archive, '_rels/.rels', '');
  return [...rels.values()].find((rel) => rel.type.endsWith('/officeDocument'))?.target;
}

function readRelationships(
  archive: ZipArchive,
  path: string,
  base: string,
): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  parseXmlPart(archive, path, {
    open(name, attributes) {
      if (name !== 'Relationship' || attributes.Id === undefined || attributes.Target === undefined)
        return;
      if (attributes.TargetMode === 'External') return;
      rels.set(attributes.Id, {
        type: attributes.Type ?? '',
        target: resolveTarget(base, attributes.Target),
      });
    },
  });
  return rels;
}

/** `worksheets/sheet1.xml` against `xl/` → `xl/worksheets/sheet1.xml`; `/xl/…` is absolute. */
function resolveTarget(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

function readSharedStrings(archive: ZipArchive, path: string): string[] {
  const strings: string[] = [];
  let current = '';
  let capture = false;
  let phonetic = 0;
  parseXmlPart(archive, path, {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0) capture = true;
    },
    text(text) {
      if (capture) current += text;
    },
    close(name) {
      if (name === 't') capture = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') strings.push(current);
    },
  });
  return strings;
}

function readDateStyles(archive: ZipArchive, path: string): boolean[] {
  const formats = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  parseXmlPart(archive, path, {
    open(name, attributes) {
      if (name === 'numFmt' && attributes.numFmtId !== undefined) {
        formats.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      } else if (name === 'cellXfs') {
        inCellXfs = true;
      } else if (name === 'xf' && inCellXfs) {
        const id = Number(attributes.numFmtId ?? 0);
        styles.push(isDateFormat(id, formats.get(id)));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return styles;
}
