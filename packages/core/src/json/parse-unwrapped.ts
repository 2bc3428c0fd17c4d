import { type Issue, nonEmpty, type Result } from '../issues.js';
import { duplicateKeyIssue, unwrapJson } from './parse-json.js';

/**
 * Checks one input that may come as parsed JSON text (`ParsedJson`) with `parse`, and refuses it
 * when a key was written twice in the text: such an input is ambiguous (a plain object keeps only
 * the last value), so it is never accepted, and its duplicate keys come after whatever else is
 * wrong with it. One rule for every document and record the API checks whole.
 */
export function parseUnwrapped<T>(input: unknown, parse: (value: unknown) => Result<T>): Result<T> {
  const { value, duplicateKeys } = unwrapJson(input);
  const parsed = parse(value);
  const duplicates = duplicateKeys.map(duplicateKeyIssue);
  if (!parsed.ok)
    return { ok: false, issues: [...parsed.issues, ...duplicates] as [Issue, ...Issue[]] };
  if (nonEmpty(duplicates)) return { ok: false, issues: duplicates };
  return parsed;
}
