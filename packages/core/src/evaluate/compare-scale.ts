import { maxHouseholdScore } from '../model/check.js';
import type { Model } from '../model/model.js';
import { resolveModel } from '../model/resolve.js';
import type { BatchResult } from '../types/result.js';

/**
 * What a comparison needs of the model that made a result: the highest score a household can
 * have (the score bins of the stability index end there), its grades from best to worst (the
 * veto grade last) and its village rating bands from best to worst. Every score, grade and
 * rating read from a result is checked against it.
 */
export interface ComparisonScale {
  readonly maxScore: number;
  readonly grades: readonly string[];
  readonly ratings: readonly string[];
  /** The township rating bands from best to worst (none without the township section). */
  readonly townshipRatings: readonly string[];
}

/**
 * The highest score any valid model can give: 100 civility dimensions of at most 1,000 points,
 * and four more components of at most 1,000 (the bounds of the model schema). A result whose
 * model is not known is held to this, so no score can ask for more than 10,401 bins.
 */
export const MAX_SCORE_OF_ANY_MODEL = 100 * 1000 + 4 * 1000;

/** The scale of a model. */
export function modelScale(model: Model): ComparisonScale {
  const resolved = resolveModel(model);
  return {
    maxScore: maxHouseholdScore(model.document),
    grades: resolved.gradeCodes,
    ratings: resolved.village.ratings.map((r) => r.code),
    townshipRatings: resolved.township?.ratings.map((r) => r.code) ?? [],
  };
}

/**
 * The scale a whole result document declares, for one whose model is not at hand: its grades
 * and ratings as its summary lists them (in the model's order), and its highest score as the
 * households' components add up (`max` of each), never above {@link MAX_SCORE_OF_ANY_MODEL}.
 */
export function declaredScale(result: BatchResult): ComparisonScale {
  let maxScore = 0;
  for (const village of result.villages) {
    for (const household of village.households) {
      let sum = 0;
      for (const component of household.components) sum += component.max;
      if (sum > maxScore) maxScore = sum;
    }
  }
  return {
    maxScore: Math.min(maxScore, MAX_SCORE_OF_ANY_MODEL),
    grades: Object.keys(result.summary.byGrade),
    ratings: Object.keys(result.summary.byRating).filter((r) => r !== 'none' && r !== 'unrated'),
    townshipRatings: Object.keys(result.summary.byTownshipRating ?? {}).filter(
      (r) => r !== 'none' && r !== 'unrated',
    ),
  };
}
