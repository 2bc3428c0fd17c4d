import type { ProgressCounts } from '../run/village-source.js';
import { formatCount } from './numbers.js';
import { safeText } from './safe-text.js';

const CLEAR_LINE = '\r\u001b[K';

/**
 * A progress line on standard error during a long run (`… 1,200 lines, 1,200 villages,
 * 1,200,000 households`), redrawn at most every `intervalMs`, and only when standard error is
 * a terminal: a log file or a pipe gets no control characters. Other text goes through
 * {@link ProgressLine.print} so it never mixes with the line.
 */
export class ProgressLine {
  readonly #stream: NodeJS.WriteStream;
  readonly #enabled: boolean;
  readonly #intervalMs: number;
  #last = Date.now();
  #shown = false;

  constructor(stream: NodeJS.WriteStream = process.stderr, intervalMs = 500) {
    this.#stream = stream;
    this.#enabled = stream.isTTY === true;
    this.#intervalMs = intervalMs;
  }

  /** Redraws the line if it is time to. */
  update(counts: ProgressCounts): void {
    if (!this.#enabled) return;
    const now = Date.now();
    if (now - this.#last < this.#intervalMs) return;
    this.#last = now;
    const lines = counts.lines > 0 ? `${formatCount(counts.lines)} lines, ` : '';
    this.#stream.write(
      `${CLEAR_LINE}… ${lines}${formatCount(counts.villages)} villages, ${formatCount(counts.households)} households`,
    );
    this.#shown = true;
  }

  /** Prints a line of text on the stream, above the progress line, made safe (see `safeText`). */
  print(text: string): void {
    this.clear();
    this.#stream.write(`${safeText(text)}\n`);
  }

  /** Removes the progress line. */
  clear(): void {
    if (!this.#shown) return;
    this.#stream.write(CLEAR_LINE);
    this.#shown = false;
  }
}
