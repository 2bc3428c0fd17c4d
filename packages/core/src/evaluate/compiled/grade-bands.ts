import type { ResolvedModel } from '../../model/resolve.js';

/** A grade as the fast paths need it: its code and whether it is a credit grade. */
export interface GradeBand {
  readonly code: string;
  readonly credit: boolean;
}

/** Every score's grade band, and the band of a vetoed record. */
export interface GradeBands {
  /** Indexed by score, 0 to the highest score the components can add up to. */
  readonly byScore: readonly GradeBand[];
  /** The model's veto grade, never a credit grade. */
  readonly vetoed: GradeBand;
}

/**
 * Maps every score a scorecard can add up to (0 to `maxScore`) to its grade band once, when the
 * model is compiled, so the household and entity fast paths find a grade by index rather than
 * by searching the bands for each record.
 */
export function gradeBands(model: ResolvedModel, maxScore: number): GradeBands {
  const byScore: GradeBand[] = [];
  for (let s = 0; s <= maxScore; s++) {
    const band = model.grades.find((g) => s >= g.minScore);
    if (band !== undefined) byScore.push({ code: band.code, credit: band.creditHousehold });
  }
  return { byScore, vetoed: { code: model.vetoGrade, credit: false } };
}
