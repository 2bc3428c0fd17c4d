import type { ModelStamp } from '@credit-village/core';
import type { EvaluatedEntity, EvaluatedVillage } from '../run/village-source.js';
import type { ResultTail, ResultWriter } from './result-writer.js';

/**
 * NDJSON results: one village result per line, each self-describing:
 * `{"line": 7, "model": {id, version, hash}, "evalYear": 2024, ...the village result}`, keys in
 * that order. An entity's line says its kind (`"kind": "entity"`, or `"entityError"` for an
 * invalid record); after the last line come one `"kind": "township"` line per township and the
 * `"kind": "county"` line. The summary goes to standard error, not here.
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

  entity({ line, evalYear, entity }: EvaluatedEntity): string {
    const body = entity.ok
      ? { line, kind: 'entity', model: this.#model, evalYear, ...entity.result }
      : { line, kind: 'entityError', model: this.#model, evalYear, ...entity.error };
    return `${JSON.stringify(body)}\n`;
  }

  end({ townships }: ResultTail): string {
    if (townships === undefined) return '';
    const lines = townships.townships.map((t) =>
      JSON.stringify({ kind: 'township', model: this.#model, ...t }),
    );
    if (townships.county !== undefined)
      lines.push(JSON.stringify({ kind: 'county', model: this.#model, ...townships.county }));
    return lines.map((line) => `${line}\n`).join('');
  }
}
