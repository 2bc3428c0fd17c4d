import type { BatchSources } from '../lib/batch-documents';
import type { ModelDocument } from '../lib/core-adapter';
import type { ModelComparisonOutcome, YearComparisonOutcome } from './compare-jobs';
import type { FollowUpPart, SentFollowUp } from './follow-up-parts';
import type { EntityRun, RunOutcome, VillageRun } from './run-batch';
import type { WorkbookMessage, WorkbookRequest } from './workbook-protocol';

/** Asks the worker to evaluate a batch file. */
export interface EvaluateRequest {
  readonly type: 'evaluate';
  /** Identifies the run, so that late messages of a superseded run are ignored. */
  readonly runId: number;
  readonly file: Blob;
  readonly fileName: string;
  /** The model document in use; `null` for the default model. */
  readonly model: ModelDocument | null;
  /** The evaluation year override as typed (a number when it reads as one). */
  readonly evalYear?: number | string;
}

/** A chosen result file. */
export interface ResultFile {
  readonly name: string;
  readonly file: Blob;
}

/** Asks the worker to read two result files (either may be missing yet) and compare them. */
export interface CompareFilesRequest {
  readonly type: 'compareFiles';
  readonly runId: number;
  readonly before: ResultFile | null;
  readonly after: ResultFile | null;
}

/** Asks the worker to evaluate batch documents under two models and compare. */
export interface CompareModelsRequest {
  readonly type: 'compareModels';
  readonly runId: number;
  readonly batches: readonly BatchSources[];
  /** The model in use (`null` for the default model) and the model to compare it with. */
  readonly modelA: ModelDocument | null;
  readonly modelB: ModelDocument;
}

/** Asks the worker to follow a credit ledger up against results (docs/model.md §17). */
export interface FollowUpRequest {
  readonly type: 'followUp';
  readonly runId: number;
  readonly results: ResultFile;
  readonly ledger: ResultFile;
  /** The model in use (its display of ratios); `null` for the default model. */
  readonly model: ModelDocument | null;
}

/** Every request the worker understands. */
export type WorkerRequest =
  | EvaluateRequest
  | CompareFilesRequest
  | CompareModelsRequest
  | FollowUpRequest
  | WorkbookRequest;

/** Messages from the worker. */
export type WorkerMessage =
  | {
      readonly type: 'progress';
      readonly runId: number;
      readonly phase: 'reading' | 'evaluating';
      readonly done: number;
      readonly total: number;
    }
  /** One evaluated village, sent as soon as it is done (villages come in input order). */
  | { readonly type: 'village'; readonly runId: number; readonly village: VillageRun }
  /** Evaluated entities, a chunk at a time, in input order. */
  | { readonly type: 'entities'; readonly runId: number; readonly entities: readonly EntityRun[] }
  /** The end of a run: its summary (its `villages` were sent one by one before). */
  | { readonly type: 'done'; readonly runId: number; readonly outcome: RunOutcome }
  | {
      readonly type: 'yearComparison';
      readonly runId: number;
      readonly outcome: YearComparisonOutcome;
    }
  | {
      readonly type: 'modelComparison';
      readonly runId: number;
      readonly outcome: ModelComparisonOutcome;
    }
  /** A part of a follow-up report's long lists, in order, before the outcome. */
  | { readonly type: 'followUpPart'; readonly runId: number; readonly part: FollowUpPart }
  | { readonly type: 'followUp'; readonly runId: number; readonly outcome: SentFollowUp }
  | WorkbookMessage
  | { readonly type: 'failed'; readonly runId: number; readonly error: string };
