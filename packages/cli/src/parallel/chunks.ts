import { countLineEnds, MAX_LINE_BYTES } from '../io/lines.js';

/**
 * About how much input goes to a worker at a time. `CREDIT_VILLAGE_CHUNK_BYTES` changes it, so
 * tests can make many chunks out of a small input.
 */
export const CHUNK_BYTES = Number(process.env.CREDIT_VILLAGE_CHUNK_BYTES) || 1 << 19;

/**
 * A stretch of input made of whole lines, and the number of its first line; or, with
 * `tooLong`, one line longer than {@link MAX_LINE_BYTES} whose bytes were skipped.
 */
export interface Chunk {
  readonly bytes: Buffer;
  readonly firstLine: number;
  readonly tooLong?: true;
}

const NEWLINE = 0x0a;

/**
 * Cuts a byte stream into chunks of whole lines (at least `size` bytes, except the last),
 * without decoding or looking at the lines: the main thread stays free for writing. A line
 * longer than {@link MAX_LINE_BYTES} is skipped to its end and given as a `tooLong` chunk.
 */
export async function* lineChunks(
  input: AsyncIterable<Buffer | string>,
  size = CHUNK_BYTES,
): AsyncGenerator<Chunk> {
  let parts: Buffer[] = [];
  let length = 0;
  let firstLine = 1;
  let skipping = false;
  for await (const raw of input) {
    let part = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    if (skipping) {
      const end = part.indexOf(NEWLINE);
      if (end === -1) continue;
      skipping = false;
      yield { bytes: Buffer.alloc(0), firstLine, tooLong: true };
      firstLine++;
      part = part.subarray(end + 1);
    }
    parts.push(part);
    length += part.length;
    if (length < size) continue;
    const joined = Buffer.concat(parts, length);
    const cut = joined.lastIndexOf(NEWLINE);
    if (cut === -1) {
      // One line longer than a chunk: keep reading until it ends, or skip it when too long.
      if (length > MAX_LINE_BYTES) {
        skipping = true;
        parts = [];
        length = 0;
      } else parts = [joined];
      continue;
    }
    const bytes = Buffer.from(joined.subarray(0, cut + 1));
    yield { bytes, firstLine };
    firstLine += countLineEnds(bytes);
    const rest = joined.subarray(cut + 1);
    parts = rest.length > 0 ? [Buffer.from(rest)] : [];
    length = rest.length;
  }
  if (skipping) yield { bytes: Buffer.alloc(0), firstLine, tooLong: true };
  else if (length > 0) yield { bytes: Buffer.concat(parts, length), firstLine };
}
