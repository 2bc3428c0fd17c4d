import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';
import { CliError } from '../cli-error.js';
import { fsProblem } from './fs-problem.js';
import type { FileOutput } from './output.js';
import { trackTemporary, untrackTemporary } from './temporary-files.js';
import { writeText } from './write-text.js';

/** What the file replaced keeps: its mode, owner and group. */
export interface Keep {
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
}

/**
 * An output file written to a temporary file beside it (same directory, so the rename cannot
 * cross file systems) and renamed over the path on `commit`. A run that fails, is interrupted
 * (Ctrl-C) or ends any other way removes the temporary file (see `trackTemporary`) and leaves
 * any earlier file at the path as it was: there is never half a result where the last good
 * one was.
 *
 * `name` is how the output is named in messages (the path the user gave); `path` is the
 * regular file replaced (the target of a symbolic link). A replaced file keeps its mode, and
 * its owner and group as far as the user may set them; while being written the temporary file
 * is readable by its owner only, so personal data is never more exposed than the old file was.
 *
 * @throws {CliError} when the temporary file cannot be created (no such directory, no
 *   permission): before any work is done.
 */
export async function openAtomicOutput(
  name: string,
  path: string,
  keep?: Keep,
): Promise<FileOutput> {
  const temporary = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  const output = new AtomicOutput(name, path, temporary, keep);
  try {
    await output.opened;
  } catch (error) {
    await output.abort();
    throw new CliError(`cannot write ${name}: ${fsProblem(error)}`);
  }
  return output;
}

class AtomicOutput implements FileOutput {
  readonly name: string;
  /** Settles when the temporary file is open, or could not be created. */
  readonly opened: Promise<void>;
  readonly #path: string;
  readonly #temporary: string;
  readonly #keep: Keep | undefined;
  readonly #stream: WriteStream;
  #failure: unknown;
  #open = true;
  #prepared = false;

  constructor(name: string, path: string, temporary: string, keep: Keep | undefined) {
    this.name = name;
    this.#path = path;
    this.#temporary = temporary;
    this.#keep = keep;
    // Remembered before the file exists: however the run ends, it does not stay behind.
    trackTemporary(temporary);
    this.#stream = createWriteStream(temporary, {
      flags: 'wx',
      mode: keep === undefined ? 0o666 : 0o600,
    });
    this.opened = new Promise((resolve, reject) => {
      this.#stream.once('open', () => resolve());
      this.#stream.once('error', reject);
    });
    // Remember the first failure (the disk filling up, say) so the next write reports it.
    this.#stream.on('error', (error) => {
      this.#failure ??= error;
    });
  }

  async write(text: string | Uint8Array): Promise<void> {
    this.#check();
    try {
      await writeText(this.#stream, text);
    } catch (error) {
      this.#failure ??= error;
    }
    this.#check();
  }

  async prepare(): Promise<void> {
    if (this.#prepared) return;
    this.#check();
    try {
      this.#stream.end();
      await finished(this.#stream);
      const handle = await open(this.#temporary, 'r+');
      try {
        if (this.#keep !== undefined) {
          // The owner first: changing it clears set-id bits, which the mode then restores.
          await handle.chown(this.#keep.uid, this.#keep.gid).catch(() => {});
          await handle.chmod(this.#keep.mode);
        }
        // Flush to disk before the rename, so a crash cannot leave an empty file under the name.
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch (error) {
      await this.abort();
      throw new CliError(`cannot write ${this.name}: ${fsProblem(error)}`);
    }
    this.#prepared = true;
  }

  async commit(): Promise<void> {
    await this.prepare();
    try {
      await rename(this.#temporary, this.#path);
    } catch (error) {
      await this.abort();
      throw new CliError(`cannot write ${this.name}: ${fsProblem(error)}`);
    }
    this.#close();
  }

  async abort(): Promise<void> {
    if (!this.#open) return;
    this.#stream.destroy();
    await rm(this.#temporary, { force: true }).catch(() => {});
    this.#close();
  }

  #check(): void {
    if (this.#failure !== undefined) {
      throw new CliError(`cannot write ${this.name}: ${fsProblem(this.#failure)}`);
    }
  }

  #close(): void {
    this.#open = false;
    untrackTemporary(this.#temporary);
  }
}
