import type { ModelDocument } from '../lib/core-adapter';
import type { RunOutcome, VillageRun } from './run-batch';

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
  /** The end of a run: its summary (its `villages` were sent one by one before). */
  | { readonly type: 'done'; readonly runId: number; readonly outcome: RunOutcome }
  | { readonly type: 'failed'; readonly runId: number; readonly error: string };
