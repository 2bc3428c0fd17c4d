import { type ParsedJson, safeParseJson } from '@credit-village/core';
import { CliError } from '../cli-error.js';
import { issueText } from '../report/issue-text.js';
import { inputName, readInputText } from './input.js';

/**
 * Reads a whole input (a file, or `-` for standard input) as JSON with the core's reader, which
 * also finds keys written twice (the core reports them where the value is used). `what` names
 * the input in messages (`the household record`).
 *
 * @throws {CliError} when it cannot be read or is not JSON.
 */
export async function readJsonInput(file: string, what: string): Promise<ParsedJson> {
  return parseJsonText(await readInputText(file), `${what} ${inputName(file)}`);
}

/**
 * Parses JSON text read from `name` with the core's reader.
 *
 * @throws {CliError} when it is not JSON; the message never quotes the text.
 */
export function parseJsonText(
  text: string,
  name: string,
  hint: readonly string[] = [],
): ParsedJson {
  const parsed = safeParseJson(text, name);
  if (parsed.ok) return parsed.value;
  throw new CliError(
    issueText(parsed.issues[0]),
    parsed.issues[0].params?.rule === 'severalValues' ? hint : [],
  );
}
