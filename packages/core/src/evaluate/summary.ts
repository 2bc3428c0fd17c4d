import type { ResolvedModel } from '../model/resolve.js';
import { fenToMoneyText, moneyTextToFen } from '../money/fen.js';
import type { BatchSummary, VillageResult } from '../types/result.js';

/**
 * What a batch summary needs of one village result: small enough to pass between threads when
 * villages are evaluated in parallel.
 */
export interface VillageTally {
  readonly rating: string | null;
  /** The township the village names (docs/model.md §9), or null. */
  readonly township: string | null;
  readonly households: number;
  readonly invalidHouseholds: number;
  readonly invalidVillage: boolean;
  readonly byGrade: Readonly<Record<string, number>>;
  readonly creditHouseholds: number;
  readonly totalLimit: string;
}

/** The tally of a village result. */
export function villageTally(village: VillageResult): VillageTally {
  let invalidHouseholds = 0;
  let invalidVillage = false;
  for (const error of village.errors) {
    if (error.index === undefined) invalidVillage = true;
    else invalidHouseholds++;
  }
  return {
    rating: village.rating,
    township: village.township ?? null,
    households: village.households.length,
    invalidHouseholds,
    invalidVillage,
    byGrade: village.counts.byGrade,
    creditHouseholds: village.counts.creditHouseholds,
    totalLimit: village.totalLimit,
  };
}

/**
 * Adds village results up into a batch summary, one village at a time, so a stream of any
 * length is summarised in constant memory.
 */
export class SummaryBuilder {
  #villages = 0;
  #households = 0;
  #invalidHouseholds = 0;
  #invalidVillages = 0;
  #credit = 0;
  #totalFen = 0n;
  readonly #byRating: Record<string, number>;
  readonly #byGrade: Record<string, number>;

  constructor(model: ResolvedModel) {
    this.#byRating = Object.fromEntries(model.village.ratingKeys.map((k) => [k, 0]));
    this.#byGrade = Object.fromEntries(model.gradeCodes.map((g) => [g, 0]));
  }

  /** Counts one village in. */
  add(village: VillageTally): void {
    this.#villages++;
    this.#households += village.households;
    this.#invalidHouseholds += village.invalidHouseholds;
    if (village.invalidVillage) this.#invalidVillages++;
    const rating = village.rating ?? 'unrated';
    this.#byRating[rating] = (this.#byRating[rating] ?? 0) + 1;
    for (const [grade, count] of Object.entries(village.byGrade)) {
      this.#byGrade[grade] = (this.#byGrade[grade] ?? 0) + count;
    }
    this.#credit += village.creditHouseholds;
    this.#totalFen += moneyTextToFen(village.totalLimit);
  }

  /** The summary of every village added so far. */
  result(): BatchSummary {
    return {
      villages: this.#villages,
      households: this.#households,
      invalidHouseholds: this.#invalidHouseholds,
      invalidVillages: this.#invalidVillages,
      byRating: { ...this.#byRating },
      byGrade: { ...this.#byGrade },
      creditHouseholds: this.#credit,
      totalLimit: fenToMoneyText(this.#totalFen),
    };
  }
}
