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
import { householdEvaluator } from './household-path.js';
import type { VillageLine } from './lines.js';
import type { EvaluateOptions } from './options.js';
import { orThrow } from './result.js';

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
    return this.record(this.evaluate(input, year, this.claim(id)));
  }

  /**
   * Evaluates one village without claiming its id or counting it: what a worker thread does.
   * `duplicate` marks the village as repeating an earlier id (a village error).
   *
   * @throws {InputError} when neither the evaluator nor the call has a valid evaluation year.
   */
  evaluate(input: unknown, evalYear?: number, duplicate = false): VillageResult {
    const { value, duplicateKeys } = unwrapJson(input);
    return evaluateVillageInput(value, {
      model: this.#resolved,
      evalYear: this.#evalYear ?? requireYear(evalYear),
      evaluateHousehold: this.#evaluateHousehold,
      duplicate,
      duplicateKeys,
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
    this.#summary.add(villageTally(result));
    return result;
  }

  /** Counts a tally made in another thread (see {@link villageTally}). */
  recordTally(tally: VillageTally): void {
    this.#summary.add(tally);
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

  /** The summary of every village evaluated so far. */
  summary(): BatchSummary {
    return this.#summary.result();
  }
}
