import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readLines } from '../src/io/lines.js';

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
