import type { ResolvedModel } from '../../model/resolve.js';

/** The change that clears a vetoed record's vetoes: every advice offers it alike. */
export interface ClearVetoes {
  readonly kind: 'clearVetoes';
  readonly codes: readonly string[];
}

/** What next-grade advice reads of an evaluation. */
interface Rated {
  readonly grade: string;
  readonly vetoes: readonly string[];
}

/** A strategy: the option(s) it finds for the context's record, or none. */
export type Strategy<Context, O> = (context: Context) => O | readonly O[] | undefined;

/**
 * The rules of next-grade advice that households and entities share (docs/model.md): grades
 * ranked from the best (0) to the veto grade (last), a changed record counting only when the
 * model itself grades it at least one band higher, a vetoed record advised to clear its vetoes,
 * and a record at the top grade given no target. Subclasses say how their records are evaluated
 * and what an option of theirs holds; the strategies live with each kind of record.
 */
export abstract class NextGradeContext<R extends object, Res extends Rated, C, O> {
  readonly #rankNow: number;

  constructor(
    readonly record: R,
    readonly model: ResolvedModel,
    /** The record's evaluation now. */
    readonly now: Res,
  ) {
    this.#rankNow = this.rank(now.grade);
  }

  /** Evaluates a changed record as it is (no check that it reaches anything). */
  abstract evaluate(changed: R): Res;

  /** A change and what the model gives for the changed record. */
  protected abstract option(change: C | ClearVetoes, record: R, result: Res): O;

  /** A grade's position: 0 is the best grade; the veto grade ranks last. */
  rank(grade: string): number {
    const i = this.model.grades.findIndex((g) => g.code === grade);
    return i < 0 ? this.model.grades.length : i;
  }

  /** The current grade's position among the bands. */
  get currentRank(): number {
    return this.#rankNow;
  }

  /** Evaluates a changed record; the option when it reaches the next grade up, else undefined. */
  tryChange(change: C, changed: R): O | undefined {
    const result = this.evaluate(changed);
    return this.rank(result.grade) <= this.#rankNow - 1
      ? this.option(change, changed, result)
      : undefined;
  }

  /** The first candidate (in the order given) whose change reaches the next grade. */
  firstOf(candidates: readonly { change: C; record: R }[]): O | undefined {
    for (const { change, record } of candidates) {
      const found = this.tryChange(change, record);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /**
   * The advice: for a vetoed record, clearing its vetoes (the target is the grade its score
   * gives); at the top grade, nothing; else what each strategy finds, in the strategies' order.
   */
  advise<Current>(
    current: Current,
    strategies: readonly Strategy<this, O>[],
  ): { current: Current; target: string | null; options: O[] } {
    const { now } = this;
    if (now.vetoes.length > 0) {
      const changed = { ...this.record, vetoes: [] };
      const result = this.evaluate(changed);
      return {
        current,
        target: result.grade,
        options: [this.option({ kind: 'clearVetoes', codes: now.vetoes }, changed, result)],
      };
    }
    if (this.currentRank === 0) return { current, target: null, options: [] };
    const target = this.model.grades[this.currentRank - 1]?.code ?? null;
    const options: O[] = [];
    for (const strategy of strategies) {
      const found = strategy(this);
      if (Array.isArray(found)) options.push(...found);
      else if (found !== undefined) options.push(found as O);
    }
    return { current, target, options };
  }
}
