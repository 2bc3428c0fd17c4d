import { EntitySummaryBuilder, entityTally } from '../evaluate/entity/entity-summary.js';
import type { EntityEvaluator } from '../evaluate/entity/reference-entity.js';
import { TownshipRollup } from '../evaluate/township/township-rollup.js';
import type { Issue } from '../issues.js';
import { duplicateKeyIssue, unwrapJson } from '../json/parse-json.js';
import type { ResolvedModel } from '../model/resolve.js';
import { idKey } from '../schema/ids.js';
import type { CountyResult, EntitySummary, TownshipResult } from '../types/entity-result.js';
import { duplicateEntityIssue, type EntityOutcome, entityIdOf } from './entity-outcome.js';

/** The townships of a batch in input order, and the county they make (when there is one). */
export interface TownshipOutcome {
  readonly townships: readonly TownshipResult[];
  readonly county?: CountyResult;
}

/**
 * What a batch evaluation keeps for its entities and townships (docs/model.md §8–9): the entity
 * ids claimed, the entity tallies, and the townships' roll-up. Counts only: its memory grows
 * with the townships and the entity ids, never with the villages.
 */
export class EntityParts {
  readonly townships: TownshipRollup;
  readonly #evaluate: EntityEvaluator;
  readonly #summary: EntitySummaryBuilder;
  readonly #firstIndexOfId = new Map<string, number>();
  #entities = 0;
  #entitiesSeen = false;
  #townshipsSeen = false;

  constructor(model: ResolvedModel, evaluate: EntityEvaluator) {
    this.townships = new TownshipRollup(model, model.township);
    this.#evaluate = evaluate;
    this.#summary = new EntitySummaryBuilder(model);
  }

  /** The position the next entity of the batch takes. */
  nextEntityIndex(): number {
    this.#entitiesSeen = true;
    return this.#entities++;
  }

  claimEntity(id: string | null, index: number): number | undefined {
    if (id === null || id === '') return undefined;
    const key = idKey(id);
    const first = this.#firstIndexOfId.get(key);
    if (first === undefined) this.#firstIndexOfId.set(key, index);
    return first;
  }

  evaluateEntity(
    input: unknown,
    evalYear: number,
    index: number,
    firstIndex: number | undefined,
  ): EntityOutcome {
    const { value, duplicateKeys } = unwrapJson(input);
    const result = this.#evaluate(value, evalYear);
    const issues: Issue[] = result.ok ? [] : [...result.issues];
    for (const path of duplicateKeys) issues.push(duplicateKeyIssue(path));
    const id = entityIdOf(value);
    if (id !== undefined && firstIndex !== undefined)
      issues.unshift(duplicateEntityIssue(id, firstIndex));
    if (result.ok && issues.length === 0) return { ok: true, result: result.value };
    const [first, ...rest] = issues;
    if (first === undefined) throw new Error('an invalid entity without issues');
    return {
      ok: false,
      error:
        id === undefined
          ? { index, issues: [first, ...rest] }
          : { index, id, issues: [first, ...rest] },
    };
  }

  recordEntity(outcome: EntityOutcome): void {
    this.#entitiesSeen = true;
    this.#summary.add(entityTally(outcome.ok ? outcome.result : undefined));
  }

  expectEntities(): void {
    this.#entitiesSeen = true;
  }

  expectTownships(): void {
    this.#townshipsSeen = true;
  }

  townshipResults(): TownshipOutcome | undefined {
    if (!this.#townshipsSeen && this.townships.size === 0) return undefined;
    const townships = this.townships.results();
    const county = this.townships.county(townships);
    return county === undefined ? { townships } : { townships, county };
  }

  /** The summary's additions: `entities` and `byTownshipRating`, when the batch has them. */
  summary(): { entities?: EntitySummary; byTownshipRating?: Record<string, number> } {
    const out: { entities?: EntitySummary; byTownshipRating?: Record<string, number> } = {};
    if (this.#entitiesSeen) out.entities = this.#summary.result();
    if (this.#townshipsSeen || this.townships.size > 0)
      out.byTownshipRating = this.townships.byRating();
    return out;
  }
}
