import type { ResolvedModel, ResolvedReview } from '../model/resolve.js';
import type { HouseholdRecord, HouseholdReview, ReviewerMarks } from '../types/input.js';
import type { ReviewResult } from '../types/result.js';

/** One dimension of a review: every mark given, the marks sorted, and the one taken. */
export interface DimensionWork {
  readonly dimension: string;
  /** The marks in the order of the reviewers' entries. */
  readonly marks: readonly string[];
  /** The same marks sorted from the lowest level to the highest. */
  readonly sorted: readonly string[];
  /** The mark at the aggregation's position in `sorted`: the household's mark. */
  readonly mark: string;
}

/** One veto code proposed by the panel: by how many reviewers, and whether it became a veto. */
export interface ProposalWork {
  readonly code: string;
  readonly count: number;
  readonly vetoed: boolean;
}

/** How a review became the household's civility marks and vetoes (docs/model.md §13). */
export interface ReviewWork {
  readonly panelSize: number;
  readonly present: number;
  /** The 0-based position taken in each dimension's sorted marks. */
  readonly position: number;
  readonly dimensions: readonly DimensionWork[];
  /** The derived marks, in the model's dimension order. */
  readonly civility: Readonly<Record<string, string>>;
  /** Every code proposed, sorted by code, with its count. */
  readonly proposals: readonly ProposalWork[];
  /** The codes vetoed by the review, sorted. */
  readonly vetoes: readonly string[];
}

/**
 * The reference reading of a valid review: for each dimension, sort the present reviewers'
 * marks on the civility scale and take the one at `floor((n − 1) / 2)` (ties downward; or
 * `floor(n / 2)` when the model takes the upper middle mark); a code proposed by more than the
 * veto majority of those present (`count × den > n × num`, exactly; a reviewer's repeated code
 * counts once) is a veto.
 */
export function reviewWork(review: HouseholdReview, model: ResolvedModel): ReviewWork {
  const params = model.review as ResolvedReview;
  const n = review.marks.length;
  const position = params.evenCount === 'lower' ? Math.floor((n - 1) / 2) : Math.floor(n / 2);
  const rank = (level: string) => params.rank.get(level) ?? 0;
  const dimensions = model.civility.dimensions.map((dimension): DimensionWork => {
    const marks = review.marks.map((entry) => entry.civility[dimension] ?? '');
    const sorted = [...marks].sort((a, b) => rank(a) - rank(b));
    return { dimension, marks, sorted, mark: sorted[position] ?? '' };
  });
  const counts = new Map<string, number>();
  for (const entry of review.marks)
    for (const code of new Set(entry.vetoes ?? [])) counts.set(code, (counts.get(code) ?? 0) + 1);
  const { numerator, denominator } = params.vetoMajority;
  const proposals = [...counts.keys()].sort().map((code): ProposalWork => {
    const count = counts.get(code) ?? 0;
    return { code, count, vetoed: count * denominator > n * numerator };
  });
  return {
    panelSize: review.panelSize,
    present: n,
    position,
    dimensions,
    civility: Object.fromEntries(dimensions.map((d) => [d.dimension, d.mark])),
    proposals,
    vetoes: proposals.filter((p) => p.vetoed).map((p) => p.code),
  };
}

/** The result's `review` block; the reviewers' entries only when personal data is asked for. */
export function reviewResult(
  review: HouseholdReview,
  work: ReviewWork,
  model: ResolvedModel,
  includePersonal: boolean,
): ReviewResult {
  const block = {
    panelSize: work.panelSize,
    present: work.present,
    civility: work.civility,
    vetoes: work.vetoes,
  };
  return includePersonal
    ? { ...block, marks: review.marks.map((entry) => reviewerEntry(entry, model)) }
    : block;
}

/** A reviewer's entry as the result copies it: its fields in format order, marks in dimension order. */
function reviewerEntry(entry: ReviewerMarks, model: ResolvedModel): ReviewerMarks {
  const civility = Object.fromEntries(
    model.civility.dimensions.map((d) => [d, entry.civility[d] ?? '']),
  );
  return entry.vetoes === undefined
    ? { reviewer: entry.reviewer, civility }
    : { reviewer: entry.reviewer, civility, vetoes: [...entry.vetoes] };
}

/**
 * The record as if the panel's outcome had been typed in: the derived civility marks and the
 * union of vetoes, without `review`. It scores, grades and limits the same; next-grade advice
 * works on it (a changed mark, a cleared veto, is then a change of the outcome).
 */
export function settledRecord(record: HouseholdRecord, model: ResolvedModel): HouseholdRecord {
  if (record.review === undefined) return record;
  const work = reviewWork(record.review, model);
  const { review: _review, ...rest } = record;
  const vetoes = unionOfVetoes(record.vetoes, work.vetoes);
  return { ...rest, civility: work.civility, ...(vetoes.length > 0 ? { vetoes } : {}) };
}

/** The record's own vetoes and the review's, sorted, each once. */
export function unionOfVetoes(
  own: readonly string[] | undefined,
  review: readonly string[] | undefined,
): string[] {
  return [...new Set([...(own ?? []), ...(review ?? [])])].sort();
}
