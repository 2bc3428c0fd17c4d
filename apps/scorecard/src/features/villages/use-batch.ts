import { useEffect, useRef, useState } from 'preact/hooks';
import type { Issue, Model } from '../../lib/core-adapter';
import { createBatchWorker } from '../../worker/create-worker';
import type { EvaluateRequest, WorkerMessage } from '../../worker/protocol';
import type { BatchRun, EntityRun, VillageRun } from '../../worker/run-batch';
import type { WorkbookIssue } from '../../worker/workbook-protocol';

/** Where the village review stands. */
export type BatchStatus =
  | { readonly state: 'idle' }
  | {
      readonly state: 'running';
      readonly fileName: string;
      readonly phase: 'reading' | 'evaluating';
      readonly done: number;
      readonly total: number;
    }
  | { readonly state: 'done'; readonly run: BatchRun }
  | {
      readonly state: 'failed';
      readonly fileName: string;
      readonly issues: readonly Issue[];
      readonly error?: string;
      /** The problems of a workbook that could not be read (sheet, row, column). */
      readonly workbookIssues?: readonly WorkbookIssue[];
    };

/** The village review's state and actions, kept by the app across tabs. */
export interface BatchController {
  readonly status: BatchStatus;
  /** The evaluation year override as typed. */
  readonly evalYear: string;
  setEvalYear(value: string): void;
  /** The village opened in the review (index into the run's villages). */
  readonly selected: number | null;
  select(index: number | null): void;
  /** Evaluates a file in the worker; a run in progress is abandoned. */
  start(file: File): void;
  /** Evaluates the last file again (after the evaluation year was changed). */
  rerun(): void;
}

/**
 * Runs batch files in a Web Worker and re-runs the last file whenever the model changes, so the
 * review always shows the model in use.
 */
export function useBatch(model: Model, isDefaultModel: boolean): BatchController {
  const [status, setStatus] = useState<BatchStatus>({ state: 'idle' });
  const [evalYear, setEvalYearState] = useState('');
  // The year as typed right now, for a re-run started before the next render.
  const yearText = useRef('');
  const setEvalYear = (value: string) => {
    yearText.current = value;
    setEvalYearState(value);
  };
  const [selected, select] = useState<number | null>(null);
  const worker = useRef<Worker | null>(null);
  const runId = useRef(0);
  const running = useRef(false);
  const lastFile = useRef<File | null>(null);

  const start = (file: File) => {
    lastFile.current = file;
    // A worker busy with an abandoned run would make the new one wait: replace it.
    if (running.current) {
      worker.current?.terminate();
      worker.current = null;
    }
    const current = worker.current ?? createBatchWorker();
    worker.current = current;
    const id = ++runId.current;
    running.current = true;
    const villages: VillageRun[] = [];
    const entities: EntityRun[] = [];
    current.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.runId !== runId.current) return;
      if (message.type === 'village') {
        villages.push(message.village);
        return;
      }
      if (message.type === 'entities') {
        entities.push(...message.entities);
        return;
      }
      if (message.type === 'progress') {
        setStatus({ state: 'running', fileName: file.name, ...message });
        return;
      }
      if (message.type !== 'done' && message.type !== 'failed') return;
      running.current = false;
      if (message.type === 'failed') {
        setStatus({ state: 'failed', fileName: file.name, issues: [], error: message.error });
      } else if (message.outcome.ok) {
        const { run } = message.outcome;
        setStatus({
          state: 'done',
          run: { ...run, villages, ...(run.entities === undefined ? {} : { entities }) },
        });
      } else {
        const { issues, error, workbookIssues } = message.outcome;
        setStatus({
          state: 'failed',
          fileName: file.name,
          issues,
          ...(error === undefined ? {} : { error }),
          ...(workbookIssues === undefined ? {} : { workbookIssues }),
        });
      }
    };
    const year = yearText.current.trim();
    const request: EvaluateRequest = {
      type: 'evaluate',
      runId: id,
      file,
      fileName: file.name,
      model: isDefaultModel ? null : model.document,
      ...(year === '' ? {} : { evalYear: /^\d+$/.test(year) ? Number(year) : year }),
    };
    select(null);
    setStatus({ state: 'running', fileName: file.name, phase: 'reading', done: 0, total: 0 });
    current.postMessage(request);
  };

  // Re-evaluate the loaded file with a newly chosen model.
  useEffect(() => {
    if (lastFile.current !== null) start(lastFile.current);
  }, [model]);

  useEffect(() => () => worker.current?.terminate(), []);

  const rerun = () => {
    if (lastFile.current !== null) start(lastFile.current);
  };

  return { status, evalYear, setEvalYear, selected, select, start, rerun };
}
