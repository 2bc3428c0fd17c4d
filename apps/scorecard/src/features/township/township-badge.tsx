import { Badge } from '../../components/badge';
import type { Model } from '../../lib/core-adapter';
import { townshipRatingTone, useTownshipRatingName } from './township-model';

/** A township rating as a badge: a band (`AA`), `none` (未达标) or not rated (`null`). */
export function TownshipBadge({
  model,
  rating,
}: {
  readonly model: Model;
  readonly rating: string | null;
}) {
  const name = useTownshipRatingName(model)(rating);
  const tone = townshipRatingTone(model, rating);
  const banded = rating !== null && tone !== 'none';
  return <Badge code={banded ? rating : name} tone={tone} title={name} />;
}
