import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonObjectStream, JsonStreamError } from '../src/io/json-stream.js';

// The streaming reader of result documents must see exactly what JSON.parse sees, however the
// bytes fall into chunks, and refuse what JSON.parse refuses.

type Event = readonly unknown[];

function read(chunks: readonly Uint8Array[], streamed = 'villages'): Event[] {
  const events: Event[] = [];
  const stream = new JsonObjectStream(streamed, {
    begin: (line) => events.push(['begin', line]),
    member: (key, value) => events.push(['member', key, value]),
    stream: (key) => events.push(['stream', key]),
    element: (value, index) => events.push(['element', index, value]),
    end: () => events.push(['end']),
  });
  for (const chunk of chunks) stream.push(chunk);
  stream.finish();
  return events;
}

/** The bytes of `text` cut at the given points. */
function cut(text: string, points: readonly number[]): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const at = [...new Set(points.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const p of [...at, bytes.length]) {
    chunks.push(bytes.subarray(from, p));
    from = p;
  }
  return chunks;
}

/** What the reader should report for a parsed top-level object. */
function expected(objects: readonly Record<string, unknown>[], lines: readonly number[]): Event[] {
  return objects.flatMap((object, i) => [
    ['begin', lines[i]],
    ...Object.entries(object).flatMap(([key, value]): Event[] =>
      key === 'villages' && Array.isArray(value)
        ? [['stream', key], ...value.map((v, j) => ['element', j, v])]
        : [['member', key, value]],
    ),
    ['end'],
  ]);
}

const json = fc.jsonValue({ maxDepth: 3 });
const text = fc.string({ unit: 'binary', maxLength: 12 });
const document = fc.dictionary(
  fc.oneof(text, fc.constantFrom('villages', 'model', 'a"b', 'c\\d', '鸦滩')),
  json,
  { maxKeys: 5 },
);

describe('JsonObjectStream', () => {
  it('reports what JSON.parse gives for any document cut into any chunks', () => {
    fc.assert(
      fc.property(
        document,
        fc.array(json, { maxLength: 5 }),
        fc.array(fc.nat(), { maxLength: 20 }),
        fc.boolean(),
        (object, villages, points, pretty) => {
          const whole = { ...object, villages };
          const source = JSON.stringify(whole, null, pretty ? 2 : undefined);
          expect(read(cut(source, points))).toEqual(expected([JSON.parse(source)], [1]));
        },
      ),
    );
  });

  it('reads NDJSON: one object per line, numbered by line, blank lines counted', () => {
    fc.assert(
      fc.property(
        fc.array(document, { minLength: 1, maxLength: 5 }),
        fc.array(fc.nat(), { maxLength: 20 }),
        (objects, points) => {
          const lines = objects.map((o) => JSON.stringify(o));
          const source = `\uFEFF${lines.join('\n\r\n')}\n`;
          expect(read(cut(source, points))).toEqual(
            expected(
              objects.map((o) => JSON.parse(JSON.stringify(o))),
              objects.map((_, i) => 1 + 2 * i),
            ),
          );
        },
      ),
    );
  });

  it.each([
    ['a truncated document', '{"villages": [{"id": 1}, {"id"'],
    ['a value that is not JSON', '{"villages": [nope]}'],
    ['a top level that is not an object', '[1, 2]'],
    ['a missing colon', '{"a" 1}'],
    ['a trailing comma', '{"a": 1,}'],
    ['a repeated top-level key', '{"villages": [], "villages": [1]}'],
    ['an unclosed string', '{"a": "b'],
  ])('refuses %s', (_, source) => {
    expect(() => read(cut(source, [3, 7]))).toThrow(JsonStreamError);
  });

  it('refuses bytes that are not UTF-8, never replacing them', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"a": "x'), 0xc4, 0x22, 0x7d]);
    expect(() => read([bytes])).toThrow(/UTF-8/);
  });
});
