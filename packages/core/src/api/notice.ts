import { villageIdOf } from '../evaluate/village-id.js';
import { makeIssue, type Result } from '../issues.js';
import { defaultModel } from '../model/default.js';
import { modelStamp } from '../model/model.js';
import { buildNotice, type PublicNotice } from '../notice/notice.js';
import { idKey } from '../schema/ids.js';
import { BatchEvaluator } from './batch-evaluator.js';
import { safeReadBatchEnvelope } from './envelope.js';
import type { EvaluateOptions } from './options.js';
import { attempt, orThrow } from './result.js';

/** Options of {@link publicNotice}. */
export interface NoticeOptions extends EvaluateOptions {
  /** The first day of the notice period, `YYYY-MM-DD`. */
  readonly date: string;
  /** Length of the notice period in days (default 7). */
  readonly days?: number;
}

/**
 * The public notice (公示) of one village of a batch: every evaluated household with its masked
 * name (first character kept) and id number, grade, credit-household flag and limit; the notice
 * period; the model id; and the same as UTF-8 CSV (with a BOM) and a printable HTML page. Or
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
          { expected: 'word', allowed: ids.slice(0, 20) },
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
  return attempt(() =>
    buildNotice({
      village,
      records: Array.isArray(records) ? records : [],
      model: modelStamp(model),
      evalYear,
      gradeLabels: labels,
      date: options.date,
      days: options.days ?? 7,
    }),
  );
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
