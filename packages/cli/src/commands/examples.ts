import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CliError } from '../cli-error.js';
import { EXAMPLE_FILES, exampleFolder } from '../example-files.js';
import { EXIT, type ExitStatus } from '../exit-status.js';
import { fsProblem } from '../io/fs-problem.js';
import { printLines } from '../report/safe-text.js';

/**
 * `credit-village examples [dir]`: writes the example data the command ships with (an invented
 * county as a batch document and as NDJSON, the same county with typical mistakes, and one
 * household record) into `dir` (default `examples`), so the examples of every `--help` work
 * wherever the command is installed. Existing files are never overwritten.
 *
 * @throws {CliError} when a file exists already or cannot be written (status 2).
 */
export async function examplesCommand(dir: string): Promise<ExitStatus> {
  const from = exampleFolder();
  if (from === undefined)
    throw new CliError('the example files are missing from this installation');
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new CliError(`cannot create the folder ${dir}: ${fsProblem(error)}`);
  }
  const written: string[] = [];
  for (const name of EXAMPLE_FILES) {
    const target = join(dir, name);
    try {
      // COPYFILE_EXCL: an existing file of the user's is never replaced.
      await copyFile(new URL(name, from), target, 1);
    } catch (error) {
      const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
      throw new CliError(
        exists
          ? `${target} exists already; choose another folder (nothing there was changed)`
          : `cannot write ${target}: ${fsProblem(error)}`,
        written.length > 0 ? [`written before the failure: ${written.join(', ')}`] : [],
      );
    }
    written.push(target);
  }
  await printLines([
    'Wrote the example data:',
    ...written.map((file) => `  ${file}`),
    `Try: credit-village evaluate ${join(dir, 'county.json')} --output results.json`,
  ]);
  return EXIT.ok;
}
