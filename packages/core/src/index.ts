/**
 * @credit-village/core: the exact arithmetic of the credit-village scheme (党建引领信用村).
 *
 * Pure TypeScript, no I/O: runs in Node and in browsers. Data flows
 * input → validated record → asset lines → score → grade → limit → village rating → result,
 * all driven by a model document (the county's parameter tables).
 *
 * @packageDocumentation
 */

export type { AdviceChange, AdviceOption, GradeAdvice } from './evaluate/advice.js';
// Evaluation
export {
  BatchEvaluator,
  checkHousehold,
  compareEvaluations,
  compareModels,
  type EvaluateOptions,
  type EvaluateYearOptions,
  evaluateBatch,
  evaluateHousehold,
  evaluateVillage,
  explainHousehold,
  type NoticeOptions,
  nextGradeOptions,
  parseResultDocument,
  publicNotice,
  readBatchEnvelope,
} from './evaluate/api.js';
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
// The compiled (fast) path
export { type CompiledModel, compileModel, type PathCounts } from './evaluate/compiled/compile.js';
export type {
  ComponentReceipt,
  HouseholdExplanation,
  LimitReceipt,
  LineReceipt,
} from './evaluate/explain.js';
export { type VillageTally, villageTally } from './evaluate/summary.js';
export { villageIdOf } from './evaluate/village.js';
// Issues and errors
export {
  formatPath,
  InputError,
  type Issue,
  type IssueCode,
  type Issues,
  ModelError,
  type Result,
} from './issues.js';
// Models
export { defaultModel, defaultModelDocument } from './model/default.js';
export type {
  AssetParameters,
  Bin,
  Bins,
  Comparison,
  Depreciation,
  DisplayParameters,
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
  Rounding,
  ScoreParameters,
  VetoParameters,
  VillageItemId,
  VillageParameters,
} from './model/document.js';
export { modelHash } from './model/hash.js';
export { type Model, type ModelStamp, modelStamp } from './model/model.js';
export { parseModel, safeParseModel } from './model/parse.js';
export type { RoundingMode } from './money/rounding.js';
export { maskIdNumber, maskName } from './notice/mask.js';
export type { NoticeRow, PublicNotice } from './notice/notice.js';
export { groupThousands } from './notice/notice.js';

// Input and result types
export { BOUNDS } from './schema/bounds.js';
export { jsonSchema, type SchemaKind } from './schema/json-schema.js';
export type {
  DecimalText,
  Equipment,
  House,
  HouseholdRecord,
  VillageFields,
} from './types/input.js';
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
  VillageCounts,
  VillageItem,
  VillageResult,
} from './types/result.js';
