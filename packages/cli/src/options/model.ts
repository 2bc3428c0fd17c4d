import { readFile } from 'node:fs/promises';
import { defaultModel, type Model, ModelError, parseModel } from '@credit-village/core';
import { CliError } from '../cli-error.js';
import { fsProblem } from '../io/fs-problem.js';
import { stripBom } from '../io/input.js';
import { parseJsonText } from '../io/read-json.js';
import { useReportModel } from '../report/issue-language.js';
import { recordIssueText } from '../report/issue-text.js';

/**
 * The model to evaluate with: the county's model document at `file`, or the default model.
 *
 * @throws {CliError} when the file cannot be read, is not JSON, or is not a valid model
 *   document; the error lists every problem with its path.
 */
export async function loadModel(file: string | undefined): Promise<Model> {
  if (file === undefined) return defaultModel();
  const document = await readModelJson(file);
  try {
    const model = parseModel(document);
    useReportModel(model);
    return model;
  } catch (error) {
    if (!(error instanceof ModelError)) throw error;
    throw new CliError(
      `the model ${file} is not valid (${count(error.issues.length)}):`,
      error.issues.map((issue) => `  ${recordIssueText(issue, 'model')}`),
    );
  }
}

/**
 * Reads a model file as JSON, for `loadModel` and `model check`.
 *
 * @throws {CliError} when the file cannot be read or is not JSON.
 */
export async function readModelJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = stripBom(await readFile(file, 'utf8'));
  } catch (error) {
    throw new CliError(`cannot read the model ${file}: ${fsProblem(error)}`);
  }
  return parseJsonText(text, `the model ${file}`);
}

function count(n: number): string {
  return n === 1 ? '1 problem' : `${n} problems`;
}
