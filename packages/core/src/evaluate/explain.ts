import type { Comparison } from '../model/document.js';
import type { ModelStamp } from '../model/model.js';
import { modelStamp } from '../model/model.js';
import type { ResolvedBins, ResolvedModel, ResolvedReview } from '../model/resolve.js';
import { Dec } from '../money/decimal.js';
import { formatMoney, formatRatio } from '../money/format.js';
import { quorumOf } from '../schema/review.js';
import type { HouseholdRecord } from '../types/input.js';
import type { AssetItem, ComponentId, HouseholdResult, LimitBoundBy } from '../types/result.js';
import { assetWork, liabilitiesOf, roundLine } from './assets.js';
import { binIndex, ratioBinIndex } from './bins.js';
import { evaluateRecord, limitOf } from './household.js';
import { type ReviewWork, reviewWork } from './review.js';

/** One asset line of a calculation receipt. */
export interface LineReceipt {
  readonly item: AssetItem;
  readonly index?: number;
  readonly formula: string;
  /** Named inputs in formula order (`areaM2`, `unitCost`, `age`, …). */
  readonly inputs: Readonly<Record<string, string>>;
  /** The exact value before rounding; a trailing `…` marks a non-terminating decimal cut at 10 places. */
  readonly exact: string;
  /** The value after R1 (as in the result). */
  readonly value: string;
}

/** Why a component got its points. */
export interface ComponentReceipt {
  readonly id: ComponentId;
  readonly points: number;
  readonly max: number;
  /** The measured value: money, a 4-decimal ratio, or the input word(s). */
  readonly value: string | null;
  /** The rule that applied: a bin (`">= 300000"`), `otherwise`, `noDebt`, `noAssets` or `levels`. */
  readonly rule: string;
  /** When a bin applied: its comparison and threshold as data (the threshold as decimal text). */
  readonly bin?: { readonly when: Comparison; readonly value: string };
  /** For level-scored components: each dimension's word and points. */
  readonly levels?: Readonly<Record<string, { readonly level: string; readonly points: number }>>;
}

/** How the limit came about (docs/model.md §7). Terms are exact decimals before rounding. */
export interface LimitReceipt {
  readonly boundBy: LimitBoundBy;
  readonly base: string | null;
  readonly grossAssetsCoefficient: string;
  readonly grossAssetsTerm: string | null;
  readonly operatingIncomeCoefficient: string;
  readonly operatingIncomeTerm: string | null;
  readonly raw: string | null;
  readonly cap: string | null;
  readonly rounding: { readonly mode: string; readonly step: string };
  readonly limit: string;
}

/** The full calculation receipt of one household: every number of its result, with its inputs. */
export interface HouseholdExplanation {
  readonly model: ModelStamp;
  readonly evalYear: number;
  readonly result: HouseholdResult;
  readonly assets: {
    readonly lines: readonly LineReceipt[];
    readonly gross: string;
    readonly liabilities: {
      readonly bankLoans: string;
      readonly other: string;
      readonly total: string;
    };
    readonly net: string;
  };
  readonly components: readonly ComponentReceipt[];
  readonly grade: {
    readonly code: string;
    readonly score: number;
    readonly minScore: number | null;
    readonly creditHousehold: boolean;
    readonly vetoes: readonly string[];
  };
  readonly limit: LimitReceipt;
  /** How the panel's marks became the civility marks and vetoes: only for a reviewed record. */
  readonly review?: ReviewReceipt;
}

/**
 * The receipt of a democratic review (docs/model.md §13): the quorum met, per dimension every
 * mark (in the order of the reviewers' entries, without their ids) and the one the median took,
 * and each proposed veto code with its count and whether it became a veto.
 */
export interface ReviewReceipt {
  readonly panelSize: number;
  readonly present: number;
  /** The quorum as a fraction and the fewest present it needs for this panel. */
  readonly quorum: {
    readonly numerator: number;
    readonly denominator: number;
    readonly needed: number;
  };
  /** `lower`: the lower middle mark for an even count (ties downward); `upper`: the upper one. */
  readonly evenCount: 'lower' | 'upper';
  /** The 0-based position taken in each dimension's sorted marks. */
  readonly position: number;
  readonly dimensions: readonly {
    readonly dimension: string;
    readonly marks: readonly string[];
    readonly sorted: readonly string[];
    readonly mark: string;
  }[];
  /** A code vetoes when proposed by more than `numerator/denominator` of those present. */
  readonly vetoMajority: { readonly numerator: number; readonly denominator: number };
  readonly proposals: readonly {
    readonly code: string;
    readonly count: number;
    readonly vetoed: boolean;
  }[];
  /** The codes the review vetoed, sorted. */
  readonly vetoes: readonly string[];
}

/** Explains a validated record under a resolved model (internal; see `explainHousehold`). */
export function explainRecord(
  record: HouseholdRecord,
  model: ResolvedModel,
  evalYear: number,
): HouseholdExplanation {
  const result = evaluateRecord(record, model, evalYear);
  const work = assetWork(record, model, evalYear);
  const gross = new Dec(result.assets.gross);
  const liabilities = liabilitiesOf(record);
  const net = new Dec(result.assets.net);
  const vetoed = result.vetoes.length > 0;
  const limit = limitOf(
    result.grade,
    result.creditHousehold,
    vetoed,
    gross,
    new Dec(record.income.operating),
    model,
  );
  const band = vetoed ? undefined : model.grades.find((g) => g.code === result.grade);
  const review = record.review === undefined ? undefined : reviewWork(record.review, model);
  const civility = review?.civility ?? record.civility ?? {};
  return {
    model: modelStamp(model.model),
    evalYear,
    result,
    assets: {
      lines: work.map((line) => ({
        item: line.item,
        ...(line.index === undefined ? {} : { index: line.index }),
        formula: line.formula,
        inputs: Object.fromEntries(line.inputs),
        exact: exactText(line.numerator, line.denominator),
        value: formatMoney(roundLine(line, model)),
      })),
      gross: result.assets.gross,
      liabilities: {
        bankLoans: formatMoney(new Dec(record.debts?.bankLoans ?? 0)),
        other: formatMoney(new Dec(record.debts?.other ?? 0)),
        total: formatMoney(liabilities),
      },
      net: result.assets.net,
    },
    components: result.components.map((c) =>
      componentReceipt(c.id, c.points, c.max, record, civility, gross, liabilities, net, model),
    ),
    grade: {
      code: result.grade,
      score: result.score,
      minScore: band?.minScore ?? null,
      creditHousehold: result.creditHousehold,
      vetoes: result.vetoes,
    },
    limit: {
      boundBy: limit.boundBy,
      base: limit.terms ? formatMoney(limit.terms.base) : null,
      grossAssetsCoefficient: model.limit.grossAssets.toString(),
      grossAssetsTerm: limit.terms ? plain(limit.terms.grossAssetsTerm) : null,
      operatingIncomeCoefficient: model.limit.operatingIncome.toString(),
      operatingIncomeTerm: limit.terms ? plain(limit.terms.operatingIncomeTerm) : null,
      raw: limit.terms ? plain(limit.terms.raw) : null,
      cap: limit.terms ? formatMoney(limit.terms.cap) : null,
      rounding: { mode: model.limit.mode, step: model.limit.step.toString() },
      limit: result.limit,
    },
    ...(review === undefined ? {} : { review: reviewReceipt(review, model) }),
  };
}

function reviewReceipt(work: ReviewWork, model: ResolvedModel): ReviewReceipt {
  // A record with a review was validated under a model with review parameters.
  const params = model.review as ResolvedReview;
  return {
    panelSize: work.panelSize,
    present: work.present,
    quorum: { ...params.quorum, needed: quorumOf(work.panelSize, params) },
    evenCount: params.evenCount,
    position: work.position,
    dimensions: work.dimensions,
    vetoMajority: params.vetoMajority,
    proposals: work.proposals,
    vetoes: work.vetoes,
  };
}

function componentReceipt(
  id: ComponentId,
  points: number,
  max: number,
  record: HouseholdRecord,
  civility: Readonly<Record<string, string>>,
  gross: Dec,
  liabilities: Dec,
  net: Dec,
  model: ResolvedModel,
): ComponentReceipt {
  const base = { id, points, max };
  switch (id) {
    case 'civility': {
      const levels = Object.fromEntries(
        model.civility.dimensions.map((d) => {
          const level = civility[d] ?? '';
          return [d, { level, points: model.civility.points.get(level) ?? 0 }];
        }),
      );
      return { ...base, value: null, rule: 'levels', levels };
    }
    case 'netAssets':
      return {
        ...base,
        value: formatMoney(net),
        ...ruleOf(binIndex(net, model.netAssets), model.netAssets),
      };
    case 'netIncome': {
      const income = new Dec(record.income.net);
      return {
        ...base,
        value: formatMoney(income),
        ...ruleOf(binIndex(income, model.netIncome), model.netIncome),
      };
    }
    case 'debtRatio': {
      if (liabilities.isZero()) return { ...base, value: null, rule: 'noDebt' };
      if (gross.isZero()) return { ...base, value: null, rule: 'noAssets' };
      const { ratioDecimals, ratioRounding } = model.display;
      return {
        ...base,
        value: formatRatio(liabilities, gross, ratioDecimals, ratioRounding),
        ...ruleOf(ratioBinIndex(liabilities, gross, model.debtRatio), model.debtRatio),
      };
    }
    case 'creditRecord':
      return { ...base, value: record.creditRecord, rule: 'levels' };
  }
}

function ruleOf(
  index: number,
  bins: ResolvedBins,
): { rule: string; bin?: { when: Comparison; value: string } } {
  const bin = bins.bins[index];
  if (bin === undefined) return { rule: 'otherwise' };
  const value = bin.value.toString();
  return { rule: `${bin.when} ${value}`, bin: { when: bin.when, value } };
}

/** An exact decimal in plain notation, trailing zeros kept as computed. */
function plain(value: Dec): string {
  return value.toFixed();
}

function exactText(numerator: Dec, denominator: Dec): string {
  const quotient = numerator.div(denominator);
  if (quotient.times(denominator).eq(numerator) && quotient.decimalPlaces() <= 20)
    return quotient.toFixed();
  return `${quotient.toDecimalPlaces(10, Dec.ROUND_DOWN).toFixed(10)}…`;
}
