import type { ResolvedModel } from '../../model/resolve.js';
import { BOUNDS } from '../../schema/bounds.js';
import { idKey } from '../../schema/ids.js';
import type { ReviewerMarks } from '../../types/input.js';
import type { ReviewResult } from '../../types/result.js';
import { integerIn, isId, isObject } from './parse-fast.js';

/** A review the fast reader accepted: the civility points it derives, its vetoes, its block. */
export interface FastReview {
  readonly civilityScore: number;
  /** The codes vetoed by the review, sorted. */
  readonly vetoes: readonly string[];
  /** The result's `review` block, deep-equal (key order included) to the reference's. */
  readonly result: ReviewResult;
}

/**
 * Builds the fast reader of a household's `review` under a model (`undefined` when the model has
 * no review parameters: such records go to the reference, which rejects them). It accepts exactly
 * what the reference schema and its cross-field checks accept (anything else: `undefined`, and
 * the record goes to the reference for its messages), and derives the marks by counting each
 * level per dimension rather than sorting: the mark at position `p` is the first level, from the
 * lowest, whose running count passes `p`.
 */
export function createFastReview(
  model: ResolvedModel,
  includePersonal: boolean,
): ((raw: unknown) => FastReview | undefined) | undefined {
  const params = model.review;
  if (params === undefined) return undefined;
  const dimensions = model.civility.dimensions;
  const dimensionIndex = new Map(dimensions.map((d, i) => [d, i]));
  const levels = params.scale.length;
  const rank = params.rank;
  const scalePoints = params.scale.map((code) => model.civility.points.get(code) ?? 0);
  const vetoCodes = new Set(model.vetoCodes);
  const { quorum, vetoMajority, evenCount } = params;

  return (raw) => {
    if (!isObject(raw)) return undefined;
    let panelSizeIn: unknown;
    let marks: unknown;
    for (const key in raw) {
      if (key === 'panelSize') panelSizeIn = raw[key];
      else if (key === 'marks') marks = raw[key];
      else return undefined;
    }
    const panelSize = integerIn(panelSizeIn, BOUNDS.minPanelSize, BOUNDS.maxPanelSize);
    if (Number.isNaN(panelSize) || !Array.isArray(marks)) return undefined;
    const n = marks.length;
    if (n === 0 || n > BOUNDS.reviewMarks || n > panelSize) return undefined;
    if (n * quorum.denominator < panelSize * quorum.numerator) return undefined;

    // counts[d × levels + r]: how many reviewers gave dimension d the level of rank r.
    const counts = new Int32Array(dimensions.length * levels);
    const reviewers = new Set<string>();
    const proposals = new Map<string, number>();
    const copies: ReviewerMarks[] = [];
    for (let i = 0; i < n; i++) {
      const entry: unknown = marks[i];
      if (!isObject(entry)) return undefined;
      let reviewer: unknown;
      let civility: unknown;
      let vetoes: unknown;
      for (const key in entry) {
        if (key === 'reviewer') reviewer = entry[key];
        else if (key === 'civility') civility = entry[key];
        else if (key === 'vetoes') vetoes = entry[key];
        else return undefined;
      }
      if (!isId(reviewer)) return undefined;
      const key = idKey(reviewer);
      if (reviewers.has(key)) return undefined;
      reviewers.add(key);
      if (!isObject(civility)) return undefined;
      let seen = 0;
      for (const dimension in civility) {
        const d = dimensionIndex.get(dimension);
        const level = civility[dimension];
        const r = d === undefined || typeof level !== 'string' ? undefined : rank.get(level);
        if (d === undefined || r === undefined) return undefined;
        counts[d * levels + r] = (counts[d * levels + r] as number) + 1;
        seen++;
      }
      if (seen !== dimensions.length) return undefined;
      if (vetoes !== undefined) {
        if (!Array.isArray(vetoes) || vetoes.length > BOUNDS.vetoes) return undefined;
        for (let j = 0; j < vetoes.length; j++) {
          const code: unknown = vetoes[j];
          if (typeof code !== 'string' || !vetoCodes.has(code)) return undefined;
          // A reviewer who lists a code twice proposes it once.
          if (vetoes.indexOf(code) === j) proposals.set(code, (proposals.get(code) ?? 0) + 1);
        }
      }
      if (includePersonal)
        copies.push(copyEntry(reviewer, civility as Record<string, string>, vetoes as string[]));
    }

    const position = evenCount === 'lower' ? (n - 1) >> 1 : n >> 1;
    let civilityScore = 0;
    const derived: Record<string, string> = {};
    for (let d = 0; d < dimensions.length; d++) {
      let running = 0;
      let r = 0;
      for (; r < levels; r++) {
        running += counts[d * levels + r] as number;
        if (running > position) break;
      }
      derived[dimensions[d] as string] = params.scale[r] as string;
      civilityScore += scalePoints[r] as number;
    }
    const vetoed: string[] = [];
    for (const [code, count] of proposals)
      if (count * vetoMajority.denominator > n * vetoMajority.numerator) vetoed.push(code);
    vetoed.sort();
    const block = { panelSize, present: n, civility: derived, vetoes: vetoed };
    return {
      civilityScore,
      vetoes: vetoed,
      result: includePersonal ? { ...block, marks: copies } : block,
    };
  };

  /** The entry as the reference copies it: format order, marks in dimension order. */
  function copyEntry(
    reviewer: string,
    civility: Record<string, string>,
    vetoes: string[] | undefined,
  ): ReviewerMarks {
    const marks: Record<string, string> = {};
    for (const d of dimensions) marks[d] = civility[d] as string;
    return vetoes === undefined
      ? { reviewer, civility: marks }
      : { reviewer, civility: marks, vetoes: [...vetoes] };
  }
}
