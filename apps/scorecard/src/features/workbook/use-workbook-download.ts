import { useState } from 'preact/hooks';
import { downloadBlob } from '../../lib/download';
import type { LostField, WorkbookOutcome } from '../../worker/workbook-protocol';
import { xlsxBlob } from './workbook-client';

/** Where a workbook download stands. */
export type DownloadState =
  | { readonly state: 'idle' }
  | { readonly state: 'busy' }
  /** Written and offered; `lost` lists what the sheets could not hold (usually nothing). */
  | { readonly state: 'done'; readonly fileName: string; readonly lost: readonly LostField[] }
  | { readonly state: 'failed'; readonly error: string };

/** A workbook being written for download, and how to start one. */
export interface WorkbookDownload {
  readonly status: DownloadState;
  /** Writes a workbook with `write` and offers it as `fileName`. */
  start(fileName: string, write: () => Promise<WorkbookOutcome>): void;
}

/** Writes a workbook (in the worker) and offers it as a download, saying what it could not hold. */
export function useWorkbookDownload(): WorkbookDownload {
  const [status, setStatus] = useState<DownloadState>({ state: 'idle' });
  const start = (fileName: string, write: () => Promise<WorkbookOutcome>) => {
    setStatus({ state: 'busy' });
    write()
      .then((outcome) => {
        if (outcome.kind !== 'bytes') throw new Error('the worker did not write a workbook');
        downloadBlob(fileName, xlsxBlob(outcome.bytes));
        setStatus({ state: 'done', fileName, lost: outcome.lost });
      })
      .catch((error: unknown) =>
        setStatus({
          state: 'failed',
          error: error instanceof Error ? error.message : String(error),
        }),
      );
  };
  return { status, start };
}
