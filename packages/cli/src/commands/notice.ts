import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError, publicNotice } from '@credit-village/core';
import { CliError } from '../cli-error.js';
import { EXIT, type ExitStatus } from '../exit-status.js';
import { openFileOutput } from '../io/file-output.js';
import { fsProblem } from '../io/fs-problem.js';
import type { FileOutput } from '../io/output.js';
import { readJsonInput } from '../io/read-json.js';
import { noticeFileBase } from '../notice/notice-file-name.js';
import { isOwnNotice } from '../notice/own-notice.js';
import { chinaToday } from '../options/date.js';
import { loadModel } from '../options/model.js';
import { issueText } from '../report/issue-text.js';
import { printLines } from '../report/safe-text.js';
import { entityNoticeCommand } from './entity-notice.js';
import { type NoticeObjectionFlags, noticeObjections } from './notice-objections.js';

/** The flags of `credit-village notice`. */
export interface NoticeFlags extends NoticeObjectionFlags {
  readonly village?: string;
  /** `--township`: list the township's entities instead of a village's households. */
  readonly township?: string;
  readonly date?: string;
  readonly days?: number;
  readonly model?: string;
  readonly evalYear?: number;
  readonly outDir?: string;
}

/**
 * `credit-village notice <batch> --village <id>`: the public notice (公示) of one village: a
 * printable HTML page and a CSV (UTF-8 with a byte-order mark) listing its households with
 * masked names and id numbers, grade, credit-household flag and limit, the notice period and
 * the model id. Both files go to `--out-dir` (default: the current directory), named after the
 * village (see `noticeFileBase`), and appear together or not at all. An existing file at
 * either name is replaced only when it is an earlier notice of the same village.
 *
 * @throws {CliError} when the batch, the village or the date is unusable, a file at either
 *   name is not this village's notice, or the files cannot be written (status 2).
 */
export async function noticeCommand(file: string, flags: NoticeFlags): Promise<ExitStatus> {
  if ((flags.village === undefined) === (flags.township === undefined))
    throw new CliError(
      'give either --village <id> (its households) or --township <id> (its entities), one of the two',
    );
  const model = await loadModel(flags.model);
  const batch = await readJsonInput(file, 'the batch document');
  const objections = await noticeObjections(flags);
  const date = flags.date ?? objections.period?.date ?? chinaToday();
  const days = objections.period === undefined ? flags.days : objections.period.days;
  if (flags.township !== undefined)
    return entityNoticeCommand(batch, flags.township, {
      ...flags,
      model,
      date,
      ...(days === undefined ? {} : { days }),
    });
  const village = flags.village as string;
  let notice: ReturnType<typeof publicNotice>;
  try {
    notice = publicNotice(batch, village, {
      model,
      date,
      ...objections.options,
      ...(days === undefined ? {} : { days }),
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
  const base = noticeFileBase(village);
  const files = [
    { path: join(dir, `${base}-notice.html`), text: notice.html },
    { path: join(dir, `${base}-notice.csv`), text: notice.csv },
  ];
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new CliError(`cannot write the notice in ${dir}: ${fsProblem(error)}`);
  }
  for (const { path, text } of files) {
    if (!(await isOwnNotice(path, text)))
      throw new CliError(
        `${path} exists and is not a notice of village ${village} written by credit-village`,
        ['  it was left as it was, and nothing was written: move it, or choose another --out-dir'],
      );
  }
  await writeTogether(files);
  const held = notice.objections.held === null ? '' : `, ${notice.objections.held} under re-review`;
  const listed = `${notice.rows.length} households listed${notice.notListed > 0 ? `, ${notice.notListed} records with errors not listed` : ''}${held}`;
  await printLines([
    `Public notice of ${notice.village.id}: ${listed}; period ${notice.period.from} to ${notice.period.to}`,
    ...files.map((f) => `  ${f.path}`),
  ]);
  return EXIT.ok;
}

/**
 * Writes the files so that they appear together or not at all: each to a temporary file,
 * completed and flushed to disk, and only then all renamed into place. A failure before the
 * renames (a full disk, say) removes the temporary files and leaves every earlier file as it
 * was; the renames themselves follow one another at once.
 */
export async function writeTogether(
  files: readonly { path: string; text: string }[],
): Promise<void> {
  const outputs: FileOutput[] = [];
  try {
    for (const { path } of files) outputs.push(await openFileOutput(path));
    for (const [i, output] of outputs.entries()) await output.write(files[i]?.text ?? '');
    for (const output of outputs) await output.prepare();
    for (const output of outputs) await output.commit();
  } catch (error) {
    for (const output of outputs) await output.abort();
    throw error;
  }
}
