import type { ModelStamp } from '../model/model.js';
import { fenToMoneyText, moneyTextToFen } from '../money/fen.js';
import type { BatchResult, HouseholdResult, MoneyText, VillageResult } from '../types/result.js';
import {
  type CountyComparison,
  compareEntitiesAndTownships,
  type EntityComparison,
  type TownshipComparison,
} from './compare-entities.js';

/** The population stability index of two score distributions, with its usual band. */
export interface Stability {
  /** PSI to 4 decimals (a statistic: computed in floating point, shown rounded). */
  readonly psi: string;
  /** `stable` (< 0.10), `watch` (0.10–0.25) or `shifted` (≥ 0.25). */
  readonly band: 'stable' | 'watch' | 'shifted';
  /** Households per score bin (0–9, 10–19, …, the last bin closed at the top score). */
  readonly bins: readonly {
    readonly scores: string;
    readonly before: number;
    readonly after: number;
  }[];
}

/** A household whose credit-household status changed. */
export interface CreditChange {
  readonly village: string | null;
  readonly household: string;
  readonly gradeBefore: string;
  readonly gradeAfter: string;
  readonly limitBefore: MoneyText;
  readonly limitAfter: MoneyText;
}

/** Comparison figures of one village or of the whole batch. */
export interface ComparisonSection {
  readonly households: {
    readonly before: number;
    readonly after: number;
    readonly matched: number;
    readonly new: number;
    readonly missing: number;
  };
  /** Grade transition matrix of the households in both: from-grade → to-grade → count. */
  readonly transitions: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly upgrades: number;
  readonly downgrades: number;
  readonly unchanged: number;
  readonly creditGained: number;
  readonly creditLost: number;
  readonly totalLimit: {
    readonly before: MoneyText;
    readonly after: MoneyText;
    readonly change: MoneyText;
  };
  readonly stability: Stability;
}

/** How a village's rating moved: `delisted` is 摘牌 (a rated village that lost its rating). */
export type RatingMove =
  | 'rated'
  | 'upgraded'
  | 'unchanged'
  | 'downgraded'
  | 'delisted'
  | 'unrated'
  | 'new'
  | 'missing';

export interface VillageComparison extends ComparisonSection {
  readonly id: string | null;
  readonly ratingBefore: string | null;
  readonly ratingAfter: string | null;
  readonly move: RatingMove;
}

/** Two evaluations compared: year over year, or the same batch under two models. */
export interface ComparisonReport {
  readonly before: { readonly model: ModelStamp; readonly evalYear: number };
  readonly after: { readonly model: ModelStamp; readonly evalYear: number };
  readonly overall: ComparisonSection & { readonly villages: Readonly<Record<RatingMove, number>> };
  readonly villages: readonly VillageComparison[];
  /** Every household whose credit-household status changed, in village and household order. */
  readonly creditChanges: readonly CreditChange[];
  /** Entities compared, when either evaluation has them (docs/model.md §8). */
  readonly entities?: EntityComparison;
  /** Each township's rating move, when either evaluation has townships (§9). */
  readonly townships?: readonly TownshipComparison[];
  /** The county before and after, with the townships. */
  readonly county?: CountyComparison;
}

const RATED_ORDER_FALLBACK = ['AAA', 'AA', 'A'];

/**
 * Compares two result documents (last year's and this year's, or one batch under two models):
 * per village and overall, the grade transition matrix, upgrades and downgrades, new and
 * missing households, credit-status changes, the change in total limit, how each village's
 * rating moved (rated, upgraded, downgraded, delisted 摘牌), and the population stability
 * index of the score distribution. Households are matched by village id and household id.
 */
export function compareResults(before: BatchResult, after: BatchResult): ComparisonReport {
  const grades = unique([
    ...Object.keys(after.summary.byGrade),
    ...Object.keys(before.summary.byGrade),
  ]);
  const gradeRank = new Map(grades.map((g, i) => [g, i]));
  const ratingCodes = Object.keys(after.summary.byRating).filter(
    (r) => r !== 'none' && r !== 'unrated',
  );
  const ratings = ratingCodes.length > 0 ? ratingCodes : RATED_ORDER_FALLBACK;
  const ratingRank = new Map(ratings.map((r, i) => [r, i]));
  const isRated = (r: string | null | undefined) =>
    r !== null && r !== undefined && ratingRank.has(r);

  const beforeVillages = new Map(before.villages.map((v) => [v.id, v]));
  const afterIds = new Set(after.villages.map((v) => v.id));
  const ordered: { id: string | null; a?: VillageResult; b?: VillageResult }[] = [
    ...after.villages.map((b) => {
      const a = beforeVillages.get(b.id);
      return a === undefined ? { id: b.id, b } : { id: b.id, a, b };
    }),
    ...before.villages.filter((a) => !afterIds.has(a.id)).map((a) => ({ id: a.id, a })),
  ];

  const creditChanges: CreditChange[] = [];
  const moves: Record<RatingMove, number> = {
    rated: 0,
    upgraded: 0,
    unchanged: 0,
    downgraded: 0,
    delisted: 0,
    unrated: 0,
    new: 0,
    missing: 0,
  };
  const all = new Section(grades, gradeRank);
  const villages = ordered.map(({ id, a, b }) => {
    const section = new Section(grades, gradeRank);
    section.add(id, a?.households ?? [], b?.households ?? [], creditChanges);
    all.add(id, a?.households ?? [], b?.households ?? [], []);
    const ratingBefore = a?.rating ?? null;
    const ratingAfter = b?.rating ?? null;
    let move: RatingMove;
    if (a === undefined) move = 'new';
    else if (b === undefined) move = 'missing';
    else if (isRated(ratingBefore) && !isRated(ratingAfter)) move = 'delisted';
    else if (!isRated(ratingBefore) && isRated(ratingAfter)) move = 'rated';
    else if (!isRated(ratingBefore)) move = 'unrated';
    else {
      const d =
        (ratingRank.get(ratingAfter ?? '') ?? 0) - (ratingRank.get(ratingBefore ?? '') ?? 0);
      move = d < 0 ? 'upgraded' : d > 0 ? 'downgraded' : 'unchanged';
    }
    moves[move]++;
    return { id, ratingBefore, ratingAfter, move, ...section.result() };
  });
  return {
    before: { model: before.model, evalYear: before.evalYear },
    after: { model: after.model, evalYear: after.evalYear },
    overall: { ...all.result(), villages: moves },
    villages,
    creditChanges,
    ...compareEntitiesAndTownships(before, after),
  };
}

class Section {
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
  readonly #scoresBefore: number[] = [];
  readonly #scoresAfter: number[] = [];

  constructor(
    grades: readonly string[],
    readonly rank: ReadonlyMap<string, number>,
  ) {
    this.#grades = grades;
  }

  add(
    village: string | null,
    before: readonly HouseholdResult[],
    after: readonly HouseholdResult[],
    changes: CreditChange[],
  ): void {
    const earlier = new Map(before.map((h) => [h.id, h]));
    const later = new Set(after.map((h) => h.id));
    this.#before += before.length;
    this.#after += after.length;
    for (const h of before) {
      this.#limitBefore += moneyTextToFen(h.limit);
      this.#scoresBefore.push(h.score);
      if (!later.has(h.id)) this.#missing++;
    }
    for (const h of after) {
      this.#limitAfter += moneyTextToFen(h.limit);
      this.#scoresAfter.push(h.score);
      const was = earlier.get(h.id);
      if (was === undefined) {
        this.#new++;
        continue;
      }
      this.#matched++;
      const row = this.#transitions.get(was.grade) ?? new Map<string, number>();
      row.set(h.grade, (row.get(h.grade) ?? 0) + 1);
      this.#transitions.set(was.grade, row);
      const d = (this.rank.get(h.grade) ?? 0) - (this.rank.get(was.grade) ?? 0);
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
      stability: stability(this.#scoresBefore, this.#scoresAfter),
    };
  }
}

/** Shares of zero are replaced by this, as is usual for the PSI, so an empty bin does not divide by 0. */
const EMPTY_SHARE = 0.0001;

/** The PSI of two score samples over 10-point bins: Σ (after − before) · ln(after / before). */
export function stability(before: readonly number[], after: readonly number[]): Stability {
  const top = Math.max(100, ...before, ...after);
  // 10-point bins; the top score joins the last bin (90–100 by default).
  const count = Math.ceil(top / 10);
  const histogram = (scores: readonly number[]) => {
    const bins = new Array<number>(count).fill(0);
    for (const s of scores)
      bins[Math.min(count - 1, Math.floor(s / 10))] =
        (bins[Math.min(count - 1, Math.floor(s / 10))] ?? 0) + 1;
    return bins;
  };
  const a = histogram(before);
  const b = histogram(after);
  let psi = 0;
  if (before.length > 0 && after.length > 0) {
    for (let i = 0; i < count; i++) {
      const p = Math.max((a[i] ?? 0) / before.length, EMPTY_SHARE);
      const q = Math.max((b[i] ?? 0) / after.length, EMPTY_SHARE);
      psi += (q - p) * Math.log(q / p);
    }
  }
  const band = psi < 0.1 ? 'stable' : psi < 0.25 ? 'watch' : 'shifted';
  return {
    psi: psi.toFixed(4),
    band,
    bins: a.map((n, i) => ({
      scores: i === count - 1 ? `${i * 10}–${top}` : `${i * 10}–${i * 10 + 9}`,
      before: n,
      after: b[i] ?? 0,
    })),
  };
}

/** The transition matrix as plain data: every known grade, plus any other code seen (defined as own properties). */
function matrix(
  grades: readonly string[],
  counts: ReadonlyMap<string, ReadonlyMap<string, number>>,
) {
  const codes = unique([
    ...grades,
    ...counts.keys(),
    ...[...counts.values()].flatMap((row) => [...row.keys()]),
  ]);
  return Object.fromEntries(
    codes.map((from) => [
      from,
      Object.fromEntries(codes.map((to) => [to, counts.get(from)?.get(to) ?? 0])),
    ]),
  );
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
