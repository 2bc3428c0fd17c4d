/**
 * The app's only door to `@credit-village/core`: every number the app shows comes through here.
 * It turns the core's results and issues into what the views need, and maps issue paths to the
 * keys of form fields. It holds no scoring logic of its own.
 */
import {
  BatchEvaluator,
  type BatchResult,
  BOUNDS,
  type ComparisonReport,
  readBatchEnvelope as checkEnvelope,
  checkHousehold,
  compareModels,
  compareResults,
  defaultModel as coreDefaultModel,
  explainHousehold,
  formatPath,
  type GradeAdvice,
  type HouseholdExplanation,
  type HouseholdRecord,
  InputError,
  type Issue,
  type Model,
  nextGradeOptions,
  type PublicNotice,
  parseResultDocument,
  publicNotice,
  safeParseModel,
  type VillageResult,
} from '@credit-village/core';

export type {
  AdviceChange,
  AdviceOption,
  BatchResult,
  BatchSummary,
  Bins,
  ComparisonReport,
  ComparisonSection,
  ComponentReceipt,
  CreditChange,
  GradeAdvice,
  HouseholdExplanation,
  HouseholdRecord,
  HouseholdResult,
  Issue,
  Label,
  LimitReceipt,
  LineReceipt,
  Model,
  ModelDocument,
  ModelStamp,
  NoticeRow,
  PublicNotice,
  RatingMove,
  RecordError,
  Stability,
  VillageComparison,
  VillageItem,
  VillageResult,
} from '@credit-village/core';

/** The core's default model (`wangjiang-default`). */
export function defaultModel(): Model {
  return coreDefaultModel();
}

/** A model document checked by the core: the model, or every problem with its path. */
export type ModelLoad =
  | { readonly ok: true; readonly model: Model }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Validates a parsed model document (a county's parameter tables). */
export function loadModel(document: unknown): ModelLoad {
  const parsed = safeParseModel(document);
  return parsed.ok ? { ok: true, model: parsed.value } : { ok: false, issues: parsed.issues };
}

/**
 * The key of the field at `path`, as the core prints paths: `houses[0].areaM2`. Form fields use
 * these keys as names, so an issue finds its field by its path alone.
 */
export function fieldKey(path: readonly (string | number)[]): string {
  return formatPath(path);
}

/**
 * The outcome of scoring a household: the validated record and its full receipt, or every
 * issue (nothing half-done).
 */
export type HouseholdOutcome =
  | {
      readonly ok: true;
      readonly record: HouseholdRecord;
      readonly explanation: HouseholdExplanation;
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Checks and explains a household record under a model and evaluation year. An invalid year is
 * reported at `evalYear`, alongside the record's own issues (checked against the latest allowed
 * year so that they are still all listed).
 */
export function scoreHousehold(record: unknown, evalYear: unknown, model: Model): HouseholdOutcome {
  const yearIssues = evalYearIssues(evalYear, model);
  const year = yearIssues.length === 0 ? (evalYear as number) : BOUNDS.maxYear;
  const checked = checkHousehold(record, { evalYear: year, model });
  const issues = [...yearIssues, ...(checked.ok ? [] : checked.issues)];
  if (!checked.ok || issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    record: checked.value,
    explanation: explainHousehold(checked.value, { evalYear: year, model }),
  };
}

/** Every issue of a household record as the core sees it (for a file being loaded). */
export function householdIssues(
  record: unknown,
  evalYear: unknown,
  model: Model,
): readonly Issue[] {
  const outcome = scoreHousehold(record, evalYear, model);
  return outcome.ok ? [] : outcome.issues;
}

function evalYearIssues(evalYear: unknown, model: Model): readonly Issue[] {
  try {
    checkHousehold(null, { evalYear: evalYear as number, model });
    return [];
  } catch (error) {
    if (error instanceof InputError) return error.issues;
    throw error;
  }
}

/** Issues sorted onto the fields that show them, and those no field can show. */
export interface PlacedIssues {
  readonly byField: ReadonlyMap<string, readonly Issue[]>;
  readonly unplaced: readonly Issue[];
}

/**
 * Puts each issue on the nearest field that exists: the field at its path, else the closest
 * enclosing group (`houses[0]`, `civility`, …). Issues with no such field are `unplaced`.
 */
export function placeIssues(issues: readonly Issue[], keys: ReadonlySet<string>): PlacedIssues {
  const byField = new Map<string, Issue[]>();
  const unplaced: Issue[] = [];
  for (const issue of issues) {
    let placed = false;
    for (let length = issue.path.length; length > 0 && !placed; length--) {
      const key = formatPath(issue.path.slice(0, length));
      if (keys.has(key)) {
        byField.set(key, [...(byField.get(key) ?? []), issue]);
        placed = true;
      }
    }
    if (!placed) unplaced.push(issue);
  }
  return { byField, unplaced };
}

/** The top of a batch document once the core has accepted it, or why it is unusable. */
export type BatchEnvelope =
  | { readonly ok: true; readonly evalYear: number; readonly villages: readonly unknown[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Checks a batch document's top level (object, `villages` array, `evalYear`, no unknown keys)
 * with the core's own rules, without evaluating any village yet.
 */
export function readBatchEnvelope(document: unknown, evalYear?: unknown): BatchEnvelope {
  try {
    const envelope = checkEnvelope(
      document,
      evalYear === undefined ? undefined : (evalYear as number),
    );
    return { ok: true, evalYear: envelope.evalYear, villages: envelope.villages };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, issues: error.issues };
    throw error;
  }
}

/** Evaluates villages one by one with a running summary (the core's `BatchEvaluator`). */
export type VillageEvaluator = BatchEvaluator;

/** A village evaluator, or why it cannot be made (an invalid evaluation year). */
export type EvaluatorOutcome =
  | { readonly ok: true; readonly evaluator: VillageEvaluator }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * A village evaluator for a model. With `evalYear` (checked by the core), every village is
 * evaluated in that year; without, each call to {@link evaluateVillage} must give one.
 */
export function villageEvaluator(model: Model, evalYear?: unknown): EvaluatorOutcome {
  try {
    const evaluator = new BatchEvaluator(
      evalYear === undefined ? { model } : { model, evalYear: evalYear as number },
    );
    return { ok: true, evaluator };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, issues: error.issues };
    throw error;
  }
}

/**
 * Evaluates one village; a village without a usable evaluation year becomes a rejected result
 * carrying the core's issue, so that it is still listed and counted.
 */
export function evaluateVillage(
  evaluator: VillageEvaluator,
  input: unknown,
  evalYear?: unknown,
): VillageResult {
  try {
    // A year read from a file may be anything: the core checks it and says what is wrong.
    return evaluator.village(input, evalYear as number | undefined);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    const id = isObject(input) && typeof input.id === 'string' ? input.id : null;
    return evaluator.reject(error.issues, id);
  }
}

/** Records an input that is not a village at all (an NDJSON line that is not JSON). */
export function rejectVillage(
  evaluator: VillageEvaluator,
  issue: Issue,
  id: string | null = null,
): VillageResult {
  return evaluator.reject([issue], id);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value computed by the core, or the core's issues when its input was unusable. */
export type Checked<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Runs a core call, turning its `InputError` into issues (any other error is a bug: rethrown). */
function checked<T>(call: () => T): Checked<T> {
  try {
    return { ok: true, value: call() };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, issues: error.issues };
    throw error;
  }
}

/**
 * Next-grade advice for a valid household record (from {@link scoreHousehold}): the smallest
 * changes that reach the next grade, each with the score, grade and limit the model gives the
 * changed record; for a vetoed household, the vetoes to clear and the grade its score would give.
 */
export function gradeAdvice(
  record: HouseholdRecord,
  evalYear: number,
  model: Model,
): Checked<GradeAdvice> {
  return checked(() => nextGradeOptions(record, { evalYear, model }));
}

/** A result document (as written by `credit-village evaluate`) read by the core, or its issues. */
export function readResultDocument(document: unknown): Checked<BatchResult> {
  return checked(() => parseResultDocument(document));
}

/**
 * Two result documents already read by {@link readResultDocument} compared: last year's (or
 * the first model's) `before`, this year's `after`.
 */
export function compareResultDocuments(before: BatchResult, after: BatchResult): ComparisonReport {
  return compareResults(before, after);
}

/** One batch document evaluated under two models and compared (`before` is `modelA`'s). */
export function compareBatchModels(
  batch: unknown,
  modelA: Model,
  modelB: Model,
): Checked<ComparisonReport> {
  return checked(() => compareModels(batch, modelA, modelB));
}

/** Options of {@link villageNotice}. */
export interface VillageNoticeOptions {
  readonly model: Model;
  /** The first day of the notice period, as typed (`YYYY-MM-DD`; the core checks it). */
  readonly date: string;
  /** The length of the notice period in days, as typed (the core checks it). */
  readonly days?: number;
}

/**
 * The public notice (公示) of one village of a batch document: masked names and id numbers,
 * grades and limits, with ready-to-save CSV and HTML, all made by the core.
 */
export function villageNotice(
  batch: unknown,
  villageId: string,
  options: VillageNoticeOptions,
): Checked<PublicNotice> {
  return checked(() =>
    publicNotice(batch, villageId, {
      model: options.model,
      date: options.date,
      ...(options.days === undefined ? {} : { days: options.days }),
    }),
  );
}
