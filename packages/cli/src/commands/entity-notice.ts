import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError, type Model, publicEntityNotice } from '@credit-village/core';
import { CliError } from '../cli-error.js';
import { EXIT, type ExitStatus } from '../exit-status.js';
import { fsProblem } from '../io/fs-problem.js';
import { noticeFileBase } from '../notice/notice-file-name.js';
import { isOwnNotice } from '../notice/own-notice.js';
import { issueText } from '../report/issue-text.js';
import { printLines } from '../report/safe-text.js';
import { writeTogether } from './notice.js';

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
  const base = `${noticeFileBase(township)}-entities-notice`;
  const files = [
    { path: join(dir, `${base}.html`), text: notice.html },
    { path: join(dir, `${base}.csv`), text: notice.csv },
  ];
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new CliError(`cannot write the notice in ${dir}: ${fsProblem(error)}`);
  }
  for (const { path, text } of files) {
    if (!(await isOwnNotice(path, text)))
      throw new CliError(
        `${path} exists and is not a notice of the entities of township ${township} written by credit-village`,
        ['  it was left as it was, and nothing was written: move it, or choose another --out-dir'],
      );
  }
  await writeTogether(files);
  const listed = `${notice.rows.length} entities listed${notice.notListed > 0 ? `, ${notice.notListed} records with errors not listed` : ''}`;
  await printLines([
    `Public notice of the entities of ${notice.township.id}: ${listed}; period ${notice.period.from} to ${notice.period.to}`,
    ...files.map((f) => `  ${f.path}`),
  ]);
  return EXIT.ok;
}
