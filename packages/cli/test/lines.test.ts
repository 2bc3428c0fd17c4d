import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLines, splitLines } from '../src/io/lines.js';
import { lineChunks } from '../src/parallel/chunks.js';

// The NDJSON line splitter: where the read chunks happen to fall must not matter.

async function collect(chunks: readonly Buffer[]): Promise<[number, string][]> {
  async function* source() {
    yield* chunks;
  }
  const lines: [number, string][] = [];
  for await (const line of readLines(source())) lines.push([line.number, line.text]);
  return lines;
}

/** Cuts bytes at the given offsets. */
function cut(bytes: Buffer, offsets: readonly number[]): Buffer[] {
  const points = [...new Set(offsets.map((o) => o % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    chunks.push(bytes.subarray(start, point));
    start = point;
  }
  return chunks;
}

describe('readLines', () => {
  it('numbers lines as an editor does, skipping blank ones', async () => {
    const text = '\uFEFFone\r\n\n  \ntwo\nthree';
    expect(await collect([Buffer.from(text)])).toEqual([
      [1, 'one'],
      [4, 'two'],
      [5, 'three'],
    ]);
  });

  it('gives the same lines however the bytes are chunked (chunking invariance)', async () => {
    const line = fc.string({
      unit: fc.constantFrom('a', '鸦', '€', '𝄞', ' ', '{', '"', '\r'),
      maxLength: 12,
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.nat(), { maxLength: 10 }),
        async (lines, ending, offsets) => {
          const bytes = Buffer.from(lines.join(ending), 'utf8');
          const whole = await collect([bytes]);
          expect(await collect(cut(bytes, offsets))).toEqual(whole);
        },
      ),
    );
  });

  it('keeps a line that does not end with a newline', async () => {
    expect(await collect([Buffer.from('{"a":'), Buffer.from('1}')])).toEqual([[1, '{"a":1}']]);
  });
});

describe('lineChunks', () => {
  it('cuts any input into chunks of whole lines that give back every line, numbered as readLines does', async () => {
    const line = fc.string({ unit: fc.constantFrom('a', '鸦', '{', ' '), maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(line, { maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        fc.integer({ min: 1, max: 60 }),
        async (lines, offsets, size) => {
          const bytes = Buffer.from(lines.map((l) => `${l}\n`).join(''), 'utf8');
          async function* source() {
            yield* cut(bytes, offsets);
          }
          const chunks = [];
          for await (const chunk of lineChunks(source(), size)) chunks.push(chunk);
          expect(Buffer.concat(chunks.map((c) => c.bytes)).equals(bytes)).toBe(true);
          const fromChunks = chunks.flatMap((c) =>
            splitLines(c.bytes, c.firstLine).map((l) => [l.number, l.text]),
          );
          expect(fromChunks).toEqual(await collect([bytes]));
          for (const chunk of chunks.slice(0, -1)) {
            expect(chunk.bytes.length).toBeGreaterThanOrEqual(Math.min(size, 1));
            expect(chunk.bytes.at(-1)).toBe(0x0a);
          }
        },
      ),
    );
  });
});
