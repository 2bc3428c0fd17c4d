import { type ParsedJson, safeParseJson } from '@credit-village/core';
import { CliError } from '../cli-error.js';
import { issueText } from '../report/issue-text.js';
import { inputName, readInputText } from './input.js';

/**
 * Reads results written by `credit-village evaluate`: a result document (`--format json`), or the
 * lines of an NDJSON run (`--format ndjson`, one village result per line), which come back as an
 * array of the lines' objects. The core checks either shape.
 *
 * @throws {CliError} when the input cannot be read, or is neither one JSON document nor lines
 *   of JSON (the line is named; its text is never quoted).
 */
export async function readResultsInput(file: string): Promise<ParsedJson | readonly unknown[]> {
  const text = await readInputText(file);
  const whole = safeParseJson(text, `the results ${inputName(file)}`);
  if (whole.ok) {
    const { value } = whole.value;
    const isDocument =
      typeof value === 'object' && value !== null && !Array.isArray(value) && 'villages' in value;
    // One line of NDJSON parses whole too: a village result, not a document.
    return isDocument || typeof value !== 'object' || value === null || Array.isArray(value)
      ? whole.value
      : [whole.value];
  }
  const lines: ParsedJson[] = [];
  const rows = text.split('\n');
  for (let i = 0; i < rows.length; i++) {
    const row = (rows[i] as string).replace(/\r$/, '');
    if (row.trim() === '') continue;
    const parsed = safeParseJson(row, `line ${i + 1} of the results ${inputName(file)}`);
    if (!parsed.ok)
      throw new CliError(issueText(parsed.issues[0]), [
        '  give a result document of credit-village evaluate, or its --format ndjson output',
      ]);
    lines.push(parsed.value);
  }
  return lines;
}
