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
  checkEntity,
  checkEvalYear,
  checkHousehold,
  compareResults,
  defaultModel as coreDefaultModel,
  type EntityExplanation,
  type EntityGradeAdvice,
  type EntityNotice,
  type EntityRecord,
  formatPath,
  type GradeAdvice,
  type HouseholdExplanation,
  type HouseholdRecord,
  type Issue,
  type Model,
  type PublicNotice,
  type Result,
  safeCompareModels,
  safeExplainEntity,
  safeExplainHousehold,
  safeNextEntityGradeOptions,
  safeNextGradeOptions,
  safeParseModel,
  safeParseResultDocument,
  safePublicEntityNotice,
  safePublicNotice,
  safeReadBatchEnvelope,
  type VillageLine,
  type VillageResult,
} from '@credit-village/core';

export type {
  AdviceChange,
  AdviceOption,
  BatchResult,
  BatchSummary,
  Bins,
  Comparison,
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
  Result,
  Stability,
  VillageComparison,
  VillageItem,
  VillageLine,
  VillageResult,
} from '@credit-village/core';
export {
  chineseDate,
  fieldLabel,
  fieldLabelParts,
  groupCount,
  issueLine,
  issueMessage,
  type JsonPath,
  livestockUnit,
  ParsedJson,
  type RecordKind,
  readVillageLine,
  safeParseJson,
  VILLAGE_ITEM_IDS,
  villageIdOf,
  yuanForDisplay,
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
  const year = checkEvalYear(evalYear);
  // With a bad year the record is still checked (against the latest year allowed), so every
  // issue is listed at once.
  const checked = checkHousehold(record, {
    evalYear: year.ok ? year.value : BOUNDS.maxYear,
    model,
  });
  const issues = [...(year.ok ? [] : year.issues), ...(checked.ok ? [] : checked.issues)];
  if (!year.ok || !checked.ok) return { ok: false, issues };
  const explained = safeExplainHousehold(checked.value, { evalYear: year.value, model });
  return explained.ok
    ? { ok: true, record: checked.value, explanation: explained.value }
    : { ok: false, issues: explained.issues };
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

/** A value computed by the core, or the core's issues when its input was unusable. */
export type Checked<T> = Result<T>;

/** The top of a batch document once the core has accepted it, or why it is unusable. */
export const readBatchEnvelope = safeReadBatchEnvelope;

/** Evaluates villages one by one with a running summary (the core's `BatchEvaluator`). */
export type VillageEvaluator = BatchEvaluator;

/**
 * A village evaluator for a model. With `evalYear` (checked by the core), every village is
 * evaluated in that year; without, each village (NDJSON line) brings its own.
 */
export function villageEvaluator(model: Model, evalYear?: unknown): Result<VillageEvaluator> {
  if (evalYear === undefined) return { ok: true, value: new BatchEvaluator({ model }) };
  const year = checkEvalYear(evalYear);
  return year.ok ? { ok: true, value: new BatchEvaluator({ model, evalYear: year.value }) } : year;
}

/** One NDJSON line, read by the core's line rules, evaluated (or rejected) and counted. */
export function evaluateLine(evaluator: VillageEvaluator, line: VillageLine): VillageResult {
  return evaluator.line(line);
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
): Result<GradeAdvice> {
  return safeNextGradeOptions(record, { evalYear, model });
}

/** A result document (as written by `credit-village evaluate`) read by the core, or its issues. */
export const readResultDocument: (document: unknown) => Result<BatchResult> =
  safeParseResultDocument;

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
): Result<ComparisonReport> {
  return safeCompareModels(batch, modelA, modelB);
}

/** Options of {@link villageNotice} and {@link entityNotice}. */
export interface VillageNoticeOptions {
  readonly model: Model;
  /** The first day of the notice period, as typed (`YYYY-MM-DD`; the core checks it). */
  readonly date: string;
  /** The length of the notice period in days, as typed (the core checks it). */
  readonly days?: number;
  /**
   * Who issues the notice and hears objections; the village's (or township's) rating group when
   * absent.
   */
  readonly issuer?: string;
}

/** The core's notice options of the app's. */
function noticeOptions(options: VillageNoticeOptions) {
  return {
    model: options.model,
    date: options.date,
    ...(options.days === undefined ? {} : { days: options.days }),
    ...(options.issuer === undefined ? {} : { issuer: options.issuer }),
  };
}

/**
 * The public notice (公示) of one village of a batch document: masked names and id numbers,
 * grades and limits, with ready-to-save CSV and HTML, all made by the core.
 */
export function villageNotice(
  batch: unknown,
  villageId: string,
  options: VillageNoticeOptions,
): Result<PublicNotice> {
  return safePublicNotice(batch, villageId, noticeOptions(options));
}

/**
 * The public notice of a township's new agricultural business entities (经营主体评定结果公示):
 * every entity of the batch document naming the township, principals masked, grades, limits
 * and their credit-only and guaranteed parts, with CSV and HTML, all made by the core.
 */
export function entityNotice(
  batch: unknown,
  townshipId: string,
  options: VillageNoticeOptions,
): Result<EntityNotice> {
  return safePublicEntityNotice(batch, townshipId, noticeOptions(options));
}

// New agricultural business entities, townships and the county (docs/model.md §12–14) ---------

export type {
  CountyComparison,
  CountyParameters,
  CountyResult,
  EntityAdviceChange,
  EntityAdviceOption,
  EntityComparison,
  EntityComponentReceipt,
  EntityCreditChange,
  EntityExplanation,
  EntityGradeAdvice,
  EntityLimitReceipt,
  EntityNotice,
  EntityNoticeRow,
  EntityOutcome,
  EntityParameters,
  EntityPartReceipt,
  EntityRecord,
  EntityResult,
  EntitySummary,
  TownshipComparison,
  TownshipOutcome,
  TownshipParameters,
  TownshipResult,
} from '@credit-village/core';
export {
  type BatchLine,
  COUNTY_CONDITIONS,
  type CountyCondition,
  ENTITY_COMPONENT_IDS,
  type EntityComponentId,
  idKey,
  readBatchLine,
} from '@credit-village/core';

/** The outcome of scoring an entity: the validated record and its receipt, or every issue. */
export type EntityScore =
  | {
      readonly ok: true;
      readonly record: EntityRecord;
      readonly explanation: EntityExplanation;
    }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Checks and explains an entity record under a model and evaluation year, as
 * {@link scoreHousehold} does a household's: an invalid year is reported at `evalYear` beside
 * the record's own issues (checked against the latest allowed year). Under a model without an
 * entity scorecard (version 1) the core's `unsupported_by_model` issue is returned.
 */
export function scoreEntity(record: unknown, evalYear: unknown, model: Model): EntityScore {
  const year = checkEvalYear(evalYear);
  const checked = checkEntity(record, { evalYear: year.ok ? year.value : BOUNDS.maxYear, model });
  const issues = [...(year.ok ? [] : year.issues), ...(checked.ok ? [] : checked.issues)];
  if (!year.ok || !checked.ok) return { ok: false, issues };
  const explained = safeExplainEntity(checked.value, { evalYear: year.value, model });
  return explained.ok
    ? { ok: true, record: checked.value, explanation: explained.value }
    : { ok: false, issues: explained.issues };
}

/**
 * Next-grade advice for a valid entity record (from {@link scoreEntity}): the smallest single
 * change of each movable part that reaches the next grade, each verified by the core.
 */
export function entityAdvice(
  record: EntityRecord,
  evalYear: number,
  model: Model,
): Result<EntityGradeAdvice> {
  return safeNextEntityGradeOptions(record, { evalYear, model });
}

// Rating certificates (码上查): checked offline against the office's trust list, by the core;
// their QR drawing and amounts in capitals (码上填). Credit follow-up (授信/用信, docs/model.md
// §17): a lender's ledger against the results.
export type {
  AmountMetric,
  CertificateInvalidReason,
  CertificatePayload,
  CertificateVerdict,
  CountMetric,
  EntityCertificatePayload,
  EntityFollowUp,
  EntityFunnel,
  FollowUpException,
  FollowUpExceptionKind,
  FollowUpMetrics,
  FollowUpReport,
  FollowUpSummary,
  HouseholdFollowUp,
  HouseholdFunnel,
  LedgerLineError,
  LenderFollowUp,
  TownshipFollowUp,
  TrustedKey,
  TrustList,
  VillageFollowUp,
} from '@credit-village/core';
export {
  certificateCodeFrom,
  certificateLink,
  ENTITY_FUNNEL_LABELS,
  ENTITY_METRIC_LABELS,
  EXCEPTION_KIND_LABELS,
  followUpExceptionsCsv,
  HOUSEHOLD_FUNNEL_LABELS,
  HOUSEHOLD_METRIC_LABELS,
  overLimitExcess,
  parseTrustList,
  qrDrawing,
  safeFollowUp,
  verifyCertificate,
  yuanInCapitals,
} from '@credit-village/core';
