import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError, type Model, publicEntityNotice } from '@credit-village/core';
import { CliError } from '../cli-error.js';
import { EXIT, type ExitStatus } from '../exit-status.js';
import { fsProblem } from '../io/fs-problem.js';
import { writeText } from '../io/write-text.js';
import { issueText } from '../report/issue-text.js';
import { safeName } from './notice.js';

/** What the entity notice needs of `notice`'s flags. */
export interface EntityNoticeFlags {
  readonly model: Model;
  readonly date: string;
  readonly days?: number;
  readonly evalYear?: number;
  readonly outDir?: string;
}

/**
 * `credit-village notice <batch> --township <id>`: the public notice of the township's new
 * agricultural business entities (every entity whose record names the township): a printable
 * HTML page and a CSV, `<township>-entities-notice.html` and `.csv` in `--out-dir`.
 *
 * @throws {CliError} when the batch, the township or the date is unusable (status 2).
 */
export async function entityNoticeCommand(
  batch: unknown,
  township: string,
  flags: EntityNoticeFlags,
): Promise<ExitStatus> {
  let notice: ReturnType<typeof publicEntityNotice>;
  try {
    notice = publicEntityNotice(batch, township, {
      model: flags.model,
      date: flags.date,
      ...(flags.days === undefined ? {} : { days: flags.days }),
      ...(flags.evalYear === undefined ? {} : { evalYear: flags.evalYear }),
    });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new CliError(
      'cannot make the notice:',
      error.issues.map((i) => `  ${issueText(i)}`),
    );
  }
  const dir = flags.outDir ?? '.';
  const base = `${safeName(township)}-entities-notice`;
  const html = join(dir, `${base}.html`);
  const csv = join(dir, `${base}.csv`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(html, notice.html, 'utf8');
    await writeFile(csv, notice.csv, 'utf8');
  } catch (error) {
    throw new CliError(`cannot write the notice in ${dir}: ${fsProblem(error)}`);
  }
  const listed = `${notice.rows.length} entities listed${notice.notListed > 0 ? `, ${notice.notListed} records with errors not listed` : ''}`;
  await writeText(
    process.stdout,
    `Public notice of the entities of ${notice.township.id}: ${listed}; period ${notice.period.from} to ${notice.period.to}\n  ${html}\n  ${csv}\n`,
  );
  return EXIT.ok;
}
