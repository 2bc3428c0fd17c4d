import { fenToMoneyText, moneyTextToFen } from '../money/fen.js';
import type { CountyResult, EntityResult, TownshipResult } from '../types/entity-result.js';
import type { MoneyText } from '../types/result.js';
import type { RatingMove } from './compare.js';

/** An entity whose credit-entity status changed. */
export interface EntityCreditChange {
  readonly entity: string;
  readonly gradeBefore: string;
  readonly gradeAfter: string;
  readonly limitBefore: MoneyText;
  readonly limitAfter: MoneyText;
}

/** The entities of two evaluations compared (docs/model.md §8), matched by id. */
export interface EntityComparison {
  readonly entities: {
    readonly before: number;
    readonly after: number;
    readonly matched: number;
    readonly new: number;
    readonly missing: number;
  };
  /** Grade transition matrix of the entities in both: from-grade → to-grade → count. */
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
  readonly totalGuaranteed: {
    readonly before: MoneyText;
    readonly after: MoneyText;
    readonly change: MoneyText;
  };
  /** Every entity whose credit-entity status changed, in the later evaluation's order. */
  readonly creditChanges: readonly EntityCreditChange[];
}

/** How one township's rating moved (docs/model.md §9). */
export interface TownshipComparison {
  readonly id: string | null;
  readonly ratingBefore: string | null;
  readonly ratingAfter: string | null;
  readonly move: RatingMove;
  readonly sharesBefore: Readonly<Record<string, string>> | null;
  readonly sharesAfter: Readonly<Record<string, string>> | null;
}

/** The county's verdict and figures, before and after. */
export interface CountyComparison {
  readonly before: CountyResult | null;
  readonly after: CountyResult | null;
}

/** What a comparison adds when the evaluations have entities or townships. */
export interface EntityAndTownshipComparison {
  readonly entities?: EntityComparison;
  readonly townships?: readonly TownshipComparison[];
  readonly county?: CountyComparison;
}

/**
 * One side's entities, townships and county, with the scale they are ranked on: the model's
 * grades best first, and its township rating bands best first.
 */
export interface EntityAndTownshipSide {
  readonly entities: readonly EntityResult[] | undefined;
  readonly townships: readonly TownshipResult[] | undefined;
  readonly county: CountyResult | undefined;
  readonly grades: readonly string[];
  readonly townshipRatings: readonly string[];
}

/**
 * The entity and township parts of a comparison (docs/model.md §8–9): entity grade transitions,
 * credit-status changes and limits (matched by id), each township's rating move (matched by id)
 * and the county before and after. Only the parts either evaluation has.
 */
export function compareEntitiesAndTownships(
  before: EntityAndTownshipSide,
  after: EntityAndTownshipSide,
): EntityAndTownshipComparison {
  const out: {
    entities?: EntityComparison;
    townships?: TownshipComparison[];
    county?: CountyComparison;
  } = {};
  const order = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
  if (before.entities !== undefined || after.entities !== undefined)
    out.entities = compareEntities(
      before.entities ?? [],
      after.entities ?? [],
      order(after.grades, before.grades),
    );
  if (before.townships !== undefined || after.townships !== undefined) {
    out.townships = compareTownships(
      before.townships ?? [],
      after.townships ?? [],
      order(after.townshipRatings, before.townshipRatings),
    );
    out.county = { before: before.county ?? null, after: after.county ?? null };
  }
  return out;
}

function compareEntities(
  before: readonly EntityResult[],
  after: readonly EntityResult[],
  grades: readonly string[],
): EntityComparison {
  const rank = new Map(grades.map((g, i) => [g, i]));
  const earlier = new Map(before.map((e) => [e.id, e]));
  const later = new Set(after.map((e) => e.id));
  // Maps, not objects: grade codes come from documents and must never reach a prototype.
  const counts = new Map<string, Map<string, number>>();
  const creditChanges: EntityCreditChange[] = [];
  let matched = 0;
  let up = 0;
  let down = 0;
  let same = 0;
  let gained = 0;
  let lost = 0;
  const sum = (list: readonly EntityResult[], key: 'limit' | 'guaranteed') =>
    list.reduce((fen, e) => fen + moneyTextToFen(e[key]), 0n);
  for (const e of after) {
    const was = earlier.get(e.id);
    if (was === undefined) continue;
    matched++;
    const row = counts.get(was.grade) ?? new Map<string, number>();
    row.set(e.grade, (row.get(e.grade) ?? 0) + 1);
    counts.set(was.grade, row);
    const d = (rank.get(e.grade) ?? grades.length) - (rank.get(was.grade) ?? grades.length);
    if (d < 0) up++;
    else if (d > 0) down++;
    else same++;
    if (was.creditEntity !== e.creditEntity) {
      if (e.creditEntity) gained++;
      else lost++;
      creditChanges.push({
        entity: e.id,
        gradeBefore: was.grade,
        gradeAfter: e.grade,
        limitBefore: was.limit,
        limitAfter: e.limit,
      });
    }
  }
  const change = (b: bigint, a: bigint) => ({
    before: fenToMoneyText(b),
    after: fenToMoneyText(a),
    change: fenToMoneyText(a - b),
  });
  const codes = [
    ...new Set([
      ...grades,
      ...counts.keys(),
      ...[...counts.values()].flatMap((row) => [...row.keys()]),
    ]),
  ];
  return {
    entities: {
      before: before.length,
      after: after.length,
      matched,
      new: after.length - matched,
      missing: before.filter((e) => !later.has(e.id)).length,
    },
    transitions: Object.fromEntries(
      codes.map((from) => [
        from,
        Object.fromEntries(codes.map((to) => [to, counts.get(from)?.get(to) ?? 0])),
      ]),
    ),
    upgrades: up,
    downgrades: down,
    unchanged: same,
    creditGained: gained,
    creditLost: lost,
    totalLimit: change(sum(before, 'limit'), sum(after, 'limit')),
    totalGuaranteed: change(sum(before, 'guaranteed'), sum(after, 'guaranteed')),
    creditChanges,
  };
}

function compareTownships(
  before: readonly TownshipResult[],
  after: readonly TownshipResult[],
  ratings: readonly string[],
): TownshipComparison[] {
  const rank = new Map(ratings.map((r, i) => [r, i]));
  const rated = (r: string | null) => r !== null && rank.has(r);
  const earlier = new Map(before.map((t) => [t.id, t]));
  const afterIds = new Set(after.map((t) => t.id));
  const pairs: { id: string | null; a?: TownshipResult; b?: TownshipResult }[] = [
    ...after.map((b) => {
      const a = earlier.get(b.id);
      return a === undefined ? { id: b.id, b } : { id: b.id, a, b };
    }),
    ...before.filter((a) => !afterIds.has(a.id)).map((a) => ({ id: a.id, a })),
  ];
  return pairs.map(({ id, a, b }) => {
    const ratingBefore = a?.rating ?? null;
    const ratingAfter = b?.rating ?? null;
    let move: RatingMove;
    if (a === undefined) move = 'new';
    else if (b === undefined) move = 'missing';
    else if (rated(ratingBefore) && !rated(ratingAfter)) move = 'delisted';
    else if (!rated(ratingBefore) && rated(ratingAfter)) move = 'rated';
    else if (!rated(ratingBefore)) move = 'unrated';
    else {
      const d = (rank.get(ratingAfter ?? '') ?? 0) - (rank.get(ratingBefore ?? '') ?? 0);
      move = d < 0 ? 'upgraded' : d > 0 ? 'downgraded' : 'unchanged';
    }
    return {
      id,
      ratingBefore,
      ratingAfter,
      move,
      sharesBefore: a?.shares ?? null,
      sharesAfter: b?.shares ?? null,
    };
  });
}
