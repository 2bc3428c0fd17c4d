import { stripBom } from './input.js';

/** One line of an NDJSON input: its 1-based number and its text, without the line ending. */
export interface Line {
  readonly number: number;
  readonly text: string;
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * Splits a byte stream into lines, holding at most one line in memory.
 *
 * Lines end with `\n` or `\r\n`; a last line without an ending is still a line. A UTF-8
 * byte-order mark before the first line is dropped. Blank lines (empty or only white space)
 * are skipped but counted, so line numbers match what an editor shows. Splitting on bytes
 * before decoding keeps multi-byte characters whole however the chunks fall.
 */
export async function* readLines(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<Line> {
  let pending: Buffer[] = [];
  let number = 0;
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      pending.push(chunk.subarray(start, end));
      start = end + 1;
      number++;
      const line = decode(pending, number);
      pending = [];
      if (line !== undefined) yield { number, text: line };
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) {
    number++;
    const line = decode(pending, number);
    if (line !== undefined) yield { number, text: line };
  }
}

/**
 * The lines of a chunk that starts at the beginning of line `firstNumber` (and ends at the end
 * of a line, or of the input): the same lines, numbers and texts as {@link readLines} gives
 * for that stretch of input.
 */
export function splitLines(chunk: Buffer, firstNumber: number): Line[] {
  const lines: Line[] = [];
  let number = firstNumber - 1;
  let start = 0;
  for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
    number++;
    const line = decode([chunk.subarray(start, end)], number);
    if (line !== undefined) lines.push({ number, text: line });
    start = end + 1;
  }
  if (start < chunk.length) {
    number++;
    const line = decode([chunk.subarray(start)], number);
    if (line !== undefined) lines.push({ number, text: line });
  }
  return lines;
}

/** How many line endings (`\n`) a chunk holds. */
export function countLineEnds(chunk: Buffer): number {
  let count = 0;
  for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, at + 1)) count++;
  return count;
}

/** The text of one line, or `undefined` for a blank one. */
function decode(parts: Buffer[], number: number): string | undefined {
  let bytes = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
  if (bytes.length > 0 && bytes[bytes.length - 1] === CARRIAGE_RETURN) {
    bytes = bytes.subarray(0, bytes.length - 1);
  }
  let text = bytes.toString('utf8');
  if (number === 1) text = stripBom(text);
  return text.trim() === '' ? undefined : text;
}
