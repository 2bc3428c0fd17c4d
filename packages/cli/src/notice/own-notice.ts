import { open } from 'node:fs/promises';

/** How much of an existing file is read to recognise it. */
const HEAD_BYTES = 64 * 1024;

/**
 * Whether the regular file at `path` may be replaced by the new notice text `next`: it is
 * missing, not a regular file (a FIFO, say: the output rules decide), or an earlier notice of
 * the same village written by this command. An earlier page is recognised by its
 * `credit-village-notice` marker naming the village (or, for pages written before the marker
 * existed, by its `Public notice of credit ratings · <village> · ` line); a CSV by its header
 * line, with or without the objections column (its name already belongs to the village).
 * Anything else is a file of the user's.
 */
export async function isOwnNotice(path: string, next: string): Promise<boolean> {
  let text: string;
  try {
    const handle = await open(path, 'r');
    try {
      if (!(await handle.stat()).isFile()) return true;
      const buffer = Buffer.alloc(HEAD_BYTES);
      const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
      text = buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    // Missing: free to write. Unreadable: the output rules decide when it is written.
    return true;
  }
  return marks(next).some((mark) => text.includes(mark));
}

/** The header line of the notices' CSV before it was Chinese only. */
const LEGACY_CSV_HEADER =
  '\uFEFF序号 No.,户号 Household,户主 Head,身份证号 ID number,信用等级 Grade,信用户 Credit household,授信额度（元） Limit (yuan)\r\n';

/** What in a new notice file identifies an earlier one of the same village. */
function marks(next: string): string[] {
  // A CSV's header up to its seventh column: a notice with the objections column and one
  // without it are the same village's notice.
  if (!next.startsWith('<!doctype html>'))
    return [
      next.slice(0, next.indexOf('\r\n')).split(',').slice(0, 7).join(','),
      LEGACY_CSV_HEADER,
    ];
  const found: string[] = [];
  const meta = /<meta name="credit-village-notice" content="([^"]*)">/.exec(next);
  if (meta !== null) {
    found.push(meta[0]);
    // A page written before the marker named its village in an English line.
    found.push(`<p class="sub">Public notice of credit ratings · ${meta[1]} · `);
  }
  return found;
}
