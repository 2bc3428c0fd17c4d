import { type Issue, makeIssue, nonEmpty, type Result } from '../issues.js';
import { duplicateKeyIssue, duplicatesUnder, ParsedJson, unwrapJson } from '../json/parse-json.js';
import { noEntitySection, noTownshipSection } from '../model/missing-section.js';
import type { Model } from '../model/model.js';
import { resolveModel } from '../model/resolve.js';
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
  /** The entity records (docs/model.md §8), when the document has an `entities` array. */
  readonly entities?: readonly unknown[];
  /** The township records (docs/model.md §9), when the document has a `townships` array. */
  readonly townships?: readonly unknown[];
}

const ENVELOPE_KEYS = ['evalYear', 'villages', 'entities', 'townships', 'meta'];
/** The top-level arrays of records: a key written twice inside one of them is that record's. */
const RECORD_ARRAYS = ['villages', 'entities', 'townships'];

/**
 * Reads the top level of a batch document (`evalYear`, `villages`, optional `entities`,
 * `townships` and `meta`), listing every reason it is unusable: not an object, no `villages`
 * array, no valid `evalYear`, `entities` or `townships` that are not arrays, a `meta` that is not
 * an object, unknown top-level keys (a misspelt `evalyear` never slips through), and, when
 * `model` is given, entities or townships the model has no rules for (a version-1 model).
 * `evalYearOverride` replaces the document's year.
 */
export function safeReadBatchEnvelope(
  input: unknown,
  evalYearOverride?: unknown,
  model?: Model,
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
    if (!(RECORD_ARRAYS.includes(String(path[0])) && typeof path[1] === 'number'))
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
  for (const key of ['entities', 'townships'] as const) {
    const list = doc[key];
    if (list === undefined) continue;
    if (!Array.isArray(list))
      issues.push(
        makeIssue(
          [key],
          'invalid_type',
          `"${key}" is an array of records, got ${describeType(list)}`,
          {
            expected: 'array',
            got: jsonTypeOf(list),
          },
        ),
      );
    else if (model !== undefined) {
      const resolved = resolveModel(model);
      if (key === 'entities' && resolved.entity === undefined)
        issues.push(noEntitySection(resolved, [key]));
      if (key === 'townships' && resolved.township === undefined)
        issues.push(noTownshipSection(resolved, [key]));
    }
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
  const records = (key: string, raw: unknown[]) =>
    duplicateKeys.length === 0
      ? raw
      : raw.map((record, i) => {
          const inside = duplicatesUnder(duplicateKeys, [key, i]);
          return inside.length === 0 ? record : new ParsedJson(record, inside);
        });
  const villages = records('villages', doc.villages as unknown[]);
  return {
    ok: true,
    value: {
      evalYear: evalYear as number,
      villages,
      ...(Array.isArray(doc.entities) ? { entities: records('entities', doc.entities) } : {}),
      ...(Array.isArray(doc.townships) ? { townships: records('townships', doc.townships) } : {}),
    },
  };
}

/**
 * {@link safeReadBatchEnvelope}, throwing.
 *
 * @throws {InputError} listing every reason the document is unusable.
 */
export function readBatchEnvelope(
  document: unknown,
  evalYearOverride?: unknown,
  model?: Model,
): BatchEnvelope {
  return orThrow(
    safeReadBatchEnvelope(document, evalYearOverride, model),
    'unusable batch document',
  );
}
