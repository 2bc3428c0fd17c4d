/**
 * Why a township or the county came out as it did, for the review to say in words. The ratings
 * and the verdict are the core's; this only says which condition held and which failed, exactly:
 * a share is compared from its counts in whole numbers (never floats), a ratio the result gives
 * only rounded (the NPL) by its shown value.
 */
import {
  COUNTY_CONDITIONS,
  type Comparison,
  type CountyCondition,
  type CountyParameters,
  type CountyResult,
  type Model,
  type TownshipResult,
} from '../../lib/core-adapter';
import { compareDecimal } from '../../lib/money';
import { townshipParametersOf } from './township-model';

/** `a when b`, on the sign of `a − b`. */
function meets(sign: number, when: Comparison): boolean {
  switch (when) {
    case '>=':
      return sign >= 0;
    case '>':
      return sign > 0;
    case '<=':
      return sign <= 0;
    case '<':
      return sign < 0;
  }
}

/** A decimal as a whole number of 10⁻ᵏ and its k (`0.05` → 5n, 2). */
function scaled(value: string): { readonly units: bigint; readonly digits: number } {
  const negative = value.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const units = BigInt(`${whole}${fraction}`);
  return { units: negative ? -units : units, digits: fraction.length };
}

/** Whether the exact share n / d meets `when value`; `null` for a share of nothing. */
export function shareMeets(n: number, d: number, when: Comparison, value: string): boolean | null {
  if (d <= 0) return null;
  const { units, digits } = scaled(value);
  // n / d when t ⇔ n · 10ᵏ when t · 10ᵏ · d (d > 0), all whole numbers.
  const left = BigInt(n) * 10n ** BigInt(digits);
  const right = units * BigInt(d);
  return meets(left < right ? -1 : left > right ? 1 : 0, when);
}

/** Whether a shown ratio (`0.0327`) meets `when value`, compared exactly as written. */
export function shownMeets(shown: string, when: Comparison, value: string): boolean {
  return meets(compareDecimal(shown, value), when);
}

/** One county condition: what was measured, the condition, and whether it held. */
export interface ConditionRow {
  readonly id: CountyCondition;
  /** The ratio as the result gives it (4 decimals), `null` for a share of nothing. */
  readonly value: string | null;
  readonly when: Comparison;
  readonly threshold: string;
  /** Held or failed; `null` when the county could not be rated. */
  readonly held: boolean | null;
}

/**
 * The county's three conditions (docs/model.md §13), in the model's order, each with whether it
 * held. The shares are judged exactly from their counts; the NPL (its amounts are not in the
 * result) is named as failing when the shares hold and the county is still not a credit county,
 * or when its shown value fails. A credit county holds every condition.
 */
export function countyConditions(
  county: CountyResult,
  params: CountyParameters,
): readonly ConditionRow[] {
  const villages = shareMeets(
    county.creditVillages,
    county.villagesTotal,
    params.creditVillageShare.when,
    params.creditVillageShare.value,
  );
  const townships = shareMeets(
    county.creditTownships,
    county.townships,
    params.creditTownshipShare.when,
    params.creditTownshipShare.value,
  );
  const measured: Readonly<Record<CountyCondition, string | null>> = {
    creditVillageShare: county.creditVillageShare,
    creditTownshipShare: county.creditTownshipShare,
    npl: county.npl,
  };
  const held = (id: CountyCondition): boolean | null => {
    if (county.creditCounty === null) return null;
    if (county.creditCounty) return true;
    if (id === 'creditVillageShare') return villages === true;
    if (id === 'creditTownshipShare') return townships === true;
    const shownFails = !shownMeets(county.npl, params.npl.when, params.npl.value);
    return !(shownFails || (villages === true && townships === true));
  };
  return COUNTY_CONDITIONS.map((id) => ({
    id,
    value: measured[id],
    when: params[id].when,
    threshold: params[id].value,
    held: held(id),
  }));
}

/** The villages a share of a township counts: those whose rating is one of the share's. */
export function shareCount(model: Model, township: TownshipResult, shareId: string): number {
  const share = townshipParametersOf(model)?.shares.find((s) => s.id === shareId);
  return (share?.ratings ?? []).reduce((sum, rating) => sum + (township.villages[rating] ?? 0), 0);
}

/** A township rating band, and whether the township's share reaches it. */
export interface BandRow {
  readonly code: string;
  readonly share: string;
  readonly minShare: string;
  /** Exactly from the counts; `null` when the township's total is unusable. */
  readonly reached: boolean | null;
}

/** The township rating bands in the model's order, each with whether its share is reached. */
export function townshipBands(model: Model, township: TownshipResult): readonly BandRow[] {
  const total = township.villages.total;
  return (townshipParametersOf(model)?.ratings ?? []).map((band) => ({
    code: band.code,
    share: band.share,
    minShare: band.minShare,
    reached:
      total === null || total === undefined
        ? null
        : shareMeets(shareCount(model, township, band.share), total, '>=', band.minShare),
  }));
}
