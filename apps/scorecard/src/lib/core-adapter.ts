/**
 * The app's only door to `@credit-village/core`: every number the app shows comes through here.
 * It turns the core's results and issues into what the views need, and maps issue paths to the
 * keys of form fields. It holds no scoring logic of its own.
 */
import {
  BatchEvaluator,
  BOUNDS,
  readBatchEnvelope as checkEnvelope,
  checkHousehold,
  defaultModel as coreDefaultModel,
  explainHousehold,
  formatPath,
  type HouseholdExplanation,
  type HouseholdRecord,
  InputError,
  type Issue,
  type Model,
  safeParseModel,
  type VillageResult,
} from '@credit-village/core';

export type {
  BatchSummary,
  Bins,
  ComponentReceipt,
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
  RecordError,
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
