import type * as z from 'zod';
import { InputError, type Issue, makeIssue } from '../issues.js';
import { defaultModel } from '../model/default.js';
import type { Model, ModelStamp } from '../model/model.js';
import {
  countyResultSchema,
  entityResultSchema,
  townshipResultSchema,
} from '../schema/entity-result.js';
import { parseWith } from '../schema/translate.js';
import type { CountyResult, EntityResult, TownshipResult } from '../types/entity-result.js';
import type { BatchResult, MoneyText } from '../types/result.js';
import {
  type CountyComparison,
  compareEntitiesAndTownships,
  type EntityComparison,
  type TownshipComparison,
} from './compare-entities.js';
import {
  type ComparedVillage,
  modelName,
  readComparedVillage,
  readModelStamp,
} from './compare-read.js';
import { type ComparisonScale, declaredScale, modelScale } from './compare-scale.js';
import { Repeats, ScoreBins, Section } from './compare-section.js';

/** The population stability index of two score distributions, with its usual band. */
export interface Stability {
  /** PSI to 4 decimals (a statistic: computed in floating point, shown rounded). */
  readonly psi: string;
  /** `stable` (< 0.10), `watch` (0.10–0.25) or `shifted` (≥ 0.25). */
  readonly band: 'stable' | 'watch' | 'shifted';
  /**
   * Households per score bin (0–9, 10–19, …, the last bin closed at the top score of the
   * models compared).
   */
  readonly bins: readonly {
    readonly scores: string;
    readonly before: number;
    readonly after: number;
  }[];
}

/** A household whose credit-household status changed. */
export interface CreditChange {
  readonly village: string | null;
  readonly household: string;
  readonly gradeBefore: string;
  readonly gradeAfter: string;
  readonly limitBefore: MoneyText;
  readonly limitAfter: MoneyText;
}

/** Comparison figures of one village or of the whole batch. */
export interface ComparisonSection {
  readonly households: {
    readonly before: number;
    readonly after: number;
    readonly matched: number;
    readonly new: number;
    readonly missing: number;
  };
  /** Grade transition matrix of the households in both: from-grade → to-grade → count. */
  readonly transitions: Readonly<Record<string, Readonly<Record<string, number>>>>;
  readonly upgrades: number;
  readonly downgrades: number;
  readonly unchanged: number;
  readonly creditGained: number;
  readonly creditLost: number;
  readonly totalLimit: {
    readonly before: MoneyText;
    readonly after: MoneyText;
    readonly change: MoneyText;
  };
  readonly stability: Stability;
}

/** How a village's rating moved: `delisted` is 摘牌 (a rated village that lost its rating). */
export type RatingMove =
  | 'rated'
  | 'upgraded'
  | 'unchanged'
  | 'downgraded'
  | 'delisted'
  | 'unrated'
  | 'new'
  | 'missing';

export interface VillageComparison extends ComparisonSection {
  readonly id: string | null;
  readonly ratingBefore: string | null;
  readonly ratingAfter: string | null;
  readonly move: RatingMove;
}

/** Two evaluations compared: year over year, or the same batch under two models. */
export interface ComparisonReport {
  readonly before: { readonly model: ModelStamp; readonly evalYear: number };
  readonly after: { readonly model: ModelStamp; readonly evalYear: number };
  readonly overall: ComparisonSection & { readonly villages: Readonly<Record<RatingMove, number>> };
  readonly villages: readonly VillageComparison[];
  /** Every household whose credit-household status changed, in village and household order. */
  readonly creditChanges: readonly CreditChange[];
  /** Entities compared, when either evaluation has them (docs/model.md §8). */
  readonly entities?: EntityComparison;
  /** Each township's rating move, when either evaluation has townships (§9). */
  readonly townships?: readonly TownshipComparison[];
  /** The county before and after, with the townships. */
  readonly county?: CountyComparison;
}

/** Options of a comparison. */
export interface CompareOptions {
  /**
   * The models the results may have been evaluated with, found by the hash each result names.
   * The default model is always known. Scores, grades and ratings are checked against the model
   * of their result, and the score bins end at its highest score.
   */
  readonly models?: readonly Model[];
}

/** One side of a comparison: the earlier results or the later ones. */
type Side = 'before' | 'after';

/** A side's entities, townships and county, as they are added. */
interface Subjects {
  entities?: EntityResult[];
  townships?: TownshipResult[];
  county?: CountyResult;
}

/** What comparing the later villages needs: the running total, every grade, the score bins. */
interface Compare {
  readonly overall: Section;
  readonly grades: readonly string[];
  readonly bins: ScoreBins;
}

/**
 * A comparison built village by village, so that results of any size can be compared: the
 * earlier results are read first and kept small (ids, grades, scores, flags and limits), then
 * each later village is compared as it comes and let go. What {@link compareResults} does for
 * two whole documents, for a caller that reads them piece by piece (the command streams result
 * documents and NDJSON results through it).
 *
 * Order of calls: `model('before', …)`, every earlier village with `add('before', …)`, then
 * `model('after', …)`, every later village, and `report(…)`.
 */
export class ResultComparer {
  readonly #models: readonly Model[];
  readonly #stamps: Partial<Record<Side, ModelStamp>> = {};
  readonly #scales: Partial<Record<Side, ComparisonScale>> = {};
  readonly #earlier = new Repeats<ComparedVillage>((v) => v.id);
  readonly #villages: VillageComparison[] = [];
  readonly #creditChanges: CreditChange[] = [];
  readonly #moves: Record<RatingMove, number> = {
    rated: 0,
    upgraded: 0,
    unchanged: 0,
    downgraded: 0,
    delisted: 0,
    unrated: 0,
    new: 0,
    missing: 0,
  };
  #compare: Compare | undefined;
  readonly #subjects: Record<Side, Subjects> = { before: {}, after: {} };

  constructor(options: CompareOptions = {}) {
    this.#models = [...(options.models ?? []), defaultModel()];
  }

  /**
   * Names the model a side's results were evaluated with (the `model` of a result document or
   * of an NDJSON result line): the known model with that hash gives the scale every village of
   * that side is checked against; `fallback` is the scale used when none has it (see
   * `declaredScale`).
   *
   * @throws {InputError} when the stamp is not one, or no model is known for it and there is
   *   no fallback.
   */
  model(side: Side, stamp: unknown, fallback?: ComparisonScale): ModelStamp {
    const model = readModelStamp(stamp, ['model']);
    const known = this.#models.find((m) => m.hash === model.hash);
    const scale = known === undefined ? fallback : modelScale(known);
    if (scale === undefined) {
      throw new InputError(
        [
          makeIssue(
            ['model'],
            'invalid_value',
            `evaluated with model ${modelName(model)} (${model.hash}), which is not among the models given: its scores and grades cannot be checked`,
          ),
        ],
        'unknown model',
      );
    }
    if (side === 'after') {
      if (this.#scales.before === undefined)
        throw new Error('ResultComparer: the earlier results come first');
      const grades = [...new Set([...scale.grades, ...this.#scales.before.grades])];
      const bins = new ScoreBins(Math.max(scale.maxScore, this.#scales.before.maxScore));
      this.#compare = { overall: new Section(grades, bins), grades, bins };
    }
    this.#stamps[side] = model;
    this.#scales[side] = scale;
    return model;
  }

  /**
   * Adds a village result of one side, checked against the side's model.
   *
   * @param path where the village is in its document (`["villages", 3]`), for the issues.
   * @throws {InputError} naming the village, the household and the field when a score, grade,
   *   rating, flag or limit is not one the model gives.
   */
  add(side: Side, village: unknown, path: readonly (string | number)[] = []): void {
    const scale = this.#scales[side];
    const stamp = this.#stamps[side];
    if (scale === undefined || stamp === undefined)
      throw new Error(`ResultComparer: model('${side}', …) comes before its villages`);
    const read = readComparedVillage(village, scale, stamp, path);
    if (side === 'before') {
      if (this.#compare !== undefined)
        throw new Error('ResultComparer: the earlier results come first');
      this.#earlier.add(read);
    } else this.#pair(this.#earlier.take(read.id), read);
  }

  /**
   * Adds an entity, township or county result of one side (docs/model.md §8–9). These are few
   * (a county's entities and townships), so they are kept whole until the report.
   *
   * @param path where it is in its document (`["entities", 3]`), for the issues.
   * @throws {InputError} naming the field when the value is not such a result.
   */
  addSubject(
    side: Side,
    kind: 'entity' | 'township' | 'county',
    value: unknown,
    path: readonly (string | number)[] = [],
  ): void {
    if (this.#stamps[side] === undefined)
      throw new Error(`ResultComparer: model('${side}', …) comes before its results`);
    const subjects = this.#subjects[side];
    if (kind === 'county') {
      subjects.county = readSubject<CountyResult>(countyResultSchema, value, path, kind);
    } else if (kind === 'entity') {
      const entity = readSubject<EntityResult>(entityResultSchema, value, path, kind);
      const entities = subjects.entities ?? [];
      entities.push(entity);
      subjects.entities = entities;
    } else {
      const township = readSubject<TownshipResult>(townshipResultSchema, value, path, kind);
      const townships = subjects.townships ?? [];
      townships.push(township);
      subjects.townships = townships;
    }
  }

  /**
   * Says that a side has entities (or townships) even when none was added: an evaluation of a
   * batch with an empty `entities` list still compares as one with entities.
   */
  hasSubjects(side: Side, kind: 'entity' | 'township'): void {
    const subjects = this.#subjects[side];
    if (kind === 'entity') subjects.entities ??= [];
    else subjects.townships ??= [];
  }

  /** The comparison of everything added, with the evaluation year of each side. */
  report(evalYears: { readonly before: number; readonly after: number }): ComparisonReport {
    const { before, after } = this.#stamps;
    if (before === undefined || after === undefined || this.#compare === undefined)
      throw new Error('ResultComparer: both sides come before the report');
    for (const missing of this.#earlier.rest()) this.#pair(missing, undefined);
    const villages = this.#villages.splice(0);
    const side = (s: Side) => {
      const scale = this.#scales[s] as ComparisonScale;
      const { entities, townships, county } = this.#subjects[s];
      return {
        entities,
        townships,
        county,
        grades: scale.grades,
        townshipRatings: scale.townshipRatings,
      };
    };
    return {
      before: { model: before, evalYear: evalYears.before },
      after: { model: after, evalYear: evalYears.after },
      overall: { ...this.#compare.overall.result(), villages: { ...this.#moves } },
      villages,
      creditChanges: this.#creditChanges.splice(0),
      ...compareEntitiesAndTownships(side('before'), side('after')),
    };
  }

  /** Compares a village with its earlier self (either may be missing). */
  #pair(a: ComparedVillage | undefined, b: ComparedVillage | undefined): void {
    const compare = this.#compare as Compare;
    const id = b?.id ?? a?.id ?? null;
    const section = new Section(compare.grades, compare.bins);
    section.add(id, a?.households ?? [], b?.households ?? [], this.#creditChanges);
    compare.overall.add(id, a?.households ?? [], b?.households ?? [], []);
    const ratingBefore = a?.rating ?? null;
    const ratingAfter = b?.rating ?? null;
    const move = this.#move(a, b, ratingBefore, ratingAfter);
    this.#moves[move]++;
    this.#villages.push({ id, ratingBefore, ratingAfter, move, ...section.result() });
  }

  #move(
    a: ComparedVillage | undefined,
    b: ComparedVillage | undefined,
    ratingBefore: string | null,
    ratingAfter: string | null,
  ): RatingMove {
    if (a === undefined) return 'new';
    if (b === undefined) return 'missing';
    // Bands rank best first, by the later model (then any band only the earlier one has).
    const bands = [
      ...new Set([...(this.#scales.after?.ratings ?? []), ...(this.#scales.before?.ratings ?? [])]),
    ];
    const rank = (r: string | null) => (r === null ? -1 : bands.indexOf(r));
    const rb = rank(ratingBefore);
    const ra = rank(ratingAfter);
    if (rb >= 0 && ra < 0) return 'delisted';
    if (rb < 0 && ra >= 0) return 'rated';
    if (rb < 0) return 'unrated';
    return ra < rb ? 'upgraded' : ra > rb ? 'downgraded' : 'unchanged';
  }
}

/**
 * Compares two result documents (last year's and this year's, or one batch under two models):
 * per village and overall, the grade transition matrix, upgrades and downgrades, new and
 * missing households, credit-status changes, the change in total limit, how each village's
 * rating moved (rated, upgraded, downgraded, delisted 摘牌), and the population stability
 * index of the score distribution. Households are matched by village id and household id;
 * a repeated id is matched by position among equal ids (the second village `v1` of this year
 * with the second `v1` of last year), so a result compared with itself shows no change.
 *
 * Scores, grades and ratings are checked against the model each document names when it is
 * known (`options.models`, or the default model); a document of another model is checked
 * against the scale it declares itself (its summary's grades and ratings, its components'
 * highest points, never above what any model can give).
 *
 * @throws {InputError} naming the village and household of a score, grade or rating the model
 *   does not give.
 */
export function compareResults(
  before: BatchResult,
  after: BatchResult,
  options: CompareOptions = {},
): ComparisonReport {
  const comparer = new ResultComparer(options);
  comparer.model('before', before.model, declaredScale(before));
  for (const [i, village] of before.villages.entries())
    comparer.add('before', village, ['villages', i]);
  comparer.model('after', after.model, declaredScale(after));
  for (const [i, village] of after.villages.entries())
    comparer.add('after', village, ['villages', i]);
  for (const [side, result] of [
    ['before', before],
    ['after', after],
  ] as const) {
    if (result.entities !== undefined) comparer.hasSubjects(side, 'entity');
    for (const [i, entity] of (result.entities ?? []).entries())
      comparer.addSubject(side, 'entity', entity, ['entities', i]);
    if (result.townships !== undefined) comparer.hasSubjects(side, 'township');
    for (const [i, township] of (result.townships ?? []).entries())
      comparer.addSubject(side, 'township', township, ['townships', i]);
    if (result.county !== undefined) comparer.addSubject(side, 'county', result.county, ['county']);
  }
  return comparer.report({ before: before.evalYear, after: after.evalYear });
}

/** An entity, township or county result read from a document, or an error at its path. */
function readSubject<T>(
  schema: z.ZodType,
  value: unknown,
  path: readonly (string | number)[],
  kind: string,
): T {
  const read = parseWith<T>(schema, value, () =>
    makeIssue([...path], 'invalid_document', `not ${kind} result`, {
      expected: 'object',
      rule: 'resultDocument',
    }),
  );
  if (read.ok) return read.value;
  const at = (issue: Issue): Issue => ({ ...issue, path: [...path, ...issue.path] });
  const [first, ...rest] = read.issues;
  throw new InputError([at(first), ...rest.map(at)], `not ${kind} result`);
}
