import { InputError, type Issue, issuesOr, makeIssue, nonEmpty, type Result } from '../issues.js';
import {
  duplicateKeyIssue,
  duplicatesUnder,
  type JsonPath,
  ParsedJson,
  unwrapJson,
} from '../json/parse-json.js';
import { describeType, jsonTypeOf } from '../schema/decimal-text.js';
import { notADocument } from '../schema/not-a-document.js';
import { readAsOf } from './ledger-line.js';

/** A ledger's own parts: its date and its lines, each still to be read. */
export interface LedgerEnvelope {
  readonly asOf: string;
  /** Each line as written, as a `ParsedJson` when the text wrote a key of it twice. */
  readonly lines: readonly unknown[];
}

/** The top-level keys of a ledger. */
const KEYS = ['asOf', 'lines'];

/**
 * Reads a ledger document's own parts: `asOf` and the `lines` array; or why it is unusable
 * (not an object, no `lines` array, a bad `asOf`, an unknown top-level key, a top-level key
 * written twice). A bad line does not make it unusable: each is read on its own.
 */
export function safeReadLedgerEnvelope(input: unknown): Result<LedgerEnvelope> {
  const { value, duplicateKeys } = unwrapJson(input);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return {
      ok: false,
      issues: [notADocument('a credit ledger (a JSON object with "asOf" and "lines")', value)],
    };
  const document = value as Record<string, unknown>;
  const issues: Issue[] = [];
  for (const key of Object.keys(document))
    if (!KEYS.includes(key))
      issues.push(
        makeIssue([key], 'unknown_key', 'unknown field of a credit ledger', { allowed: KEYS }),
      );
  let asOf: string | undefined;
  try {
    asOf = readAsOf(document.asOf);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    issues.push(...error.issues);
  }
  const lines = document.lines;
  if (!Array.isArray(lines))
    issues.push(
      makeIssue(
        ['lines'],
        lines === undefined ? 'required' : 'invalid_type',
        `expected the ledger's lines (a JSON array), got ${describeType(lines)}`,
        { expected: 'array', got: jsonTypeOf(lines) },
      ),
    );
  for (const path of duplicateKeys)
    if (!(path[0] === 'lines' && typeof path[1] === 'number')) issues.push(duplicateKeyIssue(path));
  if (nonEmpty(issues) || asOf === undefined || !Array.isArray(lines))
    return {
      ok: false,
      issues: issuesOr(issues, makeIssue([], 'invalid_document', 'not a credit ledger')),
    };
  const twice = linesWithDuplicates(duplicateKeys);
  return {
    ok: true,
    value: {
      asOf,
      lines:
        twice.size === 0
          ? lines
          : lines.map((line, i) =>
              twice.has(i)
                ? new ParsedJson(line, duplicatesUnder(duplicateKeys, ['lines', i]))
                : line,
            ),
    },
  };
}

/** The lines with a key written twice inside them. */
function linesWithDuplicates(paths: readonly JsonPath[]): Set<number> {
  const out = new Set<number>();
  for (const path of paths)
    if (path[0] === 'lines' && typeof path[1] === 'number' && path.length > 2) out.add(path[1]);
  return out;
}
