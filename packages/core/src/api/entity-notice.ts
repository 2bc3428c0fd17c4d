import { makeIssue, type Result } from '../issues.js';
import { unwrapJson } from '../json/parse-json.js';
import { defaultModel } from '../model/default.js';
import { modelStamp } from '../model/model.js';
import { buildEntityNotice, type EntityNotice } from '../notice/entity-notice.js';
import { idKey } from '../schema/ids.js';
import type { EntityResult } from '../types/entity-result.js';
import { BatchEvaluator } from './batch-evaluator.js';
import { safeReadBatchEnvelope } from './envelope.js';
import type { NoticeOptions } from './notice.js';
import { attempt, orThrow } from './result.js';

/**
 * The public notice (公示) of a township's new agricultural business entities (docs/model.md §8):
 * every evaluated entity whose record names the township (`township`), in input order, with its
 * registered name, type, principal (masked as in the village notice), grade, credit-entity flag,
 * limit and its credit-only and guaranteed parts; the notice period; the model; as CSV and a
 * printable HTML page. Or why it cannot be made: the batch is unusable, no entity or township
 * has the id, or the date is invalid.
 */
export function safePublicEntityNotice(
  batch: unknown,
  townshipId: string,
  options: NoticeOptions,
): Result<EntityNotice> {
  const model = options.model ?? defaultModel();
  const envelope = safeReadBatchEnvelope(batch, options.evalYear, model);
  if (!envelope.ok) return envelope;
  const { evalYear, entities = [], townships = [] } = envelope.value;
  const wanted = idKey(townshipId);
  const named = (value: unknown, key: string) => {
    const v = unwrapJson(value).value;
    const id =
      typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined;
    return typeof id === 'string' && idKey(id) === wanted;
  };
  const township = townships.map((t) => unwrapJson(t).value).find((t) => named(t, 'id'));
  const mine = entities.map((e) => named(e, 'township'));
  if (township === undefined && !mine.includes(true)) {
    const known = [
      ...new Set(
        entities
          .map((e) => (unwrapJson(e).value as { township?: unknown } | null)?.township)
          .filter((t): t is string => typeof t === 'string'),
      ),
    ];
    return {
      ok: false,
      issues: [
        makeIssue(
          ['entities'],
          'invalid_value',
          `no township ${JSON.stringify(townshipId)} in the batch and no entity naming it (entities name: ${known.slice(0, 20).join(', ') || 'no township'})`,
          { expected: 'word', allowed: known.slice(0, 20), rule: 'unknownTownship' },
        ),
      ],
    };
  }
  // Every entity is evaluated, so an id repeated anywhere in the batch is caught as it is there.
  const evaluator = new BatchEvaluator({ ...options, model, evalYear, includePersonal: false });
  const listed: { result: EntityResult; record: unknown }[] = [];
  let notListed = 0;
  entities.forEach((entity, i) => {
    const outcome = evaluator.entity(entity);
    if (!mine[i]) return;
    if (outcome.ok) listed.push({ result: outcome.result, record: unwrapJson(entity).value });
    else notListed++;
  });
  const doc = model.document;
  const gradeLabels = new Map<string, string>([
    ...doc.grades.map((g): [string, string] => [g.code, g.label?.zh ?? '']),
    [doc.vetoes.grade, doc.vetoes.label?.zh ?? '不予评级'],
  ]);
  const typeLabels = new Map(
    (doc.entity?.types ?? []).map((t): [string, string] => [t.code, t.label?.zh ?? t.code]),
  );
  const name = (township as { name?: unknown } | undefined)?.name;
  return attempt(() =>
    buildEntityNotice({
      township: { id: townshipId, name: typeof name === 'string' ? name : null },
      entities: listed,
      notListed,
      model: modelStamp(model),
      evalYear,
      gradeLabels,
      typeLabels,
      date: options.date,
      days: options.days ?? 7,
      ...(options.issuer === undefined ? {} : { issuer: options.issuer }),
      ...(doc.name?.zh === undefined ? {} : { modelName: doc.name.zh }),
    }),
  );
}

/**
 * {@link safePublicEntityNotice}, throwing.
 *
 * @throws {InputError} when the batch is unusable, the township is unknown, or the date is invalid.
 */
export function publicEntityNotice(
  batch: unknown,
  townshipId: string,
  options: NoticeOptions,
): EntityNotice {
  return orThrow(
    safePublicEntityNotice(batch, townshipId, options),
    'cannot make the entity notice',
  );
}
