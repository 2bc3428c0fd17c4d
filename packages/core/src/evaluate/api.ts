import { InputError, type Issue, type Issues, nonEmpty, type Result } from '../issues.js';
import { defaultModel } from '../model/default.js';
import { type Model, type ModelStamp, modelStamp } from '../model/model.js';
import { type ResolvedModel, resolveModel } from '../model/resolve.js';
import { buildNotice, type PublicNotice } from '../notice/notice.js';
import { BOUNDS } from '../schema/bounds.js';
import { describeType } from '../schema/decimal-text.js';
import { parseHouseholdReference } from '../schema/household.js';
import { batchResultSchema } from '../schema/result.js';
import { makeIssue, translateIssues } from '../schema/translate.js';
import type { HouseholdRecord } from '../types/input.js';
import type { BatchResult, BatchSummary, HouseholdResult, VillageResult } from '../types/result.js';
import { adviseRecord, type GradeAdvice } from './advice.js';
import { type CompareOptions, type ComparisonReport, compareResults } from './compare.js';
import { type CompiledModel, compileModel } from './compiled/compile.js';
import { explainRecord, type HouseholdExplanation } from './explain.js';
import { evaluateRecord } from './household.js';
import { SummaryBuilder, type VillageTally, villageTally } from './summary.js';
import { evaluateVillageInput, type HouseholdEvaluator, villageIdOf } from './village.js';

/** Options of the evaluation functions. */
export interface EvaluateOptions {
  /** The model to evaluate with; the default model when absent. */
  readonly model?: Model;
  /** The evaluation year; overrides a batch document's `evalYear`. */
  readonly evalYear?: number;
  /** Copy `head` (personal data) into household results. Default false. */
  readonly includePersonal?: boolean;
  /**
   * Force the decimal reference path for every household (for audits). By default households
   * run on the compiled integer path, which gives identical results.
   */
  readonly reference?: boolean;
}

/** Options when an evaluation year is required (a household or village alone). */
export interface EvaluateYearOptions extends EvaluateOptions {
  readonly evalYear: number;
}

const compiledCache = new WeakMap<Model, Map<boolean, CompiledModel>>();

/** The compiled model for `model`, built once per model and personal-data setting. */
export function compiledFor(model: Model, includePersonal: boolean): CompiledModel {
  let byFlag = compiledCache.get(model);
  if (byFlag === undefined) {
    byFlag = new Map();
    compiledCache.set(model, byFlag);
  }
  let compiled = byFlag.get(includePersonal);
  if (compiled === undefined) {
    compiled = compileModel(model, { includePersonal });
    byFlag.set(includePersonal, compiled);
  }
  return compiled;
}

/** The household path an evaluation uses: compiled by default, the reference when asked. */
function householdEvaluator(model: Model, options: EvaluateOptions): HouseholdEvaluator {
  const includePersonal = options.includePersonal === true;
  if (options.reference === true) return referenceEvaluator(resolveModel(model), includePersonal);
  const compiled = compiledFor(model, includePersonal);
  return (record, evalYear) => compiled.evaluateHousehold(record, evalYear);
}

/** The reference household path: validate with the zod schemas, evaluate with decimal.js. */
function referenceEvaluator(model: ResolvedModel, includePersonal: boolean): HouseholdEvaluator {
  return (record, evalYear) => {
    const parsed = parseHouseholdReference(record, model, evalYear);
    return parsed.ok
      ? { ok: true, value: evaluateRecord(parsed.value, model, evalYear, { includePersonal }) }
      : parsed;
  };
}

function checkEvalYear(
  evalYear: unknown,
  path: (string | number)[] = ['evalYear'],
): Issue | undefined {
  if (typeof evalYear !== 'number' || !Number.isInteger(evalYear)) {
    return makeIssue(
      path,
      evalYear === undefined ? 'required' : 'invalid_type',
      `the evaluation year must be a whole number from ${BOUNDS.minYear} to ${BOUNDS.maxYear}, got ${evalYear === undefined ? 'nothing' : describeType(evalYear)}`,
    );
  }
  if (evalYear < BOUNDS.minYear || evalYear > BOUNDS.maxYear) {
    return makeIssue(
      path,
      evalYear < BOUNDS.minYear ? 'too_small' : 'too_big',
      `the evaluation year must be from ${BOUNDS.minYear} to ${BOUNDS.maxYear}, got ${evalYear}`,
    );
  }
  return undefined;
}

function requireEvalYear(evalYear: unknown): number {
  const issue = checkEvalYear(evalYear);
  if (issue !== undefined) throw new InputError([issue], 'invalid evaluation year');
  return evalYear as number;
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
    this.#evalYear = options.evalYear === undefined ? undefined : requireEvalYear(options.evalYear);
  }

  /**
   * Evaluates one village (any JSON value: a bad one becomes a result with errors, never a
   * throw) and counts it in the summary. `evalYear` is used when the evaluator has none.
   * Equivalent to `record(evaluate(input, evalYear, claim(villageIdOf(input))))`.
   *
   * @throws {InputError} when neither the evaluator nor the call has a valid evaluation year.
   */
  village(input: unknown, evalYear?: number): VillageResult {
    const year = this.#evalYear ?? requireEvalYear(evalYear);
    return this.record(this.evaluate(input, year, this.claim(villageIdOf(input))));
  }

  /**
   * Evaluates one village without claiming its id or counting it: what a worker thread does.
   * `duplicate` marks the village as repeating an earlier id (a village error).
   *
   * @throws {InputError} when neither the evaluator nor the call has a valid evaluation year.
   */
  evaluate(input: unknown, evalYear?: number, duplicate = false): VillageResult {
    return evaluateVillageInput(input, {
      model: this.#resolved,
      evalYear: this.#evalYear ?? requireEvalYear(evalYear),
      evaluateHousehold: this.#evaluateHousehold,
      duplicate,
    });
  }

  /** Claims a village id for this batch: true when an earlier village already had it. */
  claim(id: string | null): boolean {
    if (id === null) return false;
    if (this.#seen.has(id)) return true;
    this.#seen.add(id);
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
   * Records an input that is not a village at all (an NDJSON line that is not JSON, say): an
   * unrated village result with no households and the given issues, counted in the summary as
   * an invalid village, so nothing sent goes unreported.
   */
  reject(issues: Issues, id: string | null = null): VillageResult {
    return this.record(this.rejected(issues, id));
  }

  /** The result {@link reject} records, without counting it (for a worker thread). */
  rejected(issues: Issues, id: string | null = null): VillageResult {
    return {
      id,
      rating: null,
      score: null,
      items: null,
      gatesFailed: null,
      counts: {
        householdsTotal: null,
        collected: 0,
        invalid: 0,
        creditHouseholds: 0,
        vetoed: 0,
        byGrade: Object.fromEntries(this.#resolved.gradeCodes.map((g) => [g, 0])),
      },
      totalLimit: '0.00',
      households: [],
      errors: [id === null ? { issues } : { id, issues }],
    };
  }

  /** The summary of every village evaluated so far. */
  summary(): BatchSummary {
    return this.#summary.result();
  }
}

/**
 * Evaluates a batch document (FORMATS.md): every village and household, with the model's stamp
 * and a summary. Bad villages and households are reported inside the result (`errors`), and the
 * valid ones are still scored.
 *
 * @param document the parsed JSON of a batch document: `{ evalYear, villages: [...] }`.
 * @throws {InputError} when the document is unusable: not an object, no `villages` array, no
 *   valid `evalYear` (and none in `options`), or unknown top-level keys.
 * @example
 * const result = evaluateBatch(JSON.parse(text));
 * result.villages[0].rating; // 'AAA' | 'AA' | 'A' | 'none' | null
 */
export function evaluateBatch(document: unknown, options: EvaluateOptions = {}): BatchResult {
  const { evalYear, villages } = readBatchEnvelope(document, options.evalYear);
  const evaluator = new BatchEvaluator({ ...options, evalYear });
  const results = villages.map((village) => evaluator.village(village));
  return { model: evaluator.model, evalYear, villages: results, summary: evaluator.summary() };
}

const ENVELOPE_KEYS = new Set(['evalYear', 'villages', 'meta']);

/**
 * Reads the top level of a batch document (`evalYear`, `villages`, optional `meta`), listing
 * every reason it is unusable; `evalYearOverride` replaces the document's year.
 *
 * @throws {InputError} when the document is not an object, has no `villages` array, no valid
 *   `evalYear`, or unknown top-level keys.
 */
export function readBatchEnvelope(
  document: unknown,
  evalYearOverride?: number,
): { evalYear: number; villages: readonly unknown[] } {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new InputError(
      [
        makeIssue(
          [],
          'invalid_document',
          `a batch document is a JSON object { "evalYear": …, "villages": [ … ] }, got ${describeType(document)}`,
        ),
      ],
      'unusable batch document',
    );
  }
  const doc = document as Record<string, unknown>;
  const issues: Issue[] = [];
  for (const key of Object.keys(doc)) {
    if (!ENVELOPE_KEYS.has(key))
      issues.push(
        makeIssue(
          [key],
          'unknown_key',
          `unknown top-level field; a batch document has evalYear, villages and optionally meta`,
        ),
      );
  }
  if (!Array.isArray(doc.villages)) {
    issues.push(
      makeIssue(
        ['villages'],
        doc.villages === undefined ? 'required' : 'invalid_type',
        `a batch document needs a "villages" array, got ${describeType(doc.villages)}`,
      ),
    );
  }
  const evalYear = evalYearOverride ?? doc.evalYear;
  const yearIssue = checkEvalYear(evalYear);
  if (yearIssue !== undefined) issues.push(yearIssue);
  if (nonEmpty(issues)) throw new InputError(issues, 'unusable batch document');
  return { evalYear: evalYear as number, villages: doc.villages as unknown[] };
}

/**
 * Evaluates one village alone (its id is not checked against other villages).
 *
 * @throws {InputError} only when `options.evalYear` is not a valid year; a bad village or
 *   household is reported inside the result.
 */
export function evaluateVillage(village: unknown, options: EvaluateYearOptions): VillageResult {
  return new BatchEvaluator(options).village(village);
}

/**
 * Validates a household record under a model and year without evaluating it: the trusted
 * record, or every issue with its path. The scorecard uses it to mark fields.
 */
export function checkHousehold(
  record: unknown,
  options: EvaluateYearOptions,
): Result<HouseholdRecord> {
  const evalYear = requireEvalYear(options.evalYear);
  return parseHouseholdReference(record, resolveModel(options.model ?? defaultModel()), evalYear);
}

/**
 * Evaluates one household record: asset lines, totals, score components, grade, credit-household
 * flag, limit and the term that bound it.
 *
 * @throws {InputError} listing every problem when the record is invalid.
 * @example
 * const h = evaluateHousehold(record, { evalYear: 2024 });
 * h.grade; // 'AAA'
 * h.limit; // '163000.00'
 */
export function evaluateHousehold(record: unknown, options: EvaluateYearOptions): HouseholdResult {
  const evalYear = requireEvalYear(options.evalYear);
  const result = householdEvaluator(options.model ?? defaultModel(), options)(record, evalYear);
  if (!result.ok) throw new InputError(result.issues, 'invalid household record');
  return result.value;
}

/**
 * The calculation receipt of one household: every asset line with its formula, inputs and
 * exact value before rounding; every component with the bin or rule that applied; the grade
 * band; the limit's base, terms, raw value, cap and rounding.
 *
 * @throws {InputError} listing every problem when the record is invalid.
 */
export function explainHousehold(
  record: unknown,
  options: EvaluateYearOptions,
): HouseholdExplanation {
  const evalYear = requireEvalYear(options.evalYear);
  const model = resolveModel(options.model ?? defaultModel());
  const parsed = parseHouseholdReference(record, model, evalYear);
  if (!parsed.ok) throw new InputError(parsed.issues, 'invalid household record');
  return explainRecord(parsed.value, model, evalYear);
}

/**
 * Next-grade advice (MODEL.md grades): for a household below the top grade, the smallest exact
 * changes to its record that reach the next grade, each with the new score, grade and limit
 * computed by the model itself. A vetoed household's advice names the vetoes to clear.
 *
 * @throws {InputError} listing every problem when the record is invalid.
 */
export function nextGradeOptions(record: unknown, options: EvaluateYearOptions): GradeAdvice {
  const evalYear = requireEvalYear(options.evalYear);
  const model = resolveModel(options.model ?? defaultModel());
  const parsed = parseHouseholdReference(record, model, evalYear);
  if (!parsed.ok) throw new InputError(parsed.issues, 'invalid household record');
  return adviseRecord(parsed.value, model, evalYear);
}

/**
 * Reads a result document (as written by `evaluateBatch` or the command) for comparison.
 *
 * @throws {InputError} listing every problem when it is not a result document.
 */
export function parseResultDocument(document: unknown): BatchResult {
  const parsed = batchResultSchema.safeParse(document);
  if (parsed.success) return parsed.data as BatchResult;
  const issues = translateIssues(parsed.error.issues);
  throw new InputError(
    nonEmpty(issues) ? issues : [makeIssue([], 'invalid_document', 'not a result document')],
    'not a result document',
  );
}

/**
 * Year-over-year (or any two evaluations): see {@link compareResults}. Both arguments are
 * result documents; unknown JSON is read with {@link parseResultDocument}. `options.models`
 * are the models they may have been made with (their scores and grades are checked against
 * them).
 *
 * @throws {InputError} when either is not a result document, or holds a score, grade or rating
 *   its model does not give.
 */
export function compareEvaluations(
  before: unknown,
  after: unknown,
  options: CompareOptions = {},
): ComparisonReport {
  return compareResults(parseResultDocument(before), parseResultDocument(after), options);
}

/**
 * The same batch evaluated under two models, compared: grade migration, households whose
 * credit status changes, total-limit change per village, villages whose rating changes.
 *
 * @throws {InputError} when the batch document is unusable.
 */
export function compareModels(
  batch: unknown,
  modelA: Model,
  modelB: Model,
  options: Omit<EvaluateOptions, 'model'> = {},
): ComparisonReport {
  return compareResults(
    evaluateBatch(batch, { ...options, model: modelA }),
    evaluateBatch(batch, { ...options, model: modelB }),
    { models: [modelA, modelB] },
  );
}

/** Options of {@link publicNotice}. */
export interface NoticeOptions extends EvaluateOptions {
  /** The first day of the notice period, `YYYY-MM-DD`. */
  readonly date: string;
  /** Length of the notice period in days (default 7). */
  readonly days?: number;
}

/**
 * The public notice (公示) of one village of a batch: every evaluated household with its masked
 * name (first character kept) and id number, grade, credit-household flag and limit; the notice
 * period; the model id; and the same as UTF-8 CSV (with a BOM) and a printable HTML page.
 *
 * @throws {InputError} when the batch is unusable, the village is not in it, or the date is invalid.
 */
export function publicNotice(
  batch: unknown,
  villageId: string,
  options: NoticeOptions,
): PublicNotice {
  const { evalYear, villages } = readBatchEnvelope(batch, options.evalYear);
  const input = villages.find(
    (v) => typeof v === 'object' && v !== null && (v as { id?: unknown }).id === villageId,
  );
  if (input === undefined) {
    const ids = villages
      .map((v) => (typeof v === 'object' && v !== null ? (v as { id?: unknown }).id : undefined))
      .filter((id) => typeof id === 'string');
    throw new InputError(
      [
        makeIssue(
          ['villages'],
          'invalid_value',
          `no village with id ${JSON.stringify(villageId)} in the batch (villages: ${ids.slice(0, 20).join(', ')}${ids.length > 20 ? ', …' : ''})`,
        ),
      ],
      'unknown village',
    );
  }
  const model = options.model ?? defaultModel();
  const village = new BatchEvaluator({
    ...options,
    model,
    evalYear,
    includePersonal: false,
  }).village(input);
  const labels = new Map<string, string>([
    ...model.document.grades.map((g): [string, string] => [g.code, g.label?.zh ?? '']),
    [model.document.vetoes.grade, model.document.vetoes.label?.zh ?? '不予评级'],
  ]);
  const records = (input as { households?: unknown }).households;
  return buildNotice({
    village,
    records: Array.isArray(records) ? records : [],
    model: modelStamp(model),
    evalYear,
    gradeLabels: labels,
    date: options.date,
    days: options.days ?? 7,
  });
}
