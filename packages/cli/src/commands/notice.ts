import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError, publicNotice } from '@credit-village/core';
import { CliError } from '../cli-error.js';
import { EXIT, type ExitStatus } from '../exit-status.js';
import { fsProblem } from '../io/fs-problem.js';
import { readJsonInput } from '../io/read-json.js';
import { writeText } from '../io/write-text.js';
import { loadModel } from '../options/model.js';
import { issueText } from '../report/issue-text.js';
import { entityNoticeCommand } from './entity-notice.js';

/** The flags of `credit-village notice`. */
export interface NoticeFlags {
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
 * the model id. Both files go to `--out-dir` (default: the current directory).
 *
 * @throws {CliError} when the batch, the village or the date is unusable (status 2).
 */
export async function noticeCommand(file: string, flags: NoticeFlags): Promise<ExitStatus> {
  if ((flags.village === undefined) === (flags.township === undefined))
    throw new CliError(
      'give either --village <id> (its households) or --township <id> (its entities), one of the two',
    );
  const model = await loadModel(flags.model);
  const batch = await readJsonInput(file, 'the batch document');
  const date = flags.date ?? new Date().toISOString().slice(0, 10);
  if (flags.township !== undefined)
    return entityNoticeCommand(batch, flags.township, { ...flags, model, date });
  const village = flags.village as string;
  let notice: ReturnType<typeof publicNotice>;
  try {
    notice = publicNotice(batch, village, {
      model,
      date,
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
  const base = `${safeName(village)}-notice`;
  const html = join(dir, `${base}.html`);
  const csv = join(dir, `${base}.csv`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(html, notice.html, 'utf8');
    await writeFile(csv, notice.csv, 'utf8');
  } catch (error) {
    throw new CliError(`cannot write the notice in ${dir}: ${fsProblem(error)}`);
  }
  const listed = `${notice.rows.length} households listed${notice.notListed > 0 ? `, ${notice.notListed} records with errors not listed` : ''}`;
  await writeText(
    process.stdout,
    `Public notice of ${notice.village.id}: ${listed}; period ${notice.period.from} to ${notice.period.to}\n  ${html}\n  ${csv}\n`,
  );
  return EXIT.ok;
}

/** A file name from a village id: letters, digits, `.`, `_` and `-` only, never hidden. */
export function safeName(id: string): string {
  const name = id.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
  return name === '' ? 'village' : name.slice(0, 100);
}
