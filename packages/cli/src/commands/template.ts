import { templateWorkbook } from '@credit-village/workbook';
import { CliError } from '../cli-error.js';
import { EXIT, type ExitStatus } from '../exit-status.js';
import { openFileOutput } from '../io/file-output.js';
import { stdoutOutput } from '../io/stdout.js';
import { loadModel } from '../options/model.js';
import { safeText } from '../report/safe-text.js';

/** The flags of `credit-village template`. */
export interface TemplateFlags {
  readonly output?: string;
  readonly model?: string;
  readonly evalYear?: number;
}

/**
 * `credit-village template`: writes the empty collection workbook (说明, 村, 农户, 房屋,
 * 农机车辆设施, 民主评议, 经营主体, 乡镇) with the model's words in dropdown lists, to `--output` or to
 * standard output when that is not a terminal.
 *
 * @throws {CliError} when the output cannot be written, or is a terminal.
 */
export async function templateCommand(flags: TemplateFlags): Promise<ExitStatus> {
  const model = await loadModel(flags.model);
  const bytes = templateWorkbook({
    model,
    ...(flags.evalYear === undefined ? {} : { evalYear: flags.evalYear }),
  });
  await writeBytes(bytes, flags.output);
  if (flags.output !== undefined)
    process.stderr.write(`${safeText(`模板已写入 ${flags.output} (template written)`)}\n`);
  return EXIT.ok;
}

/** Writes binary output to a file (atomically) or to standard output, never to a terminal. */
export async function writeBytes(bytes: Uint8Array, path: string | undefined): Promise<void> {
  if (path === undefined && process.stdout.isTTY === true) {
    throw new CliError(
      'an .xlsx workbook is binary: give --output <file.xlsx> (or redirect standard output)',
    );
  }
  const output = path === undefined ? stdoutOutput() : await openFileOutput(path);
  try {
    await output.write(bytes);
    await output.commit();
  } catch (error) {
    await output.abort();
    throw error;
  }
}
