/**
 * Spreadsheet jobs from the page: each runs in a batch worker of its own (which loads the
 * spreadsheet code only then), so neither writing a county's results nor reading a workbook
 * ever blocks the page, and the page itself never loads the spreadsheet code. Tests give an
 * in-process runner through {@link WorkbookJobsContext}.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Model } from '../../lib/core-adapter';
import { createBatchWorker } from '../../worker/create-worker';
import type { WorkerMessage } from '../../worker/protocol';
import type { WorkbookJob, WorkbookOutcome } from '../../worker/workbook-protocol';

/** Runs spreadsheet jobs. */
export interface WorkbookJobs {
  run(job: WorkbookJob): Promise<WorkbookOutcome>;
}

/** Spreadsheet jobs in a Web Worker, one worker per job (ended when it answers). */
export const workerJobs: WorkbookJobs = {
  run: (job) =>
    new Promise((resolve, reject) => {
      const worker = createBatchWorker();
      const end = () => worker.terminate();
      worker.onmessage = (event: MessageEvent<WorkerMessage>) => {
        const message = event.data;
        if (message.type === 'workbook') {
          end();
          resolve(message.outcome);
        } else if (message.type === 'failed') {
          end();
          reject(new Error(message.error));
        }
      };
      worker.onerror = (event) => {
        end();
        reject(new Error(event.message));
      };
      worker.postMessage({ ...job, runId: 1 });
    }),
};

/** The runner of spreadsheet jobs: the worker's, unless a test provides another. */
export const WorkbookJobsContext = createContext<WorkbookJobs>(workerJobs);

/** The runner of spreadsheet jobs. */
export function useWorkbookJobs(): WorkbookJobs {
  return useContext(WorkbookJobsContext);
}

/** The model document a job is run with (the worker checks it again). */
export function jobModel(model: Model): WorkbookJob['model'] {
  return model.document;
}

/** The media type of an .xlsx file. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Bytes of a written workbook as a file to download. */
export function xlsxBlob(bytes: Uint8Array): Blob {
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE });
}
