import type { EntityResult, ModelStamp, RecordError } from '@credit-village/core';
import type { EvaluatedEntity, EvaluatedVillage } from '../run/village-source.js';
import type { ResultTail, ResultWriter } from './result-writer.js';

/**
 * The result document of a batch (docs/formats.md), written a village at a time. The bytes are
 * exactly `JSON.stringify(result, null, 2)` followed by a newline, as if the whole document
 * had been built first: a village is stringified on its own and indented to its place (JSON
 * strings cannot hold a raw newline, so re-indenting after each newline is safe).
 *
 * A village's text depends only on what is written (its position, the summary's count), never
 * on what this object has seen; only the entities, which follow every village, are kept.
 */
export class ResultDocumentWriter implements ResultWriter {
  readonly #model: ModelStamp;
  readonly #evalYear: number;
  // Entities come after every village in the document: kept until the end (the document was
  // read whole, so they are small beside it).
  readonly #entities: EntityResult[] = [];
  readonly #entityErrors: RecordError[] = [];

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

  entity({ entity }: EvaluatedEntity): string {
    if (entity.ok) this.#entities.push(entity.result);
    else this.#entityErrors.push(entity.error);
    return '';
  }

  end({ summary, townships }: ResultTail): string {
    const close = summary.villages === 0 ? ']' : '\n  ]';
    let text = `${close},\n`;
    // The keys of evaluateBatch's result, in its order, when the batch had them.
    if (summary.entities !== undefined)
      text += `  "entities": ${nested(this.#entities, 1)},\n  "entityErrors": ${nested(this.#entityErrors, 1)},\n`;
    if (townships !== undefined) {
      text += `  "townships": ${nested(townships.townships, 1)},\n`;
      if (townships.county !== undefined) text += `  "county": ${nested(townships.county, 1)},\n`;
    }
    return `${text}  "summary": ${nested(summary, 1)}\n}\n`;
  }
}

/** `JSON.stringify(value, null, 2)` for a value nested `depth` levels deep. */
function nested(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);
}
