import type { BatchSummary, ModelStamp } from '@credit-village/core';
import type { EvaluatedVillage } from '../run/village-source.js';
import type { ResultWriter } from './result-writer.js';

/**
 * The result document of a batch (docs/formats.md), written a village at a time. The bytes are
 * exactly `JSON.stringify(evaluateBatch(document), null, 2)` followed by a newline, as if the
 * whole document had been built first: a village is stringified on its own and indented to its
 * place (JSON strings cannot hold a raw newline, so re-indenting after each newline is safe).
 *
 * The text depends only on what is written (a village's position, the summary's count), never
 * on what this object has seen: any writer for the same model and year gives the same bytes.
 */
export class ResultDocumentWriter implements ResultWriter {
  readonly #model: ModelStamp;
  readonly #evalYear: number;

  constructor(model: ModelStamp, evalYear: number) {
    this.#model = model;
    this.#evalYear = evalYear;
  }

  start(): string {
    return `{\n  "model": ${nested(this.#model, 1)},\n  "evalYear": ${JSON.stringify(this.#evalYear)},\n  "villages": [`;
  }

  village({ result, position }: EvaluatedVillage): string {
    const separator = position === 0 ? '\n' : ',\n';
    return `${separator}    ${nested(result, 2)}`;
  }

  end(summary: BatchSummary): string {
    const close = summary.villages === 0 ? ']' : '\n  ]';
    return `${close},\n  "summary": ${nested(summary, 1)}\n}\n`;
  }
}

/** `JSON.stringify(value, null, 2)` for a value nested `depth` levels deep. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
}
