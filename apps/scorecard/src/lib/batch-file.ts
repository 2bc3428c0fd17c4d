/**
 * Telling a batch file's two formats apart: a JSON batch document (`{ evalYear, villages }`) or
 * NDJSON, one village per line (each line optionally carrying its `evalYear`). Reading JSON is
 * the core's (duplicate keys found, the text never quoted in a message); so are the line rules.
 */
import { type Issue, type ParsedJson, safeParseJson } from './core-adapter';

/** One non-blank NDJSON line and its 1-based number, for the core's line rules. */
export interface NdjsonLine {
  readonly line: number;
  readonly text: string;
}

/** A batch file, read. */
export type BatchSource =
  | { readonly kind: 'json'; readonly document: ParsedJson }
  | { readonly kind: 'ndjson'; readonly lines: readonly NdjsonLine[] }
  | { readonly kind: 'unreadable'; readonly issues: readonly Issue[] };

const NDJSON_NAME = /\.(ndjson|jsonl)$/i;

/**
 * Reads a batch file's text. A `.ndjson`/`.jsonl` name means NDJSON; otherwise the text is a
 * JSON document if it parses as one (a single object holding `households` and no `villages` is
 * a one-line NDJSON village), and NDJSON if it has several lines that do not parse as a whole.
 */
export function readBatchText(text: string, fileName: string): BatchSource {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (NDJSON_NAME.test(fileName)) return { kind: 'ndjson', lines: ndjsonLines(body) };
  const parsed = safeParseJson(body, fileName);
  if (parsed.ok) {
    if (isVillageLike(parsed.value.value))
      return { kind: 'ndjson', lines: [{ line: 1, text: body }] };
    return { kind: 'json', document: parsed.value };
  }
  const lines = ndjsonLines(body);
  if (lines.length > 1) return { kind: 'ndjson', lines };
  return { kind: 'unreadable', issues: parsed.issues };
}

function isVillageLike(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    'households' in value &&
    !('villages' in value)
  );
}

/** The non-blank lines of an NDJSON text, numbered as an editor shows them. */
export function ndjsonLines(text: string): NdjsonLine[] {
  const lines: NdjsonLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() !== '') lines.push({ line: i + 1, text: raw });
  });
  return lines;
}
