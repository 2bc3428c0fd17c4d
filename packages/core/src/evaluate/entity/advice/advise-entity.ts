import type { ResolvedEntity } from '../../../model/entity-resolve.js';
import type { ResolvedModel } from '../../../model/resolve.js';
import type { EntityRecord } from '../../../types/entity-input.js';
import type { Strategy } from '../../advice/next-grade-context.js';
import { EntityAdviceContext } from './context.js';
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
const STRATEGIES: readonly Strategy<EntityAdviceContext, EntityAdviceOption>[] = [
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
  return context.advise(
    {
      score: now.score,
      grade: now.grade,
      creditEntity: now.creditEntity,
      limit: now.limit,
    },
    STRATEGIES,
  );
}
