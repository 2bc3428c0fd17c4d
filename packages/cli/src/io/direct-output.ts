import { createWriteStream, type WriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { CliError } from '../cli-error.js';
import { fsProblem } from './fs-problem.js';
import type { FileOutput } from './output.js';
import { writeText } from './write-text.js';

/**
 * A FIFO or a character device (`/dev/null`, a terminal, `/dev/stdout`) written in place, as
 * the shell's `>` would: replacing it with a file would destroy it. Opening a FIFO waits for
 * its reader. Nothing can be taken back once written, so a run that fails after it began
 * leaves what was written (the reader of a FIFO sees the end of its input early).
 *
 * @throws {CliError} when it cannot be opened.
 */
export async function openDirectOutput(name: string, path: string): Promise<FileOutput> {
  const stream = createWriteStream(path, { flags: 'w' });
  let failure: unknown;
  try {
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', reject);
    });
  } catch (error) {
    stream.destroy();
    throw new CliError(`cannot write ${name}: ${fsProblem(error)}`);
  }
  stream.on('error', (error) => {
    failure ??= error;
  });
  const check = () => {
    if (failure !== undefined) throw new CliError(`cannot write ${name}: ${fsProblem(failure)}`);
  };
  return new DirectOutput(name, stream, check);
}

class DirectOutput implements FileOutput {
  readonly name: string;
  readonly #stream: WriteStream;
  readonly #check: () => void;

  constructor(name: string, stream: WriteStream, check: () => void) {
    this.name = name;
    this.#stream = stream;
    this.#check = check;
  }

  async write(text: string | Uint8Array): Promise<void> {
    this.#check();
    try {
      await writeText(this.#stream, text);
    } catch {
      // the stream's error handler has kept it
    }
    this.#check();
  }

  async prepare(): Promise<void> {
    this.#check();
    try {
      this.#stream.end();
      await finished(this.#stream);
    } catch (error) {
      throw new CliError(`cannot write ${this.name}: ${fsProblem(error)}`);
    }
  }

  async commit(): Promise<void> {
    await this.prepare();
  }

  async abort(): Promise<void> {
    this.#stream.destroy();
  }
}
