import { Dec } from '../money/decimal.js';
import type { RoundingMode } from '../money/rounding.js';
import { maxBinPoints } from './check.js';
import type {
  Bins,
  Comparison,
  Fraction,
  Levels,
  ModelDocument,
  ObjectionParameters,
  ReviewParameters,
  VillageItemId,
} from './document.js';
import {
  type ResolvedEntity,
  type ResolvedTownship,
  resolveEntity,
  resolveTownship,
} from './entity-resolve.js';
import type { Model } from './model.js';

/** Bins with their thresholds as exact decimals. */
export interface ResolvedBins {
  readonly bins: readonly {
    readonly when: Comparison;
    readonly value: Dec;
    readonly points: number;
  }[];
  readonly otherwise: number;
  readonly max: number;
}

export interface ResolvedLevels {
  readonly codes: readonly string[];
  readonly points: ReadonlyMap<string, number>;
  readonly max: number;
}

export interface ResolvedDepreciation {
  readonly life: number;
  readonly residual: Dec;
}

export interface ResolvedGate {
  readonly item: VillageItemId;
  readonly when: Comparison | 'in';
  readonly value: Dec | undefined;
  readonly values: ReadonlySet<string>;
}

/**
 * A model's numbers as exact decimals and its lists as lookups: what the evaluators read. Built
 * once per model and cached.
 */
export interface ResolvedModel {
  readonly model: Model;
  readonly doc: ModelDocument;
  readonly assetRounding: { readonly mode: RoundingMode; readonly step: Dec };
  readonly structures: ReadonlyMap<string, ResolvedDepreciation & { readonly unitCost: Dec }>;
  readonly land: {
    readonly rent: Dec;
    readonly contractYears: Dec;
    readonly transferYears: Dec;
    readonly forestValue: Dec;
    readonly haircut: Dec;
  };
  readonly livestock: {
    readonly haircut: Dec;
    readonly codes: readonly string[];
    readonly price: ReadonlyMap<string, Dec>;
  };
  readonly equipment: {
    readonly machine: ResolvedDepreciation;
    readonly vehicle: ResolvedDepreciation;
    readonly facility: ResolvedDepreciation;
  };
  readonly depositsRate: Dec;
  readonly collectiveSharesRate: Dec;
  readonly civility: ResolvedLevels & {
    readonly dimensions: readonly string[];
    readonly componentMax: number;
  };
  readonly netAssets: ResolvedBins;
  readonly netIncome: ResolvedBins;
  readonly debtRatio: ResolvedBins & { readonly noDebt: number; readonly noAssets: number };
  readonly creditRecord: ResolvedLevels;
  readonly vetoGrade: string;
  readonly vetoCodes: readonly string[];
  readonly grades: readonly {
    readonly code: string;
    readonly minScore: number;
    readonly creditHousehold: boolean;
  }[];
  /** Grade codes in result order: the score grades, then the veto grade. */
  readonly gradeCodes: readonly string[];
  readonly limit: {
    readonly grossAssets: Dec;
    readonly operatingIncome: Dec;
    readonly mode: RoundingMode;
    readonly step: Dec;
    readonly byGrade: ReadonlyMap<string, { readonly base: Dec; readonly cap: Dec }>;
  };
  readonly village: {
    readonly coverage: ResolvedBins;
    readonly creditShare: ResolvedBins;
    readonly npl: ResolvedBins;
    readonly vetoShare: ResolvedBins;
    readonly partyOrganisation: ResolvedLevels;
    readonly collectiveIncome: ResolvedBins;
    readonly gates: readonly ResolvedGate[];
    readonly ratings: readonly { readonly code: string; readonly minScore: number }[];
    /** Rating codes in summary order: the bands, `none`, `unrated`. */
    readonly ratingKeys: readonly string[];
  };
  readonly display: { readonly ratioDecimals: number; readonly ratioRounding: RoundingMode };
  /** Democratic review; absent when the model has none (records then cannot carry `review`). */
  readonly review: ResolvedReview | undefined;
  /** Notice and objections; absent when the model has none. */
  readonly objections: ObjectionParameters | undefined;
  /** The entity scorecard (docs/model.md §8); absent from a version-1 model. */
  readonly entity: ResolvedEntity | undefined;
  /** The township and county rules (docs/model.md §9); absent from a version-1 model. */
  readonly township: ResolvedTownship | undefined;
}

// Democratic review (docs/model.md §13), since version 2. --------------------------------------

/** The review parameters, with the civility scale the median sorts on. */
export interface ResolvedReview {
  readonly quorum: Fraction;
  readonly vetoMajority: Fraction;
  readonly evenCount: 'lower' | 'upper';
  /** The civility level codes from the lowest to the highest (`aggregation.scale`). */
  readonly scale: readonly string[];
  /** Each level's position on {@link scale}. */
  readonly rank: ReadonlyMap<string, number>;
}

function review(params: ReviewParameters | undefined): ResolvedReview | undefined {
  if (params === undefined) return undefined;
  const scale = params.aggregation.scale;
  return {
    quorum: params.quorum,
    vetoMajority: params.vetoMajority,
    evenCount: params.aggregation.evenCount,
    scale,
    rank: new Map(scale.map((code, i) => [code, i])),
  };
}

// ---------------------------------------------------------------------------------------------

const cache = new WeakMap<Model, ResolvedModel>();

/** The resolved form of a validated model (cached per model object). */
export function resolveModel(model: Model): ResolvedModel {
  let resolved = cache.get(model);
  if (resolved === undefined) {
    resolved = build(model);
    cache.set(model, resolved);
  }
  return resolved;
}

/** Bins with exact thresholds and their highest points. */
export function bins(b: Bins): ResolvedBins {
  return {
    bins: b.bins.map((bin) => ({ when: bin.when, value: new Dec(bin.value), points: bin.points })),
    otherwise: b.otherwise,
    max: maxBinPoints(b),
  };
}

/** Levels as a lookup with their highest points. */
export function levels(l: Levels): ResolvedLevels {
  return {
    codes: l.levels.map((x) => x.code),
    points: new Map(l.levels.map((x) => [x.code, x.points])),
    max: Math.max(0, ...l.levels.map((x) => x.points)),
  };
}

function depreciation(d: { life: number; residual: string }): ResolvedDepreciation {
  return { life: d.life, residual: new Dec(d.residual) };
}

function build(model: Model): ResolvedModel {
  const doc = model.document;
  const { assets, score, limit, village } = doc;
  const civility = levels(score.civility);
  return {
    model,
    doc,
    assetRounding: { mode: assets.rounding.mode, step: new Dec(assets.rounding.step) },
    structures: new Map(
      assets.houses.structures.map((s) => [
        s.code,
        { ...depreciation(s), unitCost: new Dec(s.unitCost) },
      ]),
    ),
    land: {
      rent: new Dec(assets.land.rentPerMu),
      contractYears: new Dec(assets.land.contractYears),
      transferYears: new Dec(assets.land.transferYears),
      forestValue: new Dec(assets.land.forestValuePerMu),
      haircut: new Dec(assets.land.haircut),
    },
    livestock: {
      haircut: new Dec(assets.livestock.haircut),
      codes: assets.livestock.species.map((s) => s.code),
      price: new Map(assets.livestock.species.map((s) => [s.code, new Dec(s.price)])),
    },
    equipment: {
      machine: depreciation(assets.equipment.machine),
      vehicle: depreciation(assets.equipment.vehicle),
      facility: depreciation(assets.equipment.facility),
    },
    depositsRate: new Dec(assets.financial.depositsRate),
    collectiveSharesRate: new Dec(assets.financial.collectiveSharesRate),
    civility: {
      ...civility,
      dimensions: score.civility.dimensions.map((d) => d.code),
      componentMax: civility.max * score.civility.dimensions.length,
    },
    netAssets: bins(score.netAssets),
    netIncome: bins(score.netIncome),
    debtRatio: {
      ...bins(score.debtRatio),
      noDebt: score.debtRatio.noDebt,
      noAssets: score.debtRatio.noAssets,
      max: Math.max(
        maxBinPoints(score.debtRatio),
        score.debtRatio.noDebt,
        score.debtRatio.noAssets,
      ),
    },
    creditRecord: levels(score.creditRecord),
    vetoGrade: doc.vetoes.grade,
    vetoCodes: doc.vetoes.codes.map((c) => c.code),
    grades: doc.grades.map((g) => ({
      code: g.code,
      minScore: g.minScore,
      creditHousehold: g.creditHousehold,
    })),
    gradeCodes: [...doc.grades.map((g) => g.code), doc.vetoes.grade],
    limit: {
      grossAssets: new Dec(limit.coefficients.grossAssets),
      operatingIncome: new Dec(limit.coefficients.operatingIncome),
      mode: limit.rounding.mode,
      step: new Dec(limit.rounding.step),
      byGrade: new Map(
        limit.byGrade.map((row) => [row.grade, { base: new Dec(row.base), cap: new Dec(row.cap) }]),
      ),
    },
    village: {
      coverage: bins(village.items.coverage),
      creditShare: bins(village.items.creditShare),
      npl: bins(village.items.npl),
      vetoShare: bins(village.items.vetoShare),
      partyOrganisation: levels(village.items.partyOrganisation),
      collectiveIncome: bins(village.items.collectiveIncome),
      gates: village.gates.map((g) =>
        g.item === 'partyOrganisation'
          ? { item: g.item, when: 'in' as const, value: undefined, values: new Set(g.values) }
          : { item: g.item, when: g.when, value: new Dec(g.value), values: new Set<string>() },
      ),
      ratings: village.ratings.map((r) => ({ code: r.code, minScore: r.minScore })),
      ratingKeys: [...village.ratings.map((r) => r.code), 'none', 'unrated'],
    },
    display: { ratioDecimals: doc.display.ratioDecimals, ratioRounding: doc.display.ratioRounding },
    review: review(doc.review),
    objections: doc.objections,
    entity: resolveEntity(doc),
    township: resolveTownship(doc),
  };
}
