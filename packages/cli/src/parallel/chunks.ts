import { countLineEnds, MAX_LINE_BYTES } from '../io/lines.js';

/**
 * About how much input goes to a worker at a time. `CREDIT_VILLAGE_CHUNK_BYTES` changes it, so
 * tests can make many chunks out of a small input.
 */
export const CHUNK_BYTES = Number(process.env.CREDIT_VILLAGE_CHUNK_BYTES) || 1 << 19;

/**
 * The largest chunk a worker thread evaluates. Its heap is kept small so that the peak memory
 * of a long run stays flat; a chunk above this (one village of tens of thousands of households,
 * up to the 100,000 FORMATS.md allows) is evaluated by the main thread, whose heap is the
 * engine's default, with the same code and so to the same bytes. Measured: a worker's heap
 * holds a line of 20,000 ordinary households (9.5 MB); 4 MB leaves room for bigger ones.
 * `CREDIT_VILLAGE_WORKER_CHUNK_BYTES` changes it, for measurements.
 */
export const WORKER_CHUNK_BYTES =
  Number(process.env.CREDIT_VILLAGE_WORKER_CHUNK_BYTES) || 4 * 1024 * 1024;

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
  // Where the last line ending among the pending parts is (-1: none). Each part is searched
  // once as it comes: a line of 50 MB is never copied again for every 64 kB read.
  let lastEnd = -1;
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
    const end = part.lastIndexOf(NEWLINE);
    if (end !== -1) lastEnd = length + end;
    parts.push(part);
    length += part.length;
    if (length < size) continue;
    if (lastEnd === -1) {
      // One line longer than a chunk: keep reading until it ends, or skip it when too long.
      if (length > MAX_LINE_BYTES) {
        skipping = true;
        parts = [];
        length = 0;
      }
      continue;
    }
    const joined = Buffer.concat(parts, length);
    const bytes = Buffer.from(joined.subarray(0, lastEnd + 1));
    yield { bytes, firstLine };
    firstLine += countLineEnds(bytes);
    const rest = joined.subarray(lastEnd + 1);
    parts = rest.length > 0 ? [Buffer.from(rest)] : [];
    length = rest.length;
    lastEnd = -1;
  }
  if (skipping) yield { bytes: Buffer.alloc(0), firstLine, tooLong: true };
  else if (length > 0) yield { bytes: Buffer.concat(parts, length), firstLine };
}
