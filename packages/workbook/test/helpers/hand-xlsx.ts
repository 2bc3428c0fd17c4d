import { zipSync } from 'fflate';

/**
 * A cell of a hand-made workbook: text (an inline string), a number (`{ n: '120.5' }`), a
 * formula (`{ f: 'A1+1', v: '3' }`), a number in a date format (`{ date: '42005' }`), a boolean.
 */
export type HandCell =
  | string
  | { readonly n: string }
  | { readonly f: string; readonly v?: string }
  | { readonly date: string }
  | { readonly error: string }
  | boolean
  | null;

export interface HandSheet {
  readonly name: string;
  readonly rows: readonly (readonly HandCell[])[];
  /** Extra XML after sheetData (`<mergeCells>…`). */
  readonly after?: string;
  /** Extra rows' XML appended inside sheetData (formatted empty rows). */
  readonly extraRows?: string;
}

const enc = (text: string) => new TextEncoder().encode(text);
const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function letter(column: number): string {
  let out = '';
  let n = column + 1;
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function cellXml(cell: HandCell, ref: string): string {
  if (cell === null) return '';
  if (typeof cell === 'string')
    return `<c r="${ref}" t="inlineStr"><is><t>${esc(cell)}</t></is></c>`;
  if (typeof cell === 'boolean') return `<c r="${ref}" t="b"><v>${cell ? 1 : 0}</v></c>`;
  if ('n' in cell) return `<c r="${ref}"><v>${cell.n}</v></c>`;
  if ('date' in cell) return `<c r="${ref}" s="1"><v>${cell.date}</v></c>`;
  if ('error' in cell) return `<c r="${ref}" t="e"><v>${esc(cell.error)}</v></c>`;
  return `<c r="${ref}"><f>${esc(cell.f)}</f>${cell.v === undefined ? '' : `<v>${cell.v}</v>`}</c>`;
}

/**
 * An .xlsx made by hand, by a different path than the package's writer: inline strings instead
 * of a shared-string table, its own styles (style 1 is a date format), no column layout.
 */
export function handXlsx(sheets: readonly HandSheet[]): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  sheets.forEach((sheet, i) => {
    const rows = sheet.rows
      .map(
        (row, r) =>
          `<row r="${r + 1}">${row.map((cell, c) => cellXml(cell, `${letter(c)}${r + 1}`)).join('')}</row>`,
      )
      .join('');
    files[`xl/worksheets/s${i}.xml`] = enc(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><sheetData>${rows}${sheet.extraRows ?? ''}</sheetData>${sheet.after ?? ''}</worksheet>`,
    );
  });
  files['xl/workbook.xml'] = enc(
    `<?xml version="1.0"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="r${i}"/>`).join('')}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = enc(
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="r${i}" Type="${rel}/worksheet" Target="/xl/worksheets/s${i}.xml"/>`).join('')}<Relationship Id="st" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
  );
  files['xl/styles.xml'] = enc(
    `<?xml version="1.0"?><styleSheet xmlns="${ns}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`,
  );
  files['_rels/.rels'] = enc(
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="a" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files['[Content_Types].xml'] = enc(
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
  );
  return zipSync(files);
}
