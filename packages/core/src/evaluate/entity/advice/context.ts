import type { ResolvedEntity } from '../../../model/entity-resolve.js';
import type { ResolvedModel } from '../../../model/resolve.js';
import type { EntityRecord } from '../../../types/entity-input.js';
import type { EntityResult } from '../../../types/entity-result.js';
import { evaluateEntityRecord } from '../evaluate-entity.js';
import type { EntityAdviceChange, EntityAdviceOption } from './types.js';

/**
 * What every entity advice strategy needs: the record and its evaluation now, and the one way
 * to try a changed record (evaluated by the model itself).
 */
export class EntityAdviceContext {
  readonly now: EntityResult;
  readonly #rankNow: number;

  constructor(
    readonly record: EntityRecord,
    readonly model: ResolvedModel,
    readonly entity: ResolvedEntity,
    readonly evalYear: number,
  ) {
    this.now = this.evaluate(record);
    this.#rankNow = this.rank(this.now.grade);
  }

  /** A grade's position: 0 is the best grade; the veto grade ranks last. */
  rank(grade: string): number {
    const i = this.model.grades.findIndex((g) => g.code === grade);
    return i < 0 ? this.model.grades.length : i;
  }

  get currentRank(): number {
    return this.#rankNow;
  }

  /** Evaluates a changed record; the option when it reaches the next grade up, else undefined. */
  tryChange(change: EntityAdviceChange, changed: EntityRecord): EntityAdviceOption | undefined {
    const result = this.evaluate(changed);
    return this.rank(result.grade) <= this.#rankNow - 1
      ? entityOption(change, changed, result)
      : undefined;
  }

  /** The first candidate (in the order given) whose change reaches the next grade. */
  firstOf(
    candidates: readonly { change: EntityAdviceChange; record: EntityRecord }[],
  ): EntityAdviceOption | undefined {
    for (const { change, record } of candidates) {
      const found = this.tryChange(change, record);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  evaluate(changed: EntityRecord): EntityResult {
    return evaluateEntityRecord(changed, this.model, this.entity, this.evalYear);
  }
}

/** A change and what the model gives for the changed record. */
export function entityOption(
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
