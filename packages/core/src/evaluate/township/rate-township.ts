import type { ResolvedTownship } from '../../model/entity-resolve.js';
import type { ResolvedModel } from '../../model/resolve.js';
import { Dec, ONE, ZERO } from '../../money/decimal.js';
import { formatRatio } from '../../money/format.js';
import type { TownshipRecord } from '../../types/entity-input.js';
import { compareRatio } from '../bins.js';

/** An exact ratio `num / den` with `den > 0`. */
export interface Ratio {
  readonly num: Dec;
  readonly den: Dec;
}

/** A township's measured ratios (docs/model.md §9), exact. */
export interface TownshipMeasures {
  readonly npl: Ratio;
  readonly nplStart: Ratio;
  readonly nplIncrement: Ratio;
  readonly performing: Ratio;
}

/** NPL = non-performing / balance, 0 when the balance is 0. */
function nplOf(nonPerforming: string | undefined, balance: string | undefined): Ratio {
  const den = new Dec(balance ?? 0);
  return den.isZero() ? { num: ZERO, den: ONE } : { num: new Dec(nonPerforming ?? 0), den };
}

/** The exact ratios of a township's own fields. */
export function townshipMeasures(fields: TownshipRecord): TownshipMeasures {
  const loans = fields.loans ?? {};
  const npl = nplOf(loans.nonPerforming, loans.balance);
  const nplStart = nplOf(loans.nonPerformingStartOfYear, loans.balanceStartOfYear);
  // a/b − c/d = (a·d − c·b) / (b·d), exact (may be negative).
  const nplIncrement = {
    num: npl.num.times(nplStart.den).minus(nplStart.num.times(npl.den)),
    den: npl.den.times(nplStart.den),
  };
  const borrowers = fields.borrowers ?? 0;
  const performing =
    borrowers === 0
      ? { num: ONE, den: ONE }
      : { num: new Dec(borrowers - (fields.borrowersInArrears ?? 0)), den: new Dec(borrowers) };
  return { npl, nplStart, nplIncrement, performing };
}

/** What a township's counts give: its rating, the gates it failed, its shares and ratios. */
export interface TownshipRating {
  /** A band, `none`, or `null` when one of its villages is not rated. */
  readonly rating: string | null;
  readonly gatesFailed: string[];
  readonly shares: Record<string, string>;
  readonly npl: string;
  readonly nplIncrement: string;
  readonly performing: string;
}

/**
 * Rates a township with valid own fields from its villages counted by rating (docs/model.md §9):
 * the shares of its registered villages, the gates in the model's order, then the first band
 * whose share reaches its minimum. A township with an unrated village is not rated (`null`); its
 * gates, shares and ratios are still given, the unrated villages counting as not credit villages.
 */
export function rateTownship(
  fields: TownshipRecord,
  byRating: Readonly<Record<string, number>>,
  rules: ResolvedTownship,
  model: ResolvedModel,
): TownshipRating {
  const { ratioDecimals, ratioRounding } = model.display;
  const show = (r: Ratio) => formatRatio(r.num, r.den, ratioDecimals, ratioRounding);
  const total = new Dec(fields.villagesTotal);
  const counted = new Map(
    rules.shares.map((share) => {
      let n = 0;
      for (const rating of share.ratings) n += byRating[rating] ?? 0;
      return [share.id, new Dec(n)];
    }),
  );
  const measures = townshipMeasures(fields);
  const measured: Record<string, Ratio> = {
    npl: measures.npl,
    nplIncrement: measures.nplIncrement,
    performing: measures.performing,
  };
  const gatesFailed = rules.gates
    .filter((gate) => {
      const r = measured[gate.measure] as Ratio;
      return compareRatio(r.num, r.den, gate.when, gate.value);
    })
    .map((gate) => gate.id);
  const band = rules.ratings.find((b) =>
    compareRatio(counted.get(b.share) ?? ZERO, total, '>=', b.minShare),
  );
  const rating = gatesFailed.length > 0 || band === undefined ? 'none' : band.code;
  return {
    rating: (byRating.unrated ?? 0) > 0 ? null : rating,
    gatesFailed,
    shares: Object.fromEntries(
      rules.shares.map((share) => [
        share.id,
        show({ num: counted.get(share.id) ?? ZERO, den: total }),
      ]),
    ),
    npl: show(measures.npl),
    nplIncrement: show(measures.nplIncrement),
    performing: show(measures.performing),
  };
}
