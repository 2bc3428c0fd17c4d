import { villageIdOf } from '../evaluate/village-id.js';
import { makeIssue, type Result } from '../issues.js';
import { defaultModel } from '../model/default.js';
import { modelStamp } from '../model/model.js';
import { buildNotice, type NoticeInput, type PublicNotice } from '../notice/notice.js';
import { characterCount } from '../schema/decimal-text.js';
import { idKey } from '../schema/ids.js';
import type { VillageResult } from '../types/result.js';
import { BatchEvaluator } from './batch-evaluator.js';
import { safeReadBatchEnvelope } from './envelope.js';
import { safeTrackObjections } from './objections.js';
import type { EvaluateOptions } from './options.js';
import { attempt, failure, orThrow } from './result.js';

/** Options of {@link publicNotice}. */
export interface NoticeOptions extends EvaluateOptions {
  /** The first day of the notice period, `YYYY-MM-DD`. */
  readonly date: string;
  /** Length of the notice period in days (default: the model's `objections.noticeDays`, else 7). */
  readonly days?: number;
  // Objections (docs/formats.md §15) ---------------------------------------------------------
  /** Where villagers object, printed on the notice (`村委会 张主任 138…`); at most 200 characters. */
  readonly objectionsTo?: string;
  /**
   * An objections document for this notice: its households with a `pending` or `overdue`
   * objection on `today` are marked as held (under re-review). Its notice must be this one.
   */
  readonly objections?: unknown;
  /** The day the objections are tracked on (`YYYY-MM-DD`); required with `objections`. */
  readonly today?: string;
  /**
   * Who issues the notice and hears objections, as posted (`雅滩村村民委员会`); the village's
   * rating group (`<village name>信用评定小组`) when absent.
   */
  readonly issuer?: string;
}

/**
 * The public notice (公示) of one village of a batch, in Chinese only (it is posted in the
 * village): every evaluated household with its masked name (first character kept) and id
 * number, grade, credit-household flag and limit; the notice period; who issues it and hears
 * objections, and when; the model by its name and version (no hash); and the same as UTF-8 CSV
 * (with a BOM) and a printable HTML page. Or
 * why it cannot be made: the batch is unusable, the village is not in it, or the date is invalid.
 */
export function safePublicNotice(
  batch: unknown,
  villageId: string,
  options: NoticeOptions,
): Result<PublicNotice> {
  const envelope = safeReadBatchEnvelope(batch, options.evalYear);
  if (!envelope.ok) return envelope;
  const { evalYear, villages } = envelope.value;
  const wanted = idKey(villageId);
  const input = villages.find((v) => {
    const id = villageIdOf(v);
    return id !== null && idKey(id) === wanted;
  });
  if (input === undefined) {
    const ids = villages.map(villageIdOf).filter((id) => id !== null);
    return {
      ok: false,
      issues: [
        makeIssue(
          ['villages'],
          'invalid_value',
          `no village with id ${JSON.stringify(villageId)} in the batch (villages: ${ids.slice(0, 20).join(', ')}${ids.length > 20 ? ', …' : ''})`,
          { expected: 'word', allowed: ids.slice(0, 20), rule: 'unknownVillage' },
        ),
      ],
    };
  }
  const model = options.model ?? defaultModel();
  const evaluator = new BatchEvaluator({ ...options, model, evalYear, includePersonal: false });
  // The batch's townships, so a village naming one is checked as evaluate checks it.
  for (const township of envelope.value.townships ?? []) evaluator.township(township);
  const village = evaluator.village(input);
  const labels = new Map<string, string>([
    ...model.document.grades.map((g): [string, string] => [g.code, g.label?.zh ?? '']),
    [model.document.vetoes.grade, model.document.vetoes.label?.zh ?? '不予评级'],
  ]);
  const records = (input as { households?: unknown }).households;
  const days = options.days ?? model.document.objections?.noticeDays ?? 7;
  const objections = noticeObjections(village, options, days);
  if (!objections.ok) return objections;
  return attempt(() =>
    buildNotice({
      village,
      records: Array.isArray(records) ? records : [],
      model: modelStamp(model),
      evalYear,
      gradeLabels: labels,
      date: options.date,
      days,
      ...objections.value,
      ...(options.issuer === undefined ? {} : { issuer: options.issuer }),
      ...(model.document.name?.zh === undefined ? {} : { modelName: model.document.name.zh }),
    }),
  );
}

/**
 * What the notice says about objections: where to object, the re-review deadline, and (given
 * an objections document) which households are held on `today`; or why that cannot be said.
 */
function noticeObjections(
  village: VillageResult,
  options: NoticeOptions,
  days: number,
): Result<Pick<NoticeInput, 'objectionsTo' | 'held' | 'reReviewWorkingDays'>> {
  const model = options.model ?? defaultModel();
  const reReview = model.document.objections?.reReviewWorkingDays;
  const where = options.objectionsTo;
  if (where !== undefined && (where.trim() === '' || characterCount(where) > 200))
    return failure([
      makeIssue(['objectionsTo'], 'invalid_value', 'where to object: 1 to 200 characters', {
        expected: 'text',
        max: 200,
      }),
    ]);
  const base = {
    ...(where === undefined ? {} : { objectionsTo: where.trim() }),
    ...(reReview === undefined ? {} : { reReviewWorkingDays: reReview }),
  };
  if (options.objections === undefined) return { ok: true, value: base };
  const tracked = safeTrackObjections([village], options.objections, options.today ?? '', {
    model,
  });
  if (!tracked.ok) return tracked;
  const { notice } = tracked.value;
  if (notice.from !== options.date || notice.days !== days)
    return failure([
      makeIssue(
        ['objections', 'notice'],
        'invalid_value',
        `the objections document is for the notice of ${notice.from} (${notice.days} days), not this one of ${options.date} (${days} days)`,
        { expected: 'date', value: notice.from },
      ),
    ]);
  return {
    ok: true,
    value: { ...base, held: new Set(tracked.value.held.map((h) => idKey(h.household))) },
  };
}

/**
 * {@link safePublicNotice}, throwing.
 *
 * @throws {InputError} when the batch is unusable, the village is not in it, or the date is invalid.
 */
export function publicNotice(
  batch: unknown,
  villageId: string,
  options: NoticeOptions,
): PublicNotice {
  return orThrow(safePublicNotice(batch, villageId, options), 'cannot make the notice');
}
