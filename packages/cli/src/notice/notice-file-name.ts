import { createHash } from 'node:crypto';

/** A character a file name may keep: any letter, mark or digit of any script, `.`, `_`, `-`. */
const KEPT = /^[\p{L}\p{M}\p{N}._-]$/u;

/** The most UTF-8 bytes of the id kept in a name (file systems allow 255 per name). */
const MAX_NAME_BYTES = 120;

/**
 * The start of a village's notice file names (`<base>-notice.html`, `.csv`): the village id
 * itself when it is a safe file name (Chinese and other letters stay: `鸦滩-01`); otherwise the
 * id with every other character (path separators, spaces, punctuation, control and invisible
 * characters, a leading dot) made `_`, shortened to 120 bytes, and followed by the first 8 hex
 * digits of the id's SHA-256, so that ids which differ only in such characters (`a/01`,
 * `a:01`) never share a file. A name is never hidden and never leaves its folder.
 */
export function noticeFileBase(id: string): string {
  let name = '';
  let bytes = 0;
  for (const char of id) {
    const kept = KEPT.test(char) && !(name === '' && char === '.') ? char : '_';
    bytes += Buffer.byteLength(kept);
    if (bytes > MAX_NAME_BYTES) break;
    name += kept;
  }
  if (name === id && name !== '') return name;
  const hash = createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 8);
  return `${name === '' ? 'village' : name}-${hash}`;
}
