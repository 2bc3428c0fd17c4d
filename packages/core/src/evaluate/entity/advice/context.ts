import type { ResolvedEntity } from '../../../model/entity-resolve.js';
import type { ResolvedModel } from '../../../model/resolve.js';
import type { EntityRecord } from '../../../types/entity-input.js';
import type { EntityResult } from '../../../types/entity-result.js';
import { NextGradeContext } from '../../advice/next-grade-context.js';
import { evaluateEntityRecord } from '../evaluate-entity.js';
import type { EntityAdviceChange, EntityAdviceOption } from './types.js';

/**
 * What every entity advice strategy needs: the record and its evaluation now, and the one way
 * to try a changed record (evaluated by the model itself).
 */
export class EntityAdviceContext extends NextGradeContext<
  EntityRecord,
  EntityResult,
  EntityAdviceChange,
  EntityAdviceOption
> {
  constructor(
    record: EntityRecord,
    model: ResolvedModel,
    readonly entity: ResolvedEntity,
    readonly evalYear: number,
  ) {
    super(record, model, evaluateEntityRecord(record, model, entity, evalYear));
  }

  evaluate(changed: EntityRecord): EntityResult {
    return evaluateEntityRecord(changed, this.model, this.entity, this.evalYear);
  }

  protected option(
    change: EntityAdviceChange,
    record: EntityRecord,
    result: EntityResult,
  ): EntityAdviceOption {
    return {
      change,
      record,
      score: result.score,
      grade: result.grade,
      creditEntity: result.creditEntity,
      limit: result.limit,
      creditOnly: result.creditOnly,
      guaranteed: result.guaranteed,
    };
  }
}
