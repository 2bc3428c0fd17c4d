import type { EvaluatedVillage } from '../run/village-source.js';
import { reportLanguage } from './issue-language.js';
import { problemLines } from './record-problems.js';

/** How many problems `evaluate` prints on standard error before it only counts them. */
export const PRINTED_PROBLEMS = 200;

/**
 * The problems of a run as `evaluate` prints them on standard error, one line each, capped at
 * `limit` lines: the output holds all of them, and a clerk fixing a file starts at the top.
 */
export class ErrorList {
  readonly #print: (line: string) => void;
  readonly #limit: number;
  #printed = 0;
  #unprinted = 0;

  constructor(print: (line: string) => void, limit = PRINTED_PROBLEMS) {
    this.#print = print;
    this.#limit = limit;
  }

  /** Prints the village's problems (or counts those past the cap). */
  add(village: EvaluatedVillage): void {
    if (village.result.errors.length > 0) this.addLines(problemLines(village));
  }

  /** Prints problem lines already made (by a worker thread, with {@link problemLines}). */
  addLines(lines: readonly string[]): void {
    for (const line of lines) {
      if (this.#printed < this.#limit) {
        this.#print(line);
        this.#printed++;
      } else {
        this.#unprinted++;
      }
    }
  }

  /** Whether any problem was found. */
  get found(): boolean {
    return this.#printed > 0;
  }

  /** Prints how many problems were left out, if any. */
  finish(): void {
    if (this.#unprinted > 0) {
      this.#print(
        reportLanguage() === 'zh'
          ? `……另有 ${this.#unprinted} 处问题未列出（见输出中的 errors）`
          : `… and ${this.#unprinted} more (see the errors in the output)`,
      );
    }
  }
}
