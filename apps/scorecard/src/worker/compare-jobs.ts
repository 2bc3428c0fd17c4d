/**
 * The comparisons the worker runs (and tests call directly): two result files read and
 * compared year over year, and a loaded batch evaluated under two models. Every figure comes
 * from the core, through the adapter.
 */
import type { BatchDocument } from '../lib/batch-documents';
import {
  type BatchResult,
  type ComparisonReport,
  compareBatchModels,
  compareResultDocuments,
  type Issue,
  type Model,
  type ModelStamp,
  readResultDocument,
  safeParseJson,
} from '../lib/core-adapter';

/** A result file's text, with its name for messages. */
export interface NamedText {
  readonly name: string;
  readonly text: string;
}

/** A result file as read: what it holds, or why it is not a result document. */
export type ResultFileCheck =
  | {
      readonly ok: true;
      readonly name: string;
      readonly evalYear: number;
      readonly model: ModelStamp;
      readonly villages: number;
      readonly households: number;
    }
  | {
      readonly ok: false;
      readonly name: string;
      readonly issues: readonly Issue[];
      /** Set when the file is not JSON at all. */
      readonly error?: string;
    };

/** Two result files checked, and their comparison once both are good. */
export interface YearComparisonOutcome {
  readonly before: ResultFileCheck | null;
  readonly after: ResultFileCheck | null;
  readonly report: ComparisonReport | null;
}

/** The comparison of one batch document (one evaluation year) under two models. */
export interface YearReport {
  readonly evalYear: number;
  readonly report: ComparisonReport;
}

/** A batch compared under two models, or why it could not be. */
export type ModelComparisonOutcome =
  | { readonly ok: true; readonly reports: readonly YearReport[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

type Read = { check: ResultFileCheck; result: BatchResult | null };

function readResultText(file: NamedText): Read {
  const body = file.text.startsWith('\uFEFF') ? file.text.slice(1) : file.text;
  const parsed = safeParseJson(body, file.name);
  if (!parsed.ok) {
    const error = parsed.issues[0].message;
    return { check: { ok: false, name: file.name, issues: [], error }, result: null };
  }
  const read = readResultDocument(parsed.value);
  if (!read.ok) return { check: { ok: false, name: file.name, issues: read.issues }, result: null };
  const result = read.value;
  return {
    check: {
      ok: true,
      name: file.name,
      evalYear: result.evalYear,
      model: result.model,
      villages: result.villages.length,
      households: result.summary.households,
    },
    result,
  };
}

/**
 * Reads last year's and this year's result files (either may be missing yet) and compares
 * them when both are result documents.
 */
export function compareResultTexts(
  before: NamedText | null,
  after: NamedText | null,
): YearComparisonOutcome {
  const a = before === null ? null : readResultText(before);
  const b = after === null ? null : readResultText(after);
  const report =
    a?.result != null && b?.result != null ? compareResultDocuments(a.result, b.result) : null;
  return { before: a?.check ?? null, after: b?.check ?? null, report };
}

/** Evaluates each batch document under both models and compares them (model A is `before`). */
export function compareBatchesUnderModels(
  batches: readonly BatchDocument[],
  modelA: Model,
  modelB: Model,
): ModelComparisonOutcome {
  const reports: YearReport[] = [];
  for (const batch of batches) {
    const compared = compareBatchModels(batch, modelA, modelB);
    if (!compared.ok) return compared;
    reports.push({ evalYear: batch.evalYear, report: compared.value });
  }
  return { ok: true, reports };
}
