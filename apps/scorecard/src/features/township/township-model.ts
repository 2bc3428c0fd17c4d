/**
 * Read-only views of the model's township and county sections (docs/model.md §13) for the
 * review: rating bands with their names, the shares and gates, the county's conditions.
 */
import { type I18n, useI18n } from '../../i18n/index';
import type { CountyParameters, Model, TownshipParameters } from '../../lib/core-adapter';
import { ratingLabelOf } from '../../lib/model-view';

/** The model's township rules; `undefined` under a model of version 1. */
export function townshipParametersOf(model: Model): TownshipParameters | undefined {
  return model.document.township;
}

/** The model's county conditions; `undefined` under a model of version 1. */
export function countyParametersOf(model: Model): CountyParameters | undefined {
  return model.document.county;
}

/** The township rating bands, best first (`AAA`, `AA`, `A`). */
export function townshipRatingCodesOf(model: Model): readonly string[] {
  return townshipParametersOf(model)?.ratings.map((r) => r.code) ?? [];
}

/** The name of a township rating: the band's label, `none` (未达标) or not rated (`null`). */
export function useTownshipRatingName(model: Model): (rating: string | null) => string {
  const i18n = useI18n();
  return (rating) => townshipRatingName(model, rating, i18n);
}

/** See {@link useTownshipRatingName}. */
export function townshipRatingName(model: Model, rating: string | null, i18n: I18n): string {
  if (rating === null) return i18n.t('township.unrated');
  if (rating === 'none') return i18n.t('township.none');
  const band = townshipParametersOf(model)?.ratings.find((r) => r.code === rating);
  return i18n.label(band?.label, rating);
}

/** A colour slot for a township rating: its rank among the bands, `none` or `unrated`. */
export function townshipRatingTone(model: Model, rating: string | null): string {
  if (rating === null) return 'unrated';
  const rank = townshipRatingCodesOf(model).indexOf(rating);
  return rank < 0 ? 'none' : String(Math.min(rank, 5));
}

/** A share in words, from the village ratings it counts: `AAA、AA、A 级村占比`. */
export function shareName(model: Model, id: string, i18n: I18n): string {
  const share = townshipParametersOf(model)?.shares.find((s) => s.id === id);
  if (share === undefined) return id;
  return i18n.t('township.share', { ratings: share.ratings.join(i18n.t('common.listSep')) });
}

/** The village rating bands with their names, for the villages of a township by rating. */
export function villageRatingKeys(model: Model, i18n: I18n): readonly VillageRatingKey[] {
  return [
    ...model.document.village.ratings.map((r, rank) => ({
      code: r.code,
      name: i18n.label(ratingLabelOf(model, r.code), r.code),
      tone: String(Math.min(rank, 5)),
    })),
    { code: 'none', name: i18n.t('rating.none'), tone: 'none' },
    { code: 'unrated', name: i18n.t('rating.unrated'), tone: 'unrated' },
  ];
}

/** A village rating (or `none`, `unrated`) with its name and colour slot. */
export interface VillageRatingKey {
  readonly code: string;
  readonly name: string;
  readonly tone: string;
}
