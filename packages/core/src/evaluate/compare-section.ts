import { fenToMoneyText, moneyTextToFen } from '../money/fen.js';
import type { ComparisonSection, CreditChange, Stability } from './compare.js';
import type { ComparedHousehold } from './compare-read.js';

/** The score bins of the stability index: 10 points each, the last closed at the top score. */
export class ScoreBins {
  readonly top: number;
  readonly count: number;

  constructor(top: number) {
    this.top = top;
    this.count = Math.max(1, Math.ceil(top / 10));
  }

  /** The bin of a score from 0 to `top`. */
  of(score: number): number {
    return Math.min(this.count - 1, Math.floor(score / 10));
  }

  /** How a bin is named: `0–9`, …, `90–100`. */
  label(bin: number): string {
    return bin === this.count - 1 ? `${bin * 10}–${this.top}` : `${bin * 10}–${bin * 10 + 9}`;
  }
}

/**
 * The earlier items by id, for matching repeats by position among equal ids: the k-th later
 * item with an id meets the k-th earlier one with it (a village id that `evaluate` reports
 * twice, a household id listed twice), so a result compared with itself always matches itself.
 */
export class Repeats<T> {
  readonly #byId = new Map<string | null, T[]>();
  readonly #items: T[] = [];
  readonly #taken = new Set<T>();
  readonly #id: (item: T) => string | null;

  constructor(id: (item: T) => string | null, items: readonly T[] = []) {
    this.#id = id;
    for (const item of items) this.add(item);
  }

  add(item: T): void {
    this.#items.push(item);
    const key = this.#id(item);
    const list = this.#byId.get(key);
    if (list === undefined) this.#byId.set(key, [item]);
    else list.push(item);
  }

  /** The next earlier item with this id not yet matched, if any. */
  take(id: string | null): T | undefined {
    const list = this.#byId.get(id);
    const item = list?.shift();
    if (item !== undefined) this.#taken.add(item);
    return item;
  }

  /** The earlier items never matched, in their order. */
  rest(): T[] {
    return this.#items.filter((item) => !this.#taken.has(item));
  }
}

/** Comparison figures of one village or of everything, added up household by household. */
export class Section {
  #before = 0;
  #after = 0;
  #matched = 0;
  #new = 0;
  #missing = 0;
  #up = 0;
  #down = 0;
  #same = 0;
  #gained = 0;
  #lost = 0;
  #limitBefore = 0n;
  #limitAfter = 0n;
  // Maps, not objects: grade codes come from documents and must never reach a prototype.
  readonly #transitions = new Map<string, Map<string, number>>();
  readonly #grades: readonly string[];
  readonly #rank: ReadonlyMap<string, number>;
  readonly #bins: ScoreBins;
  readonly #histogramBefore: number[];
  readonly #histogramAfter: number[];

  constructor(grades: readonly string[], bins: ScoreBins) {
    this.#grades = grades;
    this.#rank = new Map(grades.map((g, i) => [g, i]));
    this.#bins = bins;
    this.#histogramBefore = new Array<number>(bins.count).fill(0);
    this.#histogramAfter = new Array<number>(bins.count).fill(0);
  }

  /** Adds a village's households, matched by id (repeats by position among equal ids). */
  add(
    village: string | null,
    before: readonly ComparedHousehold[],
    after: readonly ComparedHousehold[],
    changes: CreditChange[],
  ): void {
    const earlier = new Repeats<ComparedHousehold>((h) => h.id, before);
    this.#before += before.length;
    this.#after += after.length;
    for (const h of before) {
      this.#limitBefore += moneyTextToFen(h.limit);
      this.#count(this.#histogramBefore, h.score);
    }
    for (const h of after) {
      this.#limitAfter += moneyTextToFen(h.limit);
      this.#count(this.#histogramAfter, h.score);
      const was = earlier.take(h.id);
      if (was === undefined) {
        this.#new++;
        continue;
      }
      this.#matched++;
      const row = this.#transitions.get(was.grade) ?? new Map<string, number>();
      row.set(h.grade, (row.get(h.grade) ?? 0) + 1);
      this.#transitions.set(was.grade, row);
      const d = (this.#rank.get(h.grade) ?? 0) - (this.#rank.get(was.grade) ?? 0);
      if (d < 0) this.#up++;
      else if (d > 0) this.#down++;
      else this.#same++;
      if (was.creditHousehold !== h.creditHousehold) {
        if (h.creditHousehold) this.#gained++;
        else this.#lost++;
        changes.push({
          village,
          household: h.id,
          gradeBefore: was.grade,
          gradeAfter: h.grade,
          limitBefore: was.limit,
          limitAfter: h.limit,
        });
      }
    }
    this.#missing += earlier.rest().length;
  }

  result(): ComparisonSection {
    return {
      households: {
        before: this.#before,
        after: this.#after,
        matched: this.#matched,
        new: this.#new,
        missing: this.#missing,
      },
      transitions: matrix(this.#grades, this.#transitions),
      upgrades: this.#up,
      downgrades: this.#down,
      unchanged: this.#same,
      creditGained: this.#gained,
      creditLost: this.#lost,
      totalLimit: {
        before: fenToMoneyText(this.#limitBefore),
        after: fenToMoneyText(this.#limitAfter),
        change: fenToMoneyText(this.#limitAfter - this.#limitBefore),
      },
      stability: stability(
        this.#histogramBefore,
        this.#before,
        this.#histogramAfter,
        this.#after,
        this.#bins,
      ),
    };
  }

  #count(histogram: number[], score: number): void {
    const bin = this.#bins.of(score);
    histogram[bin] = (histogram[bin] ?? 0) + 1;
  }
}

/** Shares of zero are replaced by this, as is usual for the PSI, so an empty bin does not divide by 0. */
const EMPTY_SHARE = 0.0001;

/**
 * The population stability index of two score histograms over the same bins:
 * Σ (after − before) · ln(after / before) over the bins' shares.
 */
function stability(
  before: readonly number[],
  beforeCount: number,
  after: readonly number[],
  afterCount: number,
  bins: ScoreBins,
): Stability {
  let psi = 0;
  if (beforeCount > 0 && afterCount > 0) {
    for (let i = 0; i < bins.count; i++) {
      const p = Math.max((before[i] ?? 0) / beforeCount, EMPTY_SHARE);
      const q = Math.max((after[i] ?? 0) / afterCount, EMPTY_SHARE);
      psi += (q - p) * Math.log(q / p);
    }
  }
  const band = psi < 0.1 ? 'stable' : psi < 0.25 ? 'watch' : 'shifted';
  return {
    psi: psi.toFixed(4),
    band,
    bins: before.map((n, i) => ({ scores: bins.label(i), before: n, after: after[i] ?? 0 })),
  };
}

/** The transition matrix as plain data: every known grade, plus any other code seen (defined as own properties). */
function matrix(
  grades: readonly string[],
  counts: ReadonlyMap<string, ReadonlyMap<string, number>>,
): Readonly<Record<string, Readonly<Record<string, number>>>> {
  const codes = [
    ...new Set([
      ...grades,
      ...counts.keys(),
      ...[...counts.values()].flatMap((row) => [...row.keys()]),
    ]),
  ];
  return Object.fromEntries(
    codes.map((from) => [
      from,
      Object.fromEntries(codes.map((to) => [to, counts.get(from)?.get(to) ?? 0])),
    ]),
  );
}
