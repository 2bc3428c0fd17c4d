import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { CliError } from '../cli-error.js';
import { fsProblem } from './fs-problem.js';

/** The name a file argument is shown by in messages: `-` is standard input. */
export function inputName(file: string): string {
  return file === '-' ? 'standard input' : file;
}

/**
 * Opens the input: a file, or standard input for `-`. The file is opened at once so that a
 * missing or unreadable file fails before any output is started.
 *
 * @throws {CliError} when the file cannot be opened.
 */
export async function openInput(file: string): Promise<Readable> {
  if (file === '-') return process.stdin;
  try {
    const handle = await open(file, 'r');
    return handle.createReadStream();
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${fsProblem(error)}`);
  }
}

/**
 * The largest document read whole (a batch document, a result document, a record): parsing
 * one takes several times its size in memory, so past this a run would fail for memory.
 * Larger inputs go line by line (`--format ndjson`).
 */
export const MAX_DOCUMENT_BYTES =
  Number(process.env.CREDIT_VILLAGE_MAX_DOCUMENT_BYTES) || 128 * 1024 * 1024;

/**
 * Reads the whole input as UTF-8 text, without a leading byte-order mark.
 *
 * @throws {CliError} when the file cannot be opened or read, is empty, is larger than
 *   {@link MAX_DOCUMENT_BYTES}, or is not valid UTF-8 (never silently replaced).
 */
export async function readInputText(file: string): Promise<string> {
  const input = await openInput(file);
  const name = inputName(file);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of input) {
      size += (chunk as Buffer).length;
      if (size > MAX_DOCUMENT_BYTES) {
        input.destroy();
        throw new CliError(
          `${name} is larger than ${MAX_DOCUMENT_BYTES / 1048576} MB, the most read as one JSON document`,
          [
            '  write one village per line and run with --format ndjson: it is read line by line in flat memory',
          ],
        );
      }
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${name}: ${fsProblem(error)}`);
  }
  const bytes = Buffer.concat(chunks);
  if (bytes.length === 0) throw new CliError(`${name} is empty: there is nothing to evaluate`);
  if (!isUtf8(bytes)) {
    throw new CliError(
      `${name} is not valid UTF-8 text (first bad byte at offset ${firstBadByte(bytes)})`,
      ['  save it as UTF-8 (spreadsheet exports are often in GBK or GB18030)'],
    );
  }
  return stripBom(bytes.toString('utf8'));
}

/** The offset of the first byte that breaks UTF-8 (only called once the input is known bad). */
function firstBadByte(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const c = bytes[i] as number;
    const more =
      c < 0x80
        ? 0
        : c >= 0xc2 && c <= 0xdf
          ? 1
          : c >= 0xe0 && c <= 0xef
            ? 2
            : c >= 0xf0 && c <= 0xf4
              ? 3
              : -1;
    if (more < 0 || i + more >= bytes.length) return i;
    // The native check judges the character whole (overlong forms, surrogates).
    if (more > 0 && !isUtf8(bytes.subarray(i, i + more + 1))) return i;
    i += more + 1;
  }
  return bytes.length;
}

/** Removes a UTF-8 byte-order mark (U+FEFF) at the start of a text. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
