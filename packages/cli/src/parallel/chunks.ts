import { countLineEnds } from '../io/lines.js';

/**
 * About how much input goes to a worker at a time. `CREDIT_VILLAGE_CHUNK_BYTES` changes it, so
 * tests can make many chunks out of a small input.
 */
export const CHUNK_BYTES = Number(process.env.CREDIT_VILLAGE_CHUNK_BYTES) || 1 << 20;

/** A stretch of input made of whole lines, and the number of its first line. */
export interface Chunk {
  readonly bytes: Buffer;
  readonly firstLine: number;
}

/**
 * Cuts a byte stream into chunks of whole lines (at least `size` bytes, except the last),
 * without decoding or looking at the lines: the main thread stays free for writing.
 */
export async function* lineChunks(
  input: AsyncIterable<Buffer | string>,
  size = CHUNK_BYTES,
): AsyncGenerator<Chunk> {
  let parts: Buffer[] = [];
  let length = 0;
  let firstLine = 1;
  for await (const raw of input) {
    const part = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
    parts.push(part);
    length += part.length;
    if (length < size) continue;
    const joined = Buffer.concat(parts, length);
    const cut = joined.lastIndexOf(0x0a);
    if (cut === -1) {
      // One line longer than a chunk: keep reading until it ends.
      parts = [joined];
      continue;
    }
    const bytes = Buffer.from(joined.subarray(0, cut + 1));
    yield { bytes, firstLine };
    firstLine += countLineEnds(bytes);
    const rest = joined.subarray(cut + 1);
    parts = rest.length > 0 ? [Buffer.from(rest)] : [];
    length = rest.length;
  }
  if (length > 0) yield { bytes: Buffer.concat(parts, length), firstLine };
}
