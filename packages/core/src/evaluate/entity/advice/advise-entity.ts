import type { ResolvedEntity } from '../../../model/entity-resolve.js';
import type { ResolvedModel } from '../../../model/resolve.js';
import type { EntityRecord } from '../../../types/entity-input.js';
import { EntityAdviceContext, entityOption } from './context.js';
import { insureOption, salesContractsOption } from './flags.js';
import { creditRecordOption, demonstrationOption, principalGradeOption } from './levels.js';
import {
  driveHouseholdsOption,
  extendLeaseOption,
  raiseScaleOption,
  raiseSurplusOption,
  repayLiabilitiesOption,
} from './quantities.js';
import type { EntityAdviceOption, EntityGradeAdvice } from './types.js';

/**
 * The strategies tried for an entity below the top grade, one per part of a component that the
 * entity can move (its years since registration cannot be), in component order.
 */
const STRATEGIES: readonly ((context: EntityAdviceContext) => EntityAdviceOption | undefined)[] = [
  demonstrationOption,
  raiseScaleOption,
  repayLiabilitiesOption,
  raiseSurplusOption,
  creditRecordOption,
  extendLeaseOption,
  insureOption,
  salesContractsOption,
  driveHouseholdsOption,
  principalGradeOption,
];

/**
 * The smallest single change of each movable part of an entity's scorecard that reaches the
 * next grade, each verified by evaluating the changed record with the model itself; a vetoed
 * entity is advised to clear its vetoes.
 */
export function adviseEntityRecord(
  record: EntityRecord,
  model: ResolvedModel,
  entity: ResolvedEntity,
  evalYear: number,
): EntityGradeAdvice {
  const context = new EntityAdviceContext(record, model, entity, evalYear);
  const { now } = context;
  const current = {
    score: now.score,
    grade: now.grade,
    creditEntity: now.creditEntity,
    limit: now.limit,
  };
  if (now.vetoes.length > 0) {
    const changed = { ...record, vetoes: [] };
    const result = context.evaluate(changed);
    return {
      current,
      target: result.grade,
      options: [entityOption({ kind: 'clearVetoes', codes: now.vetoes }, changed, result)],
    };
  }
  if (context.currentRank === 0) return { current, target: null, options: [] };
  const target = model.grades[context.currentRank - 1]?.code ?? null;
  const options: EntityAdviceOption[] = [];
  for (const strategy of STRATEGIES) {
    const found = strategy(context);
    if (found !== undefined) options.push(found);
  }
  return { current, target, options };
}
