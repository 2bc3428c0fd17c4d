import type { Writable } from 'node:stream';
import { writeText } from '../io/write-text.js';

/**
 * Whether a code point must not reach a terminal or a log raw: C0 controls (ESC starts escape
 * and OSC sequences, BEL, `\r` and `\n` forge lines), DEL and the C1 controls (U+009B is a
 * one-character CSI), the bidirectional marks, embeddings, overrides and isolates (which
 * reorder what follows), the line and paragraph separators, zero-width characters and the
 * byte-order mark, and lone surrogates (not text at all).
 */
function unsafe(cp: number): boolean {
  return (
    cp < 0x20 ||
    (cp >= 0x7f && cp <= 0x9f) ||
    cp === 0x061c ||
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x2028 && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x2069) ||
    cp === 0xfeff ||
    (cp >= 0xd800 && cp <= 0xdfff)
  );
}

/**
 * One line of a report for people, made safe to print: every character of {@link unsafe} is
 * shown as its `\uXXXX` escape (ESC as `\u001b`), everything else as it is (Chinese, other
 * scripts, emoji). Every id, name, path or quoted value from the input that is printed in a
 * human-readable report goes through here; machine output (JSON) never does, and keeps every
 * character exactly.
 */
export function safeText(line: string): string {
  let out = '';
  let from = 0;
  let i = 0;
  for (const char of line) {
    const cp = char.codePointAt(0) as number;
    if (unsafe(cp)) {
      out += `${line.slice(from, i)}\\u${cp.toString(16).padStart(4, '0')}`;
      from = i + char.length;
    }
    i += char.length;
  }
  return from === 0 ? line : out + line.slice(from);
}

/** Text of several lines (`\n` between them, ours) made safe line by line. */
export function safeLines(text: string): string {
  return text.split('\n').map(safeText).join('\n');
}

/**
 * Prints report lines on standard output (or `stream`), each made safe with {@link safeText},
 * waiting for the reader when it is slow.
 */
export function printLines(
  lines: readonly string[],
  stream: Writable = process.stdout,
): Promise<void> {
  return writeText(stream, `${lines.map(safeText).join('\n')}\n`);
}
