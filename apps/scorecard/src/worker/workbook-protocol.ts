/**
 * The spreadsheet jobs the batch worker runs (see workbook-jobs.ts): the template, a batch
 * document or a run's results as a workbook, and a workbook read into a batch document. Only
 * types here: the workbook package itself is loaded by the worker, and only when a job needs it.
 */
import type {
  LostField,
  VillageRows,
  BatchDocument as WorkbookDocument,
  WorkbookIssue,
  WorkbookLocations,
} from '@credit-village/workbook';
import type { ModelDocument } from '../lib/core-adapter';

export type { LostField, VillageRows, WorkbookDocument, WorkbookIssue, WorkbookLocations };

/**
 * What the results workbook is written from: the run's result document as a file (a blob is
 * handed to the worker without copying a county's text on the page) and, when the batch was
 * read from a workbook, where each record came from.
 */
export interface ResultParts {
  readonly document: Blob;
  readonly locations?: WorkbookLocations;
}

/** A spreadsheet job, as the page asks for it. */
export type WorkbookJob =
  /** The empty collection workbook, for the model in use (`null`: the default model). */
  | {
      readonly type: 'templateWorkbook';
      readonly model: ModelDocument | null;
      readonly evalYear?: number;
    }
  /** A batch document (any JSON value) as a collection workbook. */
  | {
      readonly type: 'batchWorkbook';
      readonly model: ModelDocument | null;
      readonly document: unknown;
    }
  /** A run's results as the results workbook (汇总, 村级评定, 农户评定, 问题清单). */
  | {
      readonly type: 'resultsWorkbook';
      readonly model: ModelDocument | null;
      readonly result: ResultParts;
    }
  /** A collection workbook read into a batch document. */
  | { readonly type: 'readWorkbook'; readonly model: ModelDocument | null; readonly file: Blob };

/** A spreadsheet job sent to the worker. */
export type WorkbookRequest = WorkbookJob & { readonly runId: number };

/** What a spreadsheet job gives back. */
export type WorkbookOutcome =
  /** A written workbook, and what of the document it could not hold. */
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array; readonly lost: readonly LostField[] }
  /** A workbook read: `ok` false when it has problems of its own (then nothing is to be used). */
  | {
      readonly kind: 'import';
      readonly ok: boolean;
      readonly document: WorkbookDocument;
      readonly locations: WorkbookLocations;
      readonly issues: readonly WorkbookIssue[];
    };

/** The worker's answer to a spreadsheet job. */
export interface WorkbookMessage {
  readonly type: 'workbook';
  readonly runId: number;
  readonly outcome: WorkbookOutcome;
}

/** A cell (or row) of the workbook a problem is on, as the review shows it. */
export interface WorkbookPlace {
  readonly sheet: string;
  readonly row: number;
  /** The column's letter, when the problem is in one column. */
  readonly column?: string;
  /** The column's label in row 1 (`面积（m²）`), when known. */
  readonly label?: string;
  /** The column's key in row 2 (`areaM2`), when known. */
  readonly key?: string;
}

/** Where a village of a run read from a workbook came from. */
export interface WorkbookVillage {
  /** Its 村 row and its households' rows (for the results workbook's 问题清单). */
  readonly rows: VillageRows;
  /**
   * The place of each issue of the village's result: `places[e][i]` is where `errors[e].issues[i]`
   * lies (`null` when no row of the workbook holds it).
   */
  readonly places: readonly (readonly (WorkbookPlace | null)[])[];
}

/** Rows read from each sheet of a workbook (every one became a record of the batch). */
export interface WorkbookRowCounts {
  readonly villages: number;
  readonly households: number;
  readonly houses: number;
  readonly equipment: number;
  readonly entities: number;
  readonly townships: number;
}

/** What a run read from a workbook adds to the run. */
export interface WorkbookRun {
  /** The column of each key on each sheet (for the results workbook's 问题清单). */
  readonly columns: WorkbookLocations['columns'];
  readonly rows: WorkbookRowCounts;
  /** Whether the evaluation year came from the 说明 sheet. */
  readonly yearFromSheet: boolean;
}
