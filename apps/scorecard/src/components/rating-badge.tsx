import { useI18n } from '../i18n/index';
import type { Model } from '../lib/core-adapter';
import { ratingCodesOf, ratingLabelOf } from '../lib/model-view';
import { Badge } from './badge';

/** The name of a village rating: the model's label, or the UI's for `none` and unrated. */
export function useRatingName(model: Model): (rating: string | null) => string {
  const i18n = useI18n();
  return (rating) => {
    if (rating === null) return i18n.t('rating.unrated');
    if (rating === 'none') return i18n.t('rating.none');
    return i18n.label(ratingLabelOf(model, rating), rating);
  };
}

/** A village rating as a badge: `AAA`…, `none` (not a credit village) or unrated (`null`). */
export function RatingBadge({
  model,
  rating,
}: {
  readonly model: Model;
  readonly rating: string | null;
}) {
  const name = useRatingName(model)(rating);
  const rank = rating === null ? -1 : ratingCodesOf(model).indexOf(rating);
  const tone = rating === null ? 'unrated' : rank < 0 ? 'none' : String(Math.min(rank, 5));
  return <Badge code={rating === null || rank < 0 ? name : rating} tone={tone} title={name} />;
}
