/**
 * Telling a workbook from a JSON or NDJSON batch file, without the spreadsheet code: by its
 * name (`.xlsx`, and the `.xls`/`.xlsm` a clerk may pick, which the reader names as such) or, for
 * a file renamed on the way, by its first bytes (a zip archive, or an old binary workbook).
 */

const NAME = /\.(xlsx|xlsm|xls)$/i;
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/** The file types a workbook may be chosen as, for a file input's `accept`. */
export const WORKBOOK_ACCEPT =
  '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Whether a file's name is a workbook's. */
export function isWorkbookName(name: string): boolean {
  return NAME.test(name);
}

/** Whether a chosen file is to be read as a workbook. */
export async function isWorkbookFile(file: Blob, name: string): Promise<boolean> {
  if (NAME.test(name)) return true;
  const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
  const starts = (magic: readonly number[]) => magic.every((byte, i) => head[i] === byte);
  return starts(ZIP) || starts(OLE);
}
