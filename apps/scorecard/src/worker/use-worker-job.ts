import { useEffect, useRef, useState } from 'preact/hooks';
import { createBatchWorker } from './create-worker';
import type {
  CompareFilesRequest,
  CompareModelsRequest,
  FollowUpRequest,
  WorkerMessage,
} from './protocol';

/** Where a job in the worker stands. */
export type JobStatus<T> =
  | { readonly state: 'idle' }
  | { readonly state: 'running' }
  | { readonly state: 'done'; readonly outcome: T }
  | { readonly state: 'failed'; readonly error: string };

/** A comparison or follow-up request, without the run id the hook adds. */
export type JobRequest =
  | Omit<CompareFilesRequest, 'runId'>
  | Omit<CompareModelsRequest, 'runId'>
  | Omit<FollowUpRequest, 'runId'>;

/** A job runner: its status, and how to start (or drop) a job. */
export interface WorkerJob<T> {
  readonly status: JobStatus<T>;
  /** Starts a job; one still running is abandoned (its worker is replaced). */
  start(request: JobRequest): void;
  /** Drops the current job and goes back to idle. */
  reset(): void;
}

/**
 * Runs comparison and follow-up jobs in a worker of their own (created on first use), so reading
 * two large result files, evaluating a batch twice or following a ledger up never freezes the
 * page. `pick` takes the job's outcome out of the worker's answer, with the run's messages that
 * came before it (a module-level function: it must not change; it may throw when they do not
 * add up, and the job fails with its message).
 */
export function useWorkerJob<T>(
  pick: (message: WorkerMessage, earlier: readonly WorkerMessage[]) => T | undefined,
): WorkerJob<T> {
  const [status, setStatus] = useState<JobStatus<T>>({ state: 'idle' });
  const worker = useRef<Worker | null>(null);
  const runId = useRef(0);
  const running = useRef(false);

  const drop = () => {
    runId.current++;
    if (running.current) {
      worker.current?.terminate();
      worker.current = null;
      running.current = false;
    }
  };

  const start = (request: JobRequest) => {
    drop();
    const current = worker.current ?? createBatchWorker();
    worker.current = current;
    const id = runId.current;
    running.current = true;
    // The run's messages before its outcome (a follow-up's parts), for `pick` to put together.
    const earlier: WorkerMessage[] = [];
    const fail = (error: string) => {
      running.current = false;
      setStatus({ state: 'failed', error });
    };
    current.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.runId !== runId.current) return;
      if (message.type === 'failed') {
        fail(message.error);
        return;
      }
      let outcome: T | undefined;
      try {
        outcome = pick(message, earlier);
      } catch (error) {
        fail(error instanceof Error ? error.message : String(error));
        return;
      }
      if (outcome === undefined) {
        earlier.push(message);
        return;
      }
      running.current = false;
      setStatus({ state: 'done', outcome });
    };
    setStatus({ state: 'running' });
    current.postMessage({ ...request, runId: id });
  };

  const reset = () => {
    drop();
    setStatus({ state: 'idle' });
  };

  useEffect(() => () => worker.current?.terminate(), []);

  return { status, start, reset };
}
