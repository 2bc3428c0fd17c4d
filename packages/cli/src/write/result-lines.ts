import type { BatchSummary, ModelStamp } from '@credit-village/core';
import type { EvaluatedVillage } from '../run/village-source.js';
import type { ResultWriter } from './result-writer.js';

/**
 * NDJSON results: one village result per line, each self-describing:
 * `{"line": 7, "model": {id, version, hash}, "evalYear": 2024, ...the village result}`, keys in
 * that order. The summary goes to standard error, not here.
 */
export class ResultLinesWriter implements ResultWriter {
  readonly #model: ModelStamp;

  constructor(model: ModelStamp) {
    this.#model = model;
  }

  start(): string {
    return '';
  }

  village({ line, evalYear, result }: EvaluatedVillage): string {
    return `${JSON.stringify({ line, model: this.#model, evalYear, ...result })}\n`;
  }

  end(_summary: BatchSummary): string {
    return '';
  }
}
