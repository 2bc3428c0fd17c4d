import type { ResolvedModel } from '../../model/resolve.js';
import { fenToMoneyText, moneyTextToFen } from '../../money/fen.js';
import type { EntityResult, EntitySummary } from '../../types/entity-result.js';

/**
 * What a batch summary needs of one entity: its grade (`null` for an invalid record) and its
 * limit and guaranteed part. Small enough to pass between threads.
 */
export interface EntityTally {
  readonly grade: string | null;
  readonly limit: string;
  readonly guaranteed: string;
}

/** The tally of an entity result, or of an invalid record (`undefined`). */
export function entityTally(result: EntityResult | undefined): EntityTally {
  return result === undefined
    ? { grade: null, limit: '0.00', guaranteed: '0.00' }
    : { grade: result.grade, limit: result.limit, guaranteed: result.guaranteed };
}

/** Adds entities up into the summary's `entities`, one at a time, in constant memory. */
export class EntitySummaryBuilder {
  #entities = 0;
  #invalid = 0;
  #limitFen = 0n;
  #guaranteedFen = 0n;
  readonly #byGrade: Record<string, number>;

  constructor(model: ResolvedModel) {
    this.#byGrade = Object.fromEntries(model.gradeCodes.map((g) => [g, 0]));
  }

  add(tally: EntityTally): void {
    if (tally.grade === null) {
      this.#invalid++;
      return;
    }
    this.#entities++;
    this.#byGrade[tally.grade] = (this.#byGrade[tally.grade] ?? 0) + 1;
    this.#limitFen += moneyTextToFen(tally.limit);
    this.#guaranteedFen += moneyTextToFen(tally.guaranteed);
  }

  result(): EntitySummary {
    return {
      entities: this.#entities,
      invalid: this.#invalid,
      byGrade: { ...this.#byGrade },
      totalLimit: fenToMoneyText(this.#limitFen),
      totalGuaranteed: fenToMoneyText(this.#guaranteedFen),
    };
  }
}
