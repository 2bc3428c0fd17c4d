import { compileModel, safeParseModel } from '@credit-village/core';
import { EXIT, type ExitStatus } from '../exit-status.js';
import { writeText } from '../io/write-text.js';
import { loadModel, readModelJson } from '../options/model.js';
import { recordIssueText } from '../report/issue-text.js';
import { plural } from '../report/numbers.js';
import { printLines } from '../report/safe-text.js';

/** The flags of `credit-village model show`. */
export interface ModelShowFlags {
  readonly model?: string;
  /** Print the bare model document (a county's starting point) instead of `{id, version, hash, document}`. */
  readonly documentOnly?: boolean;
}

/**
 * `credit-village model show`: prints the model in use (the default one, or `--model`) as
 * JSON: `{ "id", "version", "hash", "document" }`, or only the document with `--document-only`.
 *
 * @throws {CliError} when `--model` is not a valid model (status 2).
 */
export async function modelShowCommand(flags: ModelShowFlags): Promise<ExitStatus> {
  const model = await loadModel(flags.model);
  const shown =
    flags.documentOnly === true
      ? model.document
      : { id: model.id, version: model.version, hash: model.hash, document: model.document };
  await writeText(process.stdout, `${JSON.stringify(shown, null, 2)}\n`);
  return EXIT.ok;
}

/**
 * `credit-village model check <file>`: validates a county's model document and lists every
 * problem with its path on standard output.
 *
 * @returns 0 when the model is valid (its id, version and hash are printed), 2 when not.
 * @throws {CliError} when the file cannot be read or is not JSON (status 2).
 */
export async function modelCheckCommand(file: string): Promise<ExitStatus> {
  const checked = safeParseModel(await readModelJson(file));
  if (checked.ok) {
    const { id, version, hash, document } = checked.value;
    const wide = compileModel(checked.value).wide;
    const fastPath =
      wide.length === 0
        ? 'every coefficient is exact in JavaScript integers'
        : `exact, with BigInt for: ${wide.join(', ')}`;
    const examples = document.examples?.length ?? 0;
    await printLines([
      `${file}: a valid model`,
      `  id:        ${id}`,
      `  version:   ${version}`,
      `  hash:      ${hash}`,
      `  examples:  ${examples === 0 ? 'none' : `${examples} worked examples, all hold`}`,
      `  fast path: ${fastPath}`,
    ]);
    return EXIT.ok;
  }
  const lines = checked.issues.map((issue) => `  ${recordIssueText(issue, 'model')}`);
  const heading = `${file}: not a valid model (${plural(checked.issues.length, 'problem')}):`;
  await printLines([heading, ...lines]);
  return EXIT.unusable;
}
