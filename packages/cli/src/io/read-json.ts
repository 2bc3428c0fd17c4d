import { CliError } from '../cli-error.js';
import { inputName, readInputText } from './input.js';
import { parseJson } from './json.js';

/**
 * Reads a whole input (a file, or `-` for standard input) as one JSON value. `what` names the
 * input in messages (`the household record`).
 *
 * @throws {CliError} when it cannot be read or is not JSON.
 */
export async function readJsonInput(file: string, what: string): Promise<unknown> {
  const parsed = parseJson(await readInputText(file));
  if (!parsed.ok)
    throw new CliError(`${what} ${inputName(file)} is not valid JSON: ${parsed.problem}`);
  return parsed.value;
}
