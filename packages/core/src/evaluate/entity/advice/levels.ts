import type { ResolvedLevels } from '../../../model/resolve.js';
import type { EntityRecord } from '../../../types/entity-input.js';
import type { EntityAdviceContext } from './context.js';
import type { EntityAdviceChange, EntityAdviceOption } from './types.js';

/** The levels scoring more than `points`, fewest points first (the smallest step up). */
function better(levels: ResolvedLevels, points: number): string[] {
  return levels.codes
    .filter((code) => (levels.points.get(code) ?? 0) > points)
    .sort((a, b) => (levels.points.get(a) ?? 0) - (levels.points.get(b) ?? 0));
}

function firstLevel(
  context: EntityAdviceContext,
  codes: readonly string[],
  make: (code: string) => { change: EntityAdviceChange; record: EntityRecord },
): EntityAdviceOption | undefined {
  return context.firstOf(codes.map(make));
}

/** A higher demonstration level. */
export function demonstrationOption(context: EntityAdviceContext): EntityAdviceOption | undefined {
  const { entity, record } = context;
  const from = record.demonstration;
  return firstLevel(
    context,
    better(entity.demonstration, entity.demonstration.points.get(from) ?? 0),
    (to) => ({
      change: { kind: 'demonstration', from, to },
      record: { ...record, demonstration: to },
    }),
  );
}

/** A better credit record (from the next repayment history on). */
export function creditRecordOption(context: EntityAdviceContext): EntityAdviceOption | undefined {
  const { entity, record } = context;
  const from = record.creditRecord;
  return firstLevel(
    context,
    better(entity.creditRecord, entity.creditRecord.points.get(from) ?? 0),
    (to) => ({
      change: { kind: 'creditRecord', from, to },
      record: { ...record, creditRecord: to },
    }),
  );
}

/** A better grade of the principal's own household. */
export function principalGradeOption(context: EntityAdviceContext): EntityAdviceOption | undefined {
  const { entity, record } = context;
  const from = record.principalHouseholdGrade ?? null;
  const points =
    from === null
      ? entity.principal.otherwise
      : (entity.principal.points.get(from) ?? entity.principal.otherwise);
  return firstLevel(context, better(entity.principal, points), (to) => ({
    change: { kind: 'principalHouseholdGrade', from, to },
    record: { ...record, principalHouseholdGrade: to },
  }));
}
