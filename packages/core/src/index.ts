/**
 * @credit-village/core: the exact arithmetic of the credit-village scheme (党建引领信用村).
 *
 * Pure TypeScript, no I/O: runs in Node and in browsers. Data flows
 * input → validated record → asset lines → score → grade → limit → village rating → result,
 * all driven by a model document (the county's parameter tables).
 *
 * @packageDocumentation
 */

// Evaluation: batches, villages, households. Each throwing function has a `safe…` twin that
// returns a Result instead (as zod's parse/safeParse).
export {
  evaluateBatch,
  evaluateVillage,
  safeEvaluateBatch,
} from './api/batch.js';
export { BatchEvaluator, type BatchLineOutcome } from './api/batch-evaluator.js';
// Entities, townships and the county (docs/model.md §8–9): records, results, receipts, advice
export {
  checkEntity,
  evaluateEntity,
  explainEntity,
  nextEntityGradeOptions,
  safeEvaluateEntity,
  safeExplainEntity,
  safeNextEntityGradeOptions,
} from './api/entity.js';
export { publicEntityNotice, safePublicEntityNotice } from './api/entity-notice.js';
export type { EntityOutcome } from './api/entity-outcome.js';
export type { TownshipOutcome } from './api/entity-parts.js';
export {
  type BatchEnvelope,
  readBatchEnvelope,
  safeReadBatchEnvelope,
} from './api/envelope.js';
// Credit follow-up (授信/用信, docs/model.md §17): a lender's ledger against the results
export { followUp, parseLedger, safeFollowUp, safeParseLedger } from './api/follow-up.js';
export {
  checkHousehold,
  evaluateHousehold,
  explainHousehold,
  nextGradeOptions,
  safeEvaluateHousehold,
  safeExplainHousehold,
  safeNextGradeOptions,
} from './api/household.js';
export {
  type BatchLine,
  LINE_KINDS,
  type LineProblem,
  readBatchLine,
  readVillageLine,
  unreadableLine,
  type VillageLine,
} from './api/lines.js';
export { parseModel, safeParseModel } from './api/model.js';
export { type NoticeOptions, publicNotice, safePublicNotice } from './api/notice.js';
// Public notice objections (公示与异议): the document, and its tracking against results
export {
  parseObjections,
  safeParseObjections,
  safeReadResultVillages,
  safeTrackObjections,
  type TrackObjectionsOptions,
  trackObjections,
} from './api/objections.js';
export type { EvaluateOptions, EvaluateYearOptions } from './api/options.js';
export {
  compareEvaluations,
  compareModels,
  parseResultDocument,
  safeCompareModels,
  safeParseResultDocument,
} from './api/results.js';
// Rating certificates (码上查): Ed25519 over RFC 8785 bytes, checked offline with a trust list
export {
  type CertificateOptions,
  certificatePayload,
  type EntityCertificateSubject,
} from './certificate/certificate-payload.js';
export { certificateCodeFrom, certificateLink } from './certificate/code-text.js';
export {
  generateKeyPair,
  type PrivateKey,
  parsePrivateKey,
  parseTrustList,
  type TrustedKey,
  type TrustList,
} from './certificate/keys.js';
export {
  type CertificatePayload,
  type EntityCertificatePayload,
  type HouseholdCertificatePayload,
  parseCertificatePayload,
} from './certificate/payload.js';
export { type QrDrawing, qrDrawing } from './certificate/qr.js';
export { signCertificate } from './certificate/sign.js';
export {
  type CertificateInvalidReason,
  type CertificateVerdict,
  verifyCertificate,
} from './certificate/verify.js';
export type { AdviceChange, AdviceOption, GradeAdvice } from './evaluate/advice/types.js';
export type {
  CompareOptions,
  ComparisonReport,
  ComparisonSection,
  CreditChange,
  RatingMove,
  Stability,
  VillageComparison,
} from './evaluate/compare.js';
export { compareResults, ResultComparer } from './evaluate/compare.js';
export type {
  CountyComparison,
  EntityComparison,
  EntityCreditChange,
  TownshipComparison,
} from './evaluate/compare-entities.js';
// The compiled (fast) path
export { type CompiledModel, compileModel, type PathCounts } from './evaluate/compiled/compile.js';
export type {
  EntityAdviceChange,
  EntityAdviceOption,
  EntityGradeAdvice,
} from './evaluate/entity/advice/types.js';
export { type EntityTally, entityTally } from './evaluate/entity/entity-summary.js';
export type {
  EntityComponentReceipt,
  EntityExplanation,
  EntityLimitReceipt,
  EntityPartReceipt,
} from './evaluate/entity/explain-entity.js';
export type {
  ComponentReceipt,
  HouseholdExplanation,
  LimitReceipt,
  LineReceipt,
  ReviewReceipt,
} from './evaluate/explain.js';
export { type VillageTally, villageTally } from './evaluate/summary.js';
export { villageIdOf } from './evaluate/village-id.js';
export {
  EXCEPTION_KIND_LABELS,
  exceptionCsvRows,
  exceptionsCsvHeader,
  followUpExceptionsCsv,
} from './follow-up/exceptions-csv.js';
export {
  ENTITY_FUNNEL_LABELS,
  ENTITY_METRIC_LABELS,
  HOUSEHOLD_FUNNEL_LABELS,
  HOUSEHOLD_METRIC_LABELS,
  overLimitExcess,
} from './follow-up/labels.js';
export {
  type FollowUpOptions,
  FollowUpTracker,
  type LedgerLineOutcome,
} from './follow-up/tracker.js';
// Issues and errors
export {
  type DecimalProblem,
  type ExpectedKind,
  formatPath,
  ID_PROBLEM_CODES,
  InputError,
  ISSUE_CODES,
  ISSUE_RULES,
  type Issue,
  type IssueCode,
  type IssueParams,
  type IssueRule,
  type Issues,
  type JsonTypeName,
  ModelError,
  type Result,
} from './issues.js';
// JSON text: duplicate keys found, never silently dropped
export { type JsonPath, ParsedJson, safeParseJson } from './json/parse-json.js';
// Messages for people: issues and field names in Chinese or English, from codes and params
export { fieldLabel, fieldLabelParts } from './messages/field-label.js';
export {
  FIELD_LABELS,
  type FieldEntry,
  type KeyedEntry,
  type LabelTable,
  type RecordKind,
} from './messages/field-labels.js';
export { issueLine, issueMessage } from './messages/issue-message.js';
export type { Lang, MessageOptions } from './messages/options.js';
export { livestockUnit, type Unit, type Vocabulary } from './messages/words.js';
// Models
export { defaultModel, defaultModelDocument } from './model/default.js';
export type {
  AssetParameters,
  Bin,
  Bins,
  Comparison,
  Depreciation,
  DisplayParameters,
  Fraction,
  Gate,
  GradeBand,
  HouseStructure,
  Label,
  LandParameters,
  Levels,
  LimitParameters,
  LivestockParameters,
  ModelDecimal,
  ModelDocument,
  ModelExample,
  ObjectionParameters,
  ReviewParameters,
  Rounding,
  ScoreParameters,
  VetoParameters,
  VillageItemId,
  VillageParameters,
} from './model/document.js';
export {
  COUNTY_CONDITIONS,
  type CountyCondition,
  type CountyParameters,
  ENTITY_COMPONENT_IDS,
  type EntityComponentId,
  type EntityComponentParameters,
  type EntityLimitParameters,
  type EntityParameters,
  TOWNSHIP_MEASURES,
  type TownshipMeasure,
  type TownshipParameters,
} from './model/entity-document.js';
export { modelHash } from './model/hash.js';
export { type Model, type ModelStamp, modelStamp } from './model/model.js';
export { VILLAGE_ITEM_IDS } from './model/village-items.js';
export { yuanInCapitals } from './money/capitals.js';
export {
  type DisplayedYuan,
  groupCount,
  groupDecimal,
  groupThousands,
  yuanForDisplay,
} from './money/display.js';
export type { RoundingMode } from './money/rounding.js';
export type { EntityNotice, EntityNoticeRow } from './notice/entity-notice.js';
export { maskIdNumber, maskName } from './notice/mask.js';
export type { NoticeRow, PublicNotice } from './notice/notice.js';
/** A date as a noticeboard writes it: `2024-09-27` → `2024年9月27日`. */
export { chineseDate } from './notice/page.js';
// Input and result types
export { BOUNDS } from './schema/bounds.js';
export { checkEvalYear } from './schema/eval-year.js';
export { type IdProblem, idKey, idProblem } from './schema/ids.js';
export { jsonSchema, type SchemaKind } from './schema/json-schema.js';
export type { EntityRecord, TownshipRecord } from './types/entity-input.js';
export type {
  CountyResult,
  EntityComponent,
  EntityResult,
  EntitySummary,
  TownshipResult,
  TownshipVillages,
} from './types/entity-result.js';
export type {
  AmountMetric,
  CountMetric,
  EntityFollowUp,
  EntityFunnel,
  ExceptionSubject,
  FollowUpException,
  FollowUpExceptionKind,
  FollowUpMetrics,
  FollowUpReport,
  FollowUpSummary,
  HouseholdFollowUp,
  HouseholdFunnel,
  Ledger,
  LedgerLine,
  LedgerLineError,
  LedgerSubject,
  LenderFollowUp,
  LenderShare,
  OverLimitException,
  SubjectException,
  TownshipFollowUp,
  VillageFollowUp,
} from './types/follow-up.js';
export type {
  DecimalText,
  Equipment,
  House,
  HouseholdRecord,
  HouseholdReview,
  ReviewerMarks,
  VillageFields,
} from './types/input.js';
export {
  type HeldHousehold,
  OBJECTION_STATUSES,
  type Objection,
  type ObjectionBy,
  type ObjectionError,
  type ObjectionStatus,
  type ObjectionsDocument,
  type ObjectionsReport,
  type TrackedObjection,
  type VillageObjections,
} from './types/objections.js';
export type {
  AssetItem,
  AssetLine,
  BatchResult,
  BatchSummary,
  Component,
  ComponentId,
  DefaultGrade,
  DefaultRating,
  Grade,
  HouseholdResult,
  LimitBoundBy,
  MoneyText,
  Rating,
  RecordError,
  ReviewResult,
  VillageCounts,
  VillageItem,
  VillageResult,
} from './types/result.js';
