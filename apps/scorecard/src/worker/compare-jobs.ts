/**
 * The comparisons the worker runs (and tests call directly): two result files read and
 * compared year over year, and a loaded batch evaluated under two models. Every figure comes
 * from the core, through the adapter.
 */
import { type BatchSources, rebuildBatch } from '../lib/batch-documents';
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
      /** What the file looks like instead, so the page can say what to do with it. */
      readonly kind: WrongFileKind;
      /** How many more problems were found and not kept. */
      readonly more?: number;
    };

/**
 * What a file that is not a result document is instead: not JSON; a batch of input records (to
 * evaluate first); a model document; one household record; or something else.
 */
export type WrongFileKind = 'notJson' | 'batch' | 'model' | 'household' | 'other';

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a JSON value that is not a result document looks like (from its top-level keys). */
export function wrongFileKind(value: unknown): WrongFileKind {
  if (!isObject(value)) return 'other';
  if ('assets' in value && 'grades' in value) return 'model';
  if ('income' in value || 'civility' in value) return 'household';
  const villages = value.villages;
  if (Array.isArray(villages) && !('summary' in value)) return 'batch';
  return 'other';
}

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

/** The problems of a wrong file kept for the page: enough to see what is wrong. */
const MAX_ISSUES = 20;

function readResultText(file: NamedText): Read {
  const body = file.text.startsWith('\uFEFF') ? file.text.slice(1) : file.text;
  const parsed = safeParseJson(body, file.name);
  if (!parsed.ok) {
    return {
      check: { ok: false, name: file.name, issues: parsed.issues, kind: 'notJson' },
      result: null,
    };
  }
  const read = readResultDocument(parsed.value);
  if (!read.ok) {
    // A wrong file (a batch of 20,000 input records) has tens of thousands of problems as a
    // result document: only the first few are kept, with what the file is instead.
    const kind = wrongFileKind(parsed.value.value);
    return {
      check: {
        ok: false,
        name: file.name,
        issues: read.issues.slice(0, MAX_ISSUES),
        kind,
        ...(read.issues.length > MAX_ISSUES ? { more: read.issues.length - MAX_ISSUES } : {}),
      },
      result: null,
    };
  }
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

/**
 * Rebuilds each year's batch document and evaluates it under both models, compared by the core
 * (model A is `before`): villages and households, and the entities, townships and county when
 * the batch has them.
 */
export function compareBatchesUnderModels(
  batches: readonly BatchSources[],
  modelA: Model,
  modelB: Model,
): ModelComparisonOutcome {
  const reports: YearReport[] = [];
  for (const batch of batches) {
    const compared = compareBatchModels(rebuildBatch(batch), modelA, modelB);
    if (!compared.ok) return compared;
    reports.push({ evalYear: batch.evalYear, report: compared.value });
  }
  return { ok: true, reports };
}
