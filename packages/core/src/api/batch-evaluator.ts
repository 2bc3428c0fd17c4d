import type { HouseholdEvaluator } from '../evaluate/reference.js';
import { SummaryBuilder, type VillageTally, villageTally } from '../evaluate/summary.js';
import { evaluateVillageInput } from '../evaluate/village.js';
import { villageIdOf } from '../evaluate/village-id.js';
import type { Issues } from '../issues.js';
import { unwrapJson, wholeIssue } from '../json/parse-json.js';
import { defaultModel } from '../model/default.js';
import { type ModelStamp, modelStamp } from '../model/model.js';
import { type ResolvedModel, resolveModel } from '../model/resolve.js';
import { checkEvalYear } from '../schema/eval-year.js';
import { idKey } from '../schema/ids.js';
import type { BatchSummary, RecordError, VillageResult } from '../types/result.js';
import { type EntityOutcome, entityIdOf } from './entity-outcome.js';
import { EntityParts, type TownshipOutcome } from './entity-parts.js';
import { entityEvaluator } from './entity-path.js';
import { householdEvaluator } from './household-path.js';
import type { BatchLine, VillageLine } from './lines.js';
import type { EvaluateOptions } from './options.js';
import { orThrow } from './result.js';

/** What {@link BatchEvaluator.batchLine} made of a line. */
export type BatchLineOutcome =
  | { readonly kind: 'village'; readonly result: VillageResult }
  | { readonly kind: 'entity'; readonly outcome: EntityOutcome }
  | { readonly kind: 'township' };

/** A household record of a village that could not be evaluated, as an error entry. */
function notEvaluated(record: unknown, index: number): RecordError {
  const id =
    typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
  const issue = wholeIssue(
    'not_evaluated',
    'not evaluated: its village could not be evaluated (see the village error)',
    { rule: 'villageNotEvaluated' },
  );
  return typeof id === 'string' && id !== ''
    ? { index, id, issues: [issue] }
    : { index, issues: [issue] };
}

function requireYear(value: unknown): number {
  return orThrow(checkEvalYear(value), 'invalid evaluation year');
}

/**
 * Evaluates villages one at a time with a running summary: the engine behind
 * {@link evaluateBatch}, and what a streaming caller (the command's NDJSON mode) uses directly.
 * Village ids are checked for repeats across every village it sees.
 */
export class BatchEvaluator {
  /** The model's `{ id, version, hash }`, for the result. */
  readonly model: ModelStamp;
  readonly #resolved: ResolvedModel;
  readonly #evaluateHousehold: HouseholdEvaluator;
  readonly #seen = new Set<string>();
  readonly #summary: SummaryBuilder;
  readonly #evalYear: number | undefined;
  // Entities, townships and the county (docs/model.md §8–9).
  readonly #parts: EntityParts;

  /** @throws {InputError} when `options.evalYear` is given and not a year from 1900 to 2100. */
  constructor(options: EvaluateOptions = {}) {
    const model = options.model ?? defaultModel();
    this.#resolved = resolveModel(model);
    this.model = modelStamp(model);
    this.#evaluateHousehold = householdEvaluator(model, options);
    this.#summary = new SummaryBuilder(this.#resolved);
    this.#evalYear =
      options.evalYear === undefined
        ? undefined
        : orThrow(checkEvalYear(options.evalYear), 'invalid evaluation year');
    this.#parts = new EntityParts(this.#resolved, entityEvaluator(model, options));
  }

  /**
   * Evaluates one village (any JSON value: a bad one becomes a result with errors, never a
   * throw) and counts it in the summary. `evalYear` is used when the evaluator has none.
   * Equivalent to `record(evaluate(input, evalYear, claim(villageIdOf(input))))`.
   *
   * @throws {InputError} when neither the evaluator nor the call has a valid evaluation year.
   */
  village(input: unknown, evalYear?: number): VillageResult {
    const year = this.#evalYear ?? requireYear(evalYear);
    const id = villageIdOf(unwrapJson(input).value);
    return this.record(this.evaluate(input, year, this.claim(id), 'check'));
  }

  /**
   * Evaluates one village without claiming its id or counting it: what a worker thread does.
   * `duplicate` marks the village as repeating an earlier id (a village error).
   *
   * @throws {InputError} when neither the evaluator nor the call has a valid evaluation year.
   */
  evaluate(
    input: unknown,
    evalYear?: number,
    duplicate = false,
    townships: 'check' | 'trust' = 'trust',
  ): VillageResult {
    const { value, duplicateKeys } = unwrapJson(input);
    return evaluateVillageInput(value, {
      model: this.#resolved,
      evalYear: this.#evalYear ?? requireYear(evalYear),
      evaluateHousehold: this.#evaluateHousehold,
      duplicate,
      duplicateKeys,
      ...(townships === 'check' ? { townships: this.#parts.townships } : {}),
    });
  }

  /** Claims a village id for this batch: true when an earlier village already had it. */
  claim(id: string | null): boolean {
    if (id === null) return false;
    const key = idKey(id);
    if (this.#seen.has(key)) return true;
    this.#seen.add(key);
    return false;
  }

  /** Counts a village result (or a tally of one, from another thread) in the summary. */
  record(result: VillageResult): VillageResult {
    this.recordTally(villageTally(result));
    return result;
  }

  /** Counts a tally made in another thread (see {@link villageTally}), in its township too. */
  recordTally(tally: VillageTally): void {
    this.#summary.add(tally);
    if (tally.township !== null) this.#parts.townships.count(tally.township, tally.rating);
  }

  /**
   * Records an input that could not be evaluated as a village (an NDJSON line that is not JSON,
   * or has no usable evaluation year): an unrated village result with the given issues, and each
   * of its household records, when it had any, listed as not evaluated. It is counted in the
   * summary as an invalid village, so nothing sent goes unreported.
   */
  reject(
    issues: Issues,
    id: string | null = null,
    households: readonly unknown[] = [],
  ): VillageResult {
    return this.record(this.rejected(issues, id, households));
  }

  /** The result {@link reject} records, without counting it (for a worker thread). */
  rejected(
    issues: Issues,
    id: string | null = null,
    households: readonly unknown[] = [],
  ): VillageResult {
    return {
      id,
      rating: null,
      score: null,
      items: null,
      gatesFailed: null,
      counts: {
        householdsTotal: null,
        collected: households.length,
        invalid: households.length,
        creditHouseholds: 0,
        vetoed: 0,
        byGrade: Object.fromEntries(this.#resolved.gradeCodes.map((g) => [g, 0])),
      },
      totalLimit: '0.00',
      households: [],
      errors: [id === null ? { issues } : { id, issues }, ...households.map(notEvaluated)],
    };
  }

  /**
   * One NDJSON line read by `readVillageLine`: its village evaluated, claimed and counted, or
   * the line rejected and counted. What a single-thread reader of NDJSON calls for every line.
   */
  line(line: VillageLine): VillageResult {
    return line.kind === 'village'
      ? this.village(line.village, line.evalYear)
      : this.reject(line.issues, line.id, line.households);
  }

  /**
   * The summary of every village evaluated so far, with the entities' tallies when entities
   * were seen and the townships by rating when townships were.
   */
  summary(): BatchSummary {
    return { ...this.#summary.result(), ...this.#parts.summary() };
  }

  // Entities, townships and the county (docs/model.md §8–9) ---------------------------------

  /**
   * Evaluates one entity record of the batch (any JSON value; a bad one becomes an error entry,
   * never a throw), claims its id and counts it. `evalYear` is used when the evaluator has none.
   * Equivalent to `recordEntity(evaluateEntity(input, evalYear, index, claimEntity(id)))`.
   *
   * @throws {InputError} when neither the evaluator nor the call has a valid evaluation year.
   */
  entity(input: unknown, evalYear?: number): EntityOutcome {
    const year = this.#evalYear ?? requireYear(evalYear);
    const index = this.#parts.nextEntityIndex();
    const first = this.claimEntity(entityIdOf(unwrapJson(input).value) ?? null, index);
    return this.recordEntity(this.evaluateEntity(input, year, index, first));
  }

  /**
   * Evaluates one entity without claiming its id or counting it (what a worker thread does):
   * `index` is its position among the batch's entities, `firstIndex` the position of an earlier
   * entity with the same id (the record is then an error at `["id"]`).
   */
  evaluateEntity(input: unknown, evalYear?: number, index = 0, firstIndex?: number): EntityOutcome {
    return this.#parts.evaluateEntity(
      input,
      this.#evalYear ?? requireYear(evalYear),
      index,
      firstIndex,
    );
  }

  /**
   * Claims an entity id for this batch at position `index`: the position of an earlier entity
   * with the same id, or undefined when it is the first.
   */
  claimEntity(id: string | null, index: number): number | undefined {
    return this.#parts.claimEntity(id, index);
  }

  /** Counts an entity outcome (or an entity rejected before evaluation) in the summary. */
  recordEntity(outcome: EntityOutcome): EntityOutcome {
    this.#parts.recordEntity(outcome);
    return outcome;
  }

  /**
   * An entity that could not be evaluated (an NDJSON line without a usable year), counted. Its id
   * is not claimed, as a rejected village line's is not.
   */
  rejectEntity(issues: Issues, id: string | null): EntityOutcome {
    const index = this.#parts.nextEntityIndex();
    const error = id === null || id === '' ? { index, issues } : { index, id, issues };
    return this.recordEntity({ ok: false, error });
  }

  /** Marks the batch as having entities (an empty `entities` array): the summary shows them. */
  expectEntities(): void {
    this.#parts.expectEntities();
  }

  /**
   * Registers a township record of the batch (before the villages that name it). Its problems
   * come out with its result, after the last village.
   */
  township(input: unknown): void {
    this.#parts.townships.add(input);
  }

  /** Marks the batch as having townships (an empty `townships` array). */
  expectTownships(): void {
    this.#parts.expectTownships();
  }

  /** Whether the batch has a township of this id (registered so far). */
  hasTownship(id: string): boolean {
    return this.#parts.townships.has(id);
  }

  /**
   * The townships in input order and the county (when there is a township), rolled up from the
   * villages counted so far; undefined when the batch has no townships.
   */
  townshipResults(): TownshipOutcome | undefined {
    return this.#parts.townshipResults();
  }

  /**
   * One NDJSON line read by `readBatchLine`: a village (evaluated, claimed, counted), an entity
   * (the same), a township (registered), or a rejected line (counted).
   */
  batchLine(line: BatchLine): BatchLineOutcome {
    switch (line.kind) {
      case 'entity':
        return { kind: 'entity', outcome: this.entity(line.entity, line.evalYear) };
      case 'entityRejected':
        return { kind: 'entity', outcome: this.rejectEntity(line.issues, line.id) };
      case 'township':
        this.township(line.township);
        return { kind: 'township' };
      default:
        return { kind: 'village', result: this.line(line) };
    }
  }
}
