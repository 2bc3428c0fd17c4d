import { type Issue, makeIssue } from '../../issues.js';
import { duplicateKeyIssue, unwrapJson } from '../../json/parse-json.js';
import type { ResolvedTownship } from '../../model/entity-resolve.js';
import { noTownshipSection } from '../../model/missing-section.js';
import type { ResolvedModel } from '../../model/resolve.js';
import { Dec, ONE, ZERO } from '../../money/decimal.js';
import { formatFixed, formatRatio } from '../../money/format.js';
import { describeType } from '../../schema/decimal-text.js';
import { idKey } from '../../schema/ids.js';
import { parseTownshipFields, TOWNSHIP_BOUNDS } from '../../schema/township.js';
import type { TownshipRecord } from '../../types/entity-input.js';
import type { CountyResult, TownshipResult } from '../../types/entity-result.js';
import { compareRatio } from '../bins.js';
import { villageIdOf } from '../village-id.js';
import { rateTownship } from './rate-township.js';

/** One township of the batch: its own fields (when valid), its problems, its villages counted. */
interface Entry {
  readonly id: string | null;
  readonly name: string | undefined;
  readonly fields: TownshipRecord | undefined;
  readonly total: number | null;
  readonly issues: Issue[];
  readonly meta: Readonly<Record<string, unknown>> | undefined;
  inBatch: number;
  readonly byRating: Record<string, number>;
}

/**
 * The townships of a batch and the county they make (docs/model.md §9), rolled up from counts:
 * each village adds one to its township's count of its rating, so memory grows with the
 * townships, never with the villages. Townships are registered before the villages that name
 * them; results come after the last village.
 */
export class TownshipRollup {
  readonly #entries: Entry[] = [];
  readonly #byKey = new Map<string, Entry>();

  /** Without `rules` (a version-1 model) every township is an error (`unsupported_by_model`). */
  constructor(
    readonly model: ResolvedModel,
    readonly rules: ResolvedTownship | undefined,
  ) {}

  /** Registers a township record (any JSON value, or a `ParsedJson`); its problems are kept. */
  add(input: unknown): void {
    const { value, duplicateKeys } = unwrapJson(input);
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    const raw = (isObject ? value : {}) as Record<string, unknown>;
    const issues: Issue[] = [];
    let fields: TownshipRecord | undefined;
    if (isObject) {
      const parsed = parseTownshipFields(value);
      fields = parsed.fields;
      issues.push(...parsed.issues);
    } else
      issues.push(
        makeIssue(
          [],
          'invalid_type',
          `expected a township (a JSON object), got ${describeType(value)}`,
          { expected: 'object' },
        ),
      );
    for (const path of duplicateKeys) issues.push(duplicateKeyIssue(path));
    if (this.rules === undefined) issues.unshift(noTownshipSection(this.model));
    const id = villageIdOf(value);
    if (id !== null) {
      const first = this.#byKey.get(idKey(id));
      if (first !== undefined)
        issues.push(
          makeIssue(
            ['id'],
            'duplicate_id',
            `the township id ${JSON.stringify(id)} is used by an earlier township in this batch; villages naming it belong to the first`,
            { firstIndex: this.#entries.indexOf(first) },
          ),
        );
    }
    const total = raw.villagesTotal;
    const entry: Entry = {
      id,
      name: typeof raw.name === 'string' ? raw.name : undefined,
      fields: issues.length === 0 ? fields : undefined,
      total:
        typeof total === 'number' &&
        Number.isInteger(total) &&
        total >= 1 &&
        total <= TOWNSHIP_BOUNDS.villagesTotal
          ? total
          : null,
      issues,
      meta: fields?.meta,
      inBatch: 0,
      byRating: Object.fromEntries(this.model.village.ratingKeys.map((k) => [k, 0])),
    };
    this.#entries.push(entry);
    if (id !== null && !this.#byKey.has(idKey(id))) this.#byKey.set(idKey(id), entry);
  }

  /** Whether the batch has a township with this id (valid own fields or not). */
  has(id: string): boolean {
    return this.#byKey.has(idKey(id));
  }

  /** Counts a village of the township `id` (its first record) with its rating (`null`: unrated). */
  count(id: string, rating: string | null): void {
    const entry = this.#byKey.get(idKey(id));
    if (entry === undefined) return;
    entry.inBatch++;
    const key = rating ?? 'unrated';
    entry.byRating[key] = (entry.byRating[key] ?? 0) + 1;
  }

  /** How many townships were registered. */
  get size(): number {
    return this.#entries.length;
  }

  /** The township results, in input order. */
  results(): TownshipResult[] {
    return this.#entries.map((entry) => this.#result(entry));
  }

  #result(entry: Entry): TownshipResult {
    const issues = [...entry.issues];
    if (entry.total !== null && entry.inBatch > entry.total)
      issues.push(
        makeIssue(
          ['villagesTotal'],
          'too_many_villages',
          `${entry.inBatch} villages of the batch name this township but villagesTotal is ${entry.total}; the total must count every registered village`,
          { count: entry.inBatch, max: entry.total },
        ),
      );
    const villages = { total: entry.total, inBatch: entry.inBatch, ...entry.byRating };
    const head = {
      id: entry.id,
      ...(entry.name === undefined ? {} : { name: entry.name }),
    };
    const tail = entry.meta === undefined ? {} : { meta: entry.meta };
    if (entry.fields === undefined || issues.length > 0 || this.rules === undefined) {
      const error = entry.id === null ? { issues } : { id: entry.id, issues };
      return {
        ...head,
        rating: null,
        gatesFailed: null,
        villages,
        shares: null,
        npl: null,
        nplIncrement: null,
        performing: null,
        errors: [error as TownshipResult['errors'][number]],
        ...tail,
      };
    }
    const rated = rateTownship(entry.fields, entry.byRating, this.rules, this.model);
    return {
      ...head,
      rating: rated.rating,
      gatesFailed: rated.gatesFailed,
      villages,
      shares: rated.shares,
      npl: rated.npl,
      nplIncrement: rated.nplIncrement,
      performing: rated.performing,
      errors: [],
      ...tail,
    };
  }

  /**
   * The county (docs/model.md §9), or undefined without townships: over the townships whose own
   * fields are valid; `creditCounty` is `null` when any township is not rated.
   */
  county(results: readonly TownshipResult[] = this.results()): CountyResult | undefined {
    if (this.#entries.length === 0 || this.rules === undefined) return undefined;
    const { rules } = this;
    const { ratioDecimals, ratioRounding } = this.model.display;
    const bands = new Set(rules.ratings.map((r) => r.code));
    let villagesTotal = 0;
    let creditVillages = 0;
    let townships = 0;
    let creditTownships = 0;
    let nonPerforming = ZERO;
    let balance = ZERO;
    let unrated = false;
    this.#entries.forEach((entry, i) => {
      const result = results[i] as TownshipResult;
      if (result.rating === null) unrated = true;
      if (result.errors.length > 0 || entry.fields === undefined) return;
      townships++;
      villagesTotal += entry.fields.villagesTotal;
      for (const rating of rules.creditVillageRatings)
        creditVillages += entry.byRating[rating] ?? 0;
      if (result.rating !== null && bands.has(result.rating)) creditTownships++;
      nonPerforming = nonPerforming.plus(entry.fields.loans?.nonPerforming ?? 0);
      balance = balance.plus(entry.fields.loans?.balance ?? 0);
    });
    const ratio = (num: Dec, den: Dec) =>
      den.isZero() ? null : formatRatio(num, den, ratioDecimals, ratioRounding);
    const villageShare = { num: new Dec(creditVillages), den: new Dec(villagesTotal) };
    const townshipShare = { num: new Dec(creditTownships), den: new Dec(townships) };
    const npl = balance.isZero() ? { num: ZERO, den: ONE } : { num: nonPerforming, den: balance };
    const holds = (r: { num: Dec; den: Dec }, c: { when: '>=' | '>' | '<=' | '<'; value: Dec }) =>
      compareRatio(r.den.isZero() ? ZERO : r.num, r.den.isZero() ? ONE : r.den, c.when, c.value);
    const c = rules.county;
    const credit =
      holds(villageShare, c.creditVillageShare) &&
      holds(townshipShare, c.creditTownshipShare) &&
      holds(npl, c.npl);
    return {
      creditCounty: unrated ? null : credit,
      villagesTotal,
      creditVillages,
      creditVillageShare: ratio(villageShare.num, villageShare.den),
      townships,
      creditTownships,
      creditTownshipShare: ratio(townshipShare.num, townshipShare.den),
      npl: balance.isZero()
        ? formatFixed(ZERO, ratioDecimals)
        : formatRatio(npl.num, npl.den, ratioDecimals, ratioRounding),
    };
  }

  /** Townships by rating: each band, `none` and `unrated`. */
  byRating(results: readonly TownshipResult[] = this.results()): Record<string, number> {
    const out: Record<string, number> = Object.fromEntries(
      (this.rules?.ratingKeys ?? ['none', 'unrated']).map((k) => [k, 0]),
    );
    for (const r of results) {
      const key = r.rating ?? 'unrated';
      out[key] = (out[key] ?? 0) + 1;
    }
    return out;
  }
}
