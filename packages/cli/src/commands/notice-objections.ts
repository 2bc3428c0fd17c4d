import { InputError, type NoticeOptions, parseObjections } from '@credit-village/core';
import { CliError } from '../cli-error.js';
import { readJsonInput } from '../io/read-json.js';
import { chinaToday } from '../options/date.js';
import { issueText } from '../report/issue-text.js';

/** The objection flags of `credit-village notice`. */
export interface NoticeObjectionFlags {
  readonly date?: string;
  readonly objectionsTo?: string;
  readonly objections?: string;
  readonly today?: string;
}

/** What the objection flags add to a notice: its options, and its period when the file gives it. */
export interface NoticeObjections {
  readonly options: Pick<NoticeOptions, 'objectionsTo' | 'objections' | 'today'>;
  /** The notice's first day and length from the objections document, when `--date` is not given. */
  readonly period?: { readonly date: string; readonly days?: number };
}

/**
 * Reads `--objections-to` (where to object, printed on the notice) and `--objections <file>`
 * (households with a pending or overdue objection on `--today`, default today in China, are
 * marked as under re-review). Without `--date`, the notice is the objections document's own; with
 * it, the core checks that the two are one notice.
 *
 * @throws {CliError} when the objections file is unusable (status 2).
 */
export async function noticeObjections(flags: NoticeObjectionFlags): Promise<NoticeObjections> {
  const where = flags.objectionsTo === undefined ? {} : { objectionsTo: flags.objectionsTo };
  if (flags.objections === undefined) return { options: where };
  const objections = await readJsonInput(flags.objections, 'the objections document');
  const options = { ...where, objections, today: flags.today ?? chinaToday() };
  if (flags.date !== undefined) return { options };
  try {
    return { options, period: parseObjections(objections).notice };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new CliError(
      `the objections document ${flags.objections} is not usable:`,
      error.issues.map((issue) => `  ${issueText(issue)}`),
    );
  }
}
