import { type Issue, type IssueCode, type IssueParams, makeIssue, type Result } from '../issues.js';
import { countKeys, countMembers, findDuplicateKeys } from './duplicate-keys.js';
import { jsonFault } from './error-offset.js';

/** A path into a JSON value. */
export type JsonPath = readonly (string | number)[];

/**
 * JSON text read by {@link safeParseJson}: the value, and the path of every key the text wrote
 * twice in one object (JSON.parse kept only the last). The library's entry points accept it
 * wherever they accept a parsed value, and turn each duplicate into an error at its path: a
 * record error inside a batch, an unusable document at its top, a model error in a model.
 */
export class ParsedJson {
  /** @internal Use {@link safeParseJson} or {@link parseJson}. */
  constructor(
    readonly value: unknown,
    readonly duplicateKeys: readonly JsonPath[],
  ) {}
}

/**
 * Parses JSON text, finding duplicate keys; or why the text is not JSON, without quoting it (an
 * excerpt could hold a household head's name or identity number). `what` names the text in
 * the message (`the batch document`, `line 7`).
 */
export function safeParseJson(text: string, what = 'the text'): Result<ParsedJson> {
  const read = readJsonText(text);
  if (read.ok) return read;
  const { place } = read;
  return {
    ok: false,
    issues: [
      wholeIssue(
        'invalid_json',
        `${what} is not valid JSON${read.problem === '' ? '' : ` ${read.problem}`}`,
        {
          expected: 'document',
          ...(place === undefined ? {} : { line: place.line, column: place.column }),
          ...(place?.trailing === true ? { rule: 'severalValues' as const } : {}),
        },
      ),
    ],
  };
}

/**
 * JSON text read, duplicate keys found; or where it stops being JSON (`at line 2, column 7`),
 * never quoting the input.
 */
export function readJsonText(text: string):
  | { readonly ok: true; readonly value: ParsedJson }
  | {
      readonly ok: false;
      /** Where it breaks, in words (`at line 2, column 7`); empty when the scan cannot tell. */
      readonly problem: string;
      /** Where the text stops being JSON (1-based line and column). */
      readonly place?: {
        readonly line: number;
        readonly column: number;
        /** A complete JSON value came before the fault: the text holds several values. */
        readonly trailing: boolean;
      };
    } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // The engine's message is not repeated: it can quote the input (a name, an id number) and
    // differs from engine to engine. Where the text breaks is found by our own scan instead.
    const place = errorPlace(text);
    return place === undefined
      ? { ok: false, problem: '' }
      : { ok: false, problem: `at line ${place.line}, column ${place.column}`, place };
  }
  const duplicates = countMembers(text) === countKeys(value) ? [] : findDuplicateKeys(text);
  return { ok: true, value: new ParsedJson(value, duplicates) };
}

/**
 * The 1-based line and column where `text` stops being JSON (see {@link jsonFault}), and
 * whether a complete value came before it (several values: NDJSON, perhaps).
 */
function errorPlace(text: string): { line: number; column: number; trailing: boolean } | undefined {
  const fault = jsonFault(text);
  if (fault === undefined) return undefined;
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < fault.offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: fault.offset - start + 1, trailing: fault.trailing };
}

/** An issue about a whole text or line, whose message names the place itself (no path prefix). */
export function wholeIssue(code: IssueCode, message: string, params?: IssueParams): Issue {
  return params === undefined ? { path: [], code, message } : { path: [], code, message, params };
}

/** The value and duplicate keys of an input that may be a {@link ParsedJson} or a plain value. */
export function unwrapJson(input: unknown): {
  readonly value: unknown;
  readonly duplicateKeys: readonly JsonPath[];
} {
  return input instanceof ParsedJson ? input : { value: input, duplicateKeys: [] };
}

/** The issue of a key written twice, at its path (relative to `prefix`). */
export function duplicateKeyIssue(path: JsonPath): Issue {
  const key = path[path.length - 1];
  return makeIssue(
    path,
    'duplicate_key',
    `the key ${JSON.stringify(String(key))} is written twice in the same object; only one value can count, so remove or rename one of them`,
  );
}

/**
 * The duplicate keys under `prefix`, with paths made relative to it: a batch hands each village
 * the duplicates inside it, and a village each household's.
 */
export function duplicatesUnder(duplicateKeys: readonly JsonPath[], prefix: JsonPath): JsonPath[] {
  const out: JsonPath[] = [];
  for (const path of duplicateKeys) {
    if (path.length > prefix.length && prefix.every((part, i) => path[i] === part))
      out.push(path.slice(prefix.length));
  }
  return out;
}
