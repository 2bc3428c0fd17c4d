/**
 * Telling a batch file's two formats apart: a JSON batch document (`{ evalYear, villages }`) or
 * NDJSON, one village per line (each line optionally carrying its `evalYear`).
 */

/** One NDJSON line: its parsed value, or why it is not JSON. Lines are numbered from 1. */
export type NdjsonLine =
  | { readonly line: number; readonly value: unknown }
  | { readonly line: number; readonly error: string };

/** A batch file, read. */
export type BatchSource =
  | { readonly kind: 'json'; readonly document: unknown }
  | { readonly kind: 'ndjson'; readonly lines: readonly NdjsonLine[] }
  | { readonly kind: 'unreadable'; readonly error: string };

const NDJSON_NAME = /\.(ndjson|jsonl)$/i;

/**
 * Reads a batch file's text. A `.ndjson`/`.jsonl` name means NDJSON; otherwise the text is a
 * JSON document if it parses as one (a single object holding `households` and no `villages` is
 * a one-line NDJSON village), and NDJSON if it has several lines that do not parse as a whole.
 */
export function readBatchText(text: string, fileName: string): BatchSource {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (NDJSON_NAME.test(fileName)) return { kind: 'ndjson', lines: ndjsonLines(body) };
  try {
    const document: unknown = JSON.parse(body);
    if (isVillageLike(document)) return { kind: 'ndjson', lines: [{ line: 1, value: document }] };
    return { kind: 'json', document };
  } catch (error) {
    const lines = ndjsonLines(body);
    if (lines.length > 1) return { kind: 'ndjson', lines };
    return { kind: 'unreadable', error: errorText(error) };
  }
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

/** The non-blank lines of an NDJSON text, each parsed or with its parse error. */
export function ndjsonLines(text: string): NdjsonLine[] {
  const lines: NdjsonLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return;
    try {
      lines.push({ line: i + 1, value: JSON.parse(raw) as unknown });
    } catch (error) {
      lines.push({ line: i + 1, error: errorText(error) });
    }
  });
  return lines;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
