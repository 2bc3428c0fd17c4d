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
 * Reads the whole input as UTF-8 text, without a leading byte-order mark.
 *
 * @throws {CliError} when the file cannot be opened or read.
 */
export async function readInputText(file: string): Promise<string> {
  const input = await openInput(file);
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of input) chunks.push(chunk as Buffer);
  } catch (error) {
    throw new CliError(`cannot read ${inputName(file)}: ${fsProblem(error)}`);
  }
  return stripBom(Buffer.concat(chunks).toString('utf8'));
}

/** Removes a UTF-8 byte-order mark (U+FEFF) at the start of a text. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
