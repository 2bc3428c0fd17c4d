import { Zip, ZipDeflate } from 'fflate';
import { utf8 } from '../text-codec.js';
import { columnLetter } from './cell.js';
import { escapeXml } from './xml-text.js';

/**
 * A cell to write: text, a number given by its decimal text (written as it is, so `"120.5"`
 * reads back as 120.5 exactly), a boolean, or nothing.
 */
export type CellInput = string | { readonly number: string } | boolean | null | undefined;

/** The styles a cell or column can have. */
export const STYLE = {
  normal: 0,
  /** Row 1: bold labels on a pale fill, wrapped. */
  label: 1,
  /** Row 2: the field keys, small and grey. */
  key: 2,
  /** Text columns: typed ids and id numbers stay text (Excel's "@" format). */
  text: 3,
  /** A bold title line. */
  title: 4,
} as const;

/** One of {@link STYLE}. */
export type StyleId = (typeof STYLE)[keyof typeof STYLE];

/** A dropdown list on a column's data rows. */
export interface ListValidation {
  readonly column: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly values: readonly string[];
}

/** How a sheet looks around its cells. */
export interface SheetLayout {
  readonly name: string;
  /** Column widths in characters, and the style of each column's empty cells. */
  readonly columns?: readonly { readonly width: number; readonly style?: StyleId }[];
  /** Rows kept in view while scrolling (the label and key rows). */
  readonly freezeRows?: number;
  /** The style of whole rows, by 1-based row number. */
  readonly rowStyles?: ReadonlyMap<number, StyleId>;
  readonly validations?: readonly ListValidation[];
}

const MTIME = new Date(1980, 0, 1, 0, 0, 0);
const ROWS_PER_CHUNK = 2000;

/**
 * Writes an .xlsx workbook sheet by sheet, streaming each sheet's XML into the zip, so a sheet
 * of 100,000 rows is never held whole as text. The output is deterministic: same sheets, same
 * bytes (fixed timestamps, no document properties).
 */
export class XlsxWriter {
  readonly #chunks: Uint8Array[] = [];
  readonly #zip: Zip;
  readonly #sheets: string[] = [];
  readonly #strings = new Map<string, number>();
  #failure: Error | undefined;

  constructor() {
    this.#zip = new Zip((error, data) => {
      if (error !== null) this.#failure = error;
      else this.#chunks.push(data);
    });
  }

  /** Adds a sheet with its rows (row 1 first); `null`/`undefined`/`''` cells are left empty. */
  addSheet(layout: SheetLayout, rows: Iterable<readonly CellInput[]>): void {
    this.#sheets.push(layout.name);
    const file = this.#file(`xl/worksheets/sheet${this.#sheets.length}.xml`);
    file.push(utf8(sheetHead(layout)));
    let pending: string[] = [];
    let r = 0;
    for (const row of rows) {
      r++;
      pending.push(this.#row(r, row, layout.rowStyles?.get(r)));
      if (pending.length >= ROWS_PER_CHUNK) {
        file.push(utf8(pending.join('')));
        pending = [];
      }
    }
    pending.push('</sheetData>', sheetTail(layout));
    file.push(utf8(pending.join('')), true);
  }

  /** Ends the workbook and returns its bytes. */
  finish(): Uint8Array {
    const strings = [...this.#strings.keys()];
    this.#whole('xl/sharedStrings.xml', sharedStrings(strings));
    this.#whole('xl/styles.xml', STYLES);
    this.#whole('xl/workbook.xml', workbook(this.#sheets));
    this.#whole('xl/_rels/workbook.xml.rels', workbookRels(this.#sheets.length));
    this.#whole('_rels/.rels', ROOT_RELS);
    this.#whole('[Content_Types].xml', contentTypes(this.#sheets.length));
    this.#zip.end();
    if (this.#failure !== undefined) throw this.#failure;
    const size = this.#chunks.reduce((n, c) => n + c.length, 0);
    const out = new Uint8Array(size);
    let at = 0;
    for (const chunk of this.#chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }

  #file(name: string): ZipDeflate {
    const file = new ZipDeflate(name, { level: 6 });
    file.mtime = MTIME;
    this.#zip.add(file);
    return file;
  }

  #whole(name: string, text: string): void {
    this.#file(name).push(utf8(text), true);
  }

  #row(r: number, cells: readonly CellInput[], style: StyleId | undefined): string {
    const s = style === undefined ? '' : ` s="${style}"`;
    let out = `<row r="${r}"${style === undefined ? '' : ` s="${style}" customFormat="1"`}>`;
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c];
      if (cell === null || cell === undefined || cell === '') continue;
      const ref = `${columnLetter(c)}${r}`;
      if (typeof cell === 'string') {
        let index = this.#strings.get(cell);
        if (index === undefined) {
          index = this.#strings.size;
          this.#strings.set(cell, index);
        }
        out += `<c r="${ref}"${s} t="s"><v>${index}</v></c>`;
      } else if (typeof cell === 'boolean') {
        out += `<c r="${ref}"${s} t="b"><v>${cell ? 1 : 0}</v></c>`;
      } else {
        out += `<c r="${ref}"${s}><v>${cell.number}</v></c>`;
      }
    }
    return `${out}</row>`;
  }
}

function sheetHead(layout: SheetLayout): string {
  const freeze =
    layout.freezeRows === undefined
      ? '<sheetView workbookViewId="0"/>'
      : `<sheetView workbookViewId="0"><pane ySplit="${layout.freezeRows}" topLeftCell="A${layout.freezeRows + 1}" activePane="bottomLeft" state="frozen"/></sheetView>`;
  const columns = layout.columns ?? [];
  const cols =
    columns.length === 0
      ? ''
      : `<cols>${columns
          .map(
            (col, i) =>
              `<col min="${i + 1}" max="${i + 1}" width="${col.width}" customWidth="1"${col.style === undefined ? '' : ` style="${col.style}"`}/>`,
          )
          .join('')}</cols>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews>${freeze}</sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>`;
}

function sheetTail(layout: SheetLayout): string {
  const validations = (layout.validations ?? []).filter(fitsInline);
  const dv =
    validations.length === 0
      ? ''
      : `<dataValidations count="${validations.length}">${validations
          .map((v) => {
            const letter = columnLetter(v.column);
            const list = v.values.map((value) => value.replaceAll('"', '""')).join(',');
            // A warning, not a stop: the importer also accepts the codes, so a clerk may type one.
            return `<dataValidation type="list" errorStyle="warning" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="${letter}${v.firstRow}:${letter}${v.lastRow}"><formula1>"${escapeXml(list)}"</formula1></dataValidation>`;
          })
          .join('')}</dataValidations>`;
  return `${dv}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}

/** Excel keeps an inline list to 255 characters and splits it on commas. */
function fitsInline(validation: ListValidation): boolean {
  const list = validation.values.join(',');
  return list.length <= 255 && validation.values.every((value) => !value.includes(','));
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function sharedStrings(strings: readonly string[]): string {
  const items = strings
    .map((text) => {
      const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
      return `<si><t${space}>${escapeXml(text)}</t></si>`;
    })
    .join('');
  return `${HEAD}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${items}</sst>`;
}

function workbook(sheets: readonly string[]): string {
  const list = sheets
    .map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('');
  return `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>${list}</sheets></workbook>`;
}

function workbookRels(count: number): string {
  const sheets = Array.from(
    { length: count },
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('');
  return `${HEAD}<Relationships xmlns="${PKG}">${sheets}<Relationship Id="rId${count + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${count + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
}

const ROOT_RELS = `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

function contentTypes(count: number): string {
  const sheets = Array.from(
    { length: count },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`;
}

// Fonts: 0 normal, 1 bold, 2 small grey. Fills 0/1 are Excel's required none/gray125; 2 pale.
// cellXfs follow STYLE: normal, label, key, text (@), title.
const STYLES = `${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="3"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font><font><b/><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font><font><sz val="9"/><color rgb="FF808080"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFE8F0E0"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1" applyAlignment="1"><alignment wrapText="1" vertical="center"/></xf><xf numFmtId="49" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
