import { type Issue, makeIssue, nonEmpty, type Result } from '../issues.js';
import { duplicateKeyIssue, duplicatesUnder, ParsedJson, unwrapJson } from '../json/parse-json.js';
import { BOUNDS } from '../schema/bounds.js';
import { describeType, jsonTypeOf } from '../schema/decimal-text.js';
import { evalYearIssue } from '../schema/eval-year.js';
import { nestedDeeperThan } from '../schema/fields.js';
import { orThrow } from './result.js';

/**
 * The top of a batch document, once accepted: its evaluation year and its villages (unchecked),
 * each as a {@link ParsedJson} when the text wrote a key twice inside it.
 */
export interface BatchEnvelope {
  readonly evalYear: number;
  readonly villages: readonly unknown[];
}

const ENVELOPE_KEYS = ['evalYear', 'villages', 'meta'];

/**
 * Reads the top level of a batch document (`evalYear`, `villages`, optional `meta`), listing
 * every reason it is unusable: not an object, no `villages` array, no valid `evalYear`, a
 * `meta` that is not an object, unknown top-level keys (a misspelt `evalyear` never slips
 * through). `evalYearOverride` replaces the document's year.
 */
export function safeReadBatchEnvelope(
  input: unknown,
  evalYearOverride?: unknown,
): Result<BatchEnvelope> {
  const { value: document, duplicateKeys } = unwrapJson(input);
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    return {
      ok: false,
      issues: [
        makeIssue(
          [],
          'invalid_document',
          `a batch document is a JSON object { "evalYear": …, "villages": [ … ] }, got ${describeType(document)}`,
          { expected: 'document', got: jsonTypeOf(document), rule: 'batchDocument' },
        ),
      ],
    };
  }
  const doc = document as Record<string, unknown>;
  const issues: Issue[] = [];
  // A key written twice at the top (two "villages" arrays, two years) leaves the document
  // unusable: which one was meant cannot be known. Inside a village it is that village's error.
  for (const path of duplicateKeys)
    if (!(path[0] === 'villages' && typeof path[1] === 'number'))
      issues.push(duplicateKeyIssue(path));
  for (const key of Object.keys(doc)) {
    if (!ENVELOPE_KEYS.includes(key))
      issues.push(
        makeIssue(
          [key],
          'unknown_key',
          `unknown top-level field; a batch document has ${ENVELOPE_KEYS.join(', ')}`,
          { allowed: ENVELOPE_KEYS },
        ),
      );
  }
  if (!Array.isArray(doc.villages)) {
    issues.push(
      makeIssue(
        ['villages'],
        doc.villages === undefined ? 'required' : 'invalid_type',
        `a batch document needs a "villages" array, got ${describeType(doc.villages)}`,
        { expected: 'array', got: jsonTypeOf(doc.villages) },
      ),
    );
  }
  const meta = doc.meta;
  if (meta !== undefined) {
    if (typeof meta !== 'object' || meta === null || Array.isArray(meta))
      issues.push(
        makeIssue(['meta'], 'invalid_type', `expected an object, got ${describeType(meta)}`, {
          expected: 'object',
          got: jsonTypeOf(meta),
        }),
      );
    else if (nestedDeeperThan(meta, BOUNDS.metaDepth))
      issues.push(
        makeIssue(['meta'], 'too_big', `nested more than ${BOUNDS.metaDepth} levels deep`, {
          expected: 'object',
          max: BOUNDS.metaDepth,
        }),
      );
  }
  const evalYear = evalYearOverride ?? doc.evalYear;
  const yearIssue = evalYearIssue(evalYear);
  if (yearIssue !== undefined) issues.push(yearIssue);
  if (nonEmpty(issues)) return { ok: false, issues };
  const raw = doc.villages as unknown[];
  const villages =
    duplicateKeys.length === 0
      ? raw
      : raw.map((village, i) => {
          const inside = duplicatesUnder(duplicateKeys, ['villages', i]);
          return inside.length === 0 ? village : new ParsedJson(village, inside);
        });
  return { ok: true, value: { evalYear: evalYear as number, villages } };
}

/**
 * {@link safeReadBatchEnvelope}, throwing.
 *
 * @throws {InputError} listing every reason the document is unusable.
 */
export function readBatchEnvelope(document: unknown, evalYearOverride?: unknown): BatchEnvelope {
  return orThrow(safeReadBatchEnvelope(document, evalYearOverride), 'unusable batch document');
}
