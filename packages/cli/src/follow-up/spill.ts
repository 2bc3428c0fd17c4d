import { randomBytes } from 'node:crypto';
import { closeSync, createReadStream, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readLines } from '../io/lines.js';
import { trackTemporary, untrackTemporary } from '../io/temporary-files.js';

/** Text held before it goes to the file. */
const BUFFER_CHARS = 1 << 20;

/**
 * Values set aside on disk while a ledger streams by (its bad lines, its lines naming unknown
 * subjects), one JSON line each, so memory stays flat however many there are; read back in the
 * order written when the report is written. The file is created at the first value, in the
 * system's temporary folder, and removed by {@link remove} or however the run ends.
 */
export class Spill<T> {
  readonly #name: string;
  #path: string | undefined;
  #fd: number | undefined;
  #buffer = '';
  #count = 0;

  constructor(name: string) {
    this.#name = name;
  }

  /** How many values were set aside. */
  get count(): number {
    return this.#count;
  }

  add(value: T): void {
    this.#count++;
    this.#buffer += `${JSON.stringify(value)}\n`;
    if (this.#buffer.length >= BUFFER_CHARS) this.#flush();
  }

  /** Every value, in the order added. */
  async *values(): AsyncGenerator<T> {
    if (this.#fd === undefined) {
      // Never flushed: everything is still in the buffer.
      for (const line of this.#buffer.split('\n')) if (line !== '') yield JSON.parse(line) as T;
      return;
    }
    this.#flush();
    for await (const line of readLines(createReadStream(this.#path as string))) {
      if (line.text !== '') yield JSON.parse(line.text) as T;
    }
  }

  /** Removes the file, if there is one. */
  remove(): void {
    if (this.#fd !== undefined) closeSync(this.#fd);
    this.#fd = undefined;
    if (this.#path === undefined) return;
    rmSync(this.#path, { force: true });
    untrackTemporary(this.#path);
    this.#path = undefined;
  }

  #flush(): void {
    if (this.#buffer === '') return;
    if (this.#fd === undefined) {
      const path = join(
        tmpdir(),
        `credit-village-${process.pid}-${randomBytes(6).toString('hex')}-${this.#name}.ndjson`,
      );
      // Remembered before it exists, so no end of the run can leave it behind; created new
      // (never an existing file), readable by this user only.
      trackTemporary(path);
      this.#path = path;
      this.#fd = openSync(path, 'wx', 0o600);
    }
    writeSync(this.#fd, this.#buffer);
    this.#buffer = '';
  }
}
