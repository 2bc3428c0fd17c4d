import { isUtf8 } from 'node:buffer';
import { stripBom } from './input.js';

/**
 * One line of an NDJSON input: its 1-based number and its text, without the line ending. A line
 * that cannot be read carries why instead of its text: `problem` is `utf8` (not valid UTF-8)
 * or `length` (longer than {@link MAX_LINE_BYTES}; its bytes were skipped, not kept).
 */
export interface Line {
  readonly number: number;
  readonly text: string;
  readonly problem?: 'utf8' | 'length';
}

/**
 * The longest line read: a village of 100,000 households (the bound of docs/formats.md) of ordinary
 * size fits; a longer one is reported and skipped instead of filling the memory.
 */
export const MAX_LINE_BYTES =
  Number(process.env.CREDIT_VILLAGE_MAX_LINE_BYTES) || 128 * 1024 * 1024;

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
  let pendingLength = 0;
  let skipping = false;
  let number = 0;
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      number++;
      if (skipping || pendingLength + (end - start) > MAX_LINE_BYTES) {
        skipping = false;
        yield { number, text: '', problem: 'length' };
      } else {
        pending.push(chunk.subarray(start, end));
        const line = decode(pending, number);
        if (line !== undefined) yield line;
      }
      pending = [];
      pendingLength = 0;
      start = end + 1;
    }
    if (start < chunk.length && !skipping) {
      pending.push(chunk.subarray(start));
      pendingLength += chunk.length - start;
      if (pendingLength > MAX_LINE_BYTES) {
        skipping = true;
        pending = [];
        pendingLength = 0;
      }
    }
  }
  if (skipping) yield { number: number + 1, text: '', problem: 'length' };
  else if (pending.length > 0) {
    const line = decode(pending, number + 1);
    if (line !== undefined) yield line;
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
    if (line !== undefined) lines.push(line);
    start = end + 1;
  }
  if (start < chunk.length) {
    number++;
    const line = decode([chunk.subarray(start)], number);
    if (line !== undefined) lines.push(line);
  }
  return lines;
}

/** How many line endings (`\n`) a chunk holds. */
export function countLineEnds(chunk: Buffer): number {
  let count = 0;
  for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, at + 1)) count++;
  return count;
}

/**
 * A line, or `undefined` for a blank one. Invalid UTF-8 is reported, never replaced with
 * U+FFFD, and so is a line past {@link MAX_LINE_BYTES}.
 */
function decode(parts: Buffer[], number: number): Line | undefined {
  let bytes = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
  if (bytes.length > MAX_LINE_BYTES) return { number, text: '', problem: 'length' };
  if (bytes.length > 0 && bytes[bytes.length - 1] === CARRIAGE_RETURN) {
    bytes = bytes.subarray(0, bytes.length - 1);
  }
  if (!isUtf8(bytes)) return { number, text: '', problem: 'utf8' };
  let text = bytes.toString('utf8');
  if (number === 1) text = stripBom(text);
  return text.trim() === '' ? undefined : { number, text };
}
