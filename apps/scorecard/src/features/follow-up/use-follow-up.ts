import { useEffect, useRef, useState } from 'preact/hooks';
import type { Model } from '../../lib/core-adapter';
import type { FollowUpOutcome } from '../../worker/follow-up-job';
import { joinReport } from '../../worker/follow-up-parts';
import type { WorkerMessage } from '../../worker/protocol';
import type { BatchRun } from '../../worker/run-batch';
import { type JobStatus, useWorkerJob } from '../../worker/use-worker-job';
import { resultDocumentPlan, resultDocumentText } from '../villages/result-document';

/** The results followed up: a file, or the batch evaluated in the village review. */
export interface FollowUpResults {
  readonly from: 'file' | 'batch';
  readonly name: string;
  readonly file: Blob;
}

/** The follow-up page's state, kept by the app across tabs. */
export interface FollowUpController {
  readonly results: FollowUpResults | null;
  readonly ledger: File | null;
  readonly status: JobStatus<FollowUpOutcome>;
  chooseResults(file: File): void;
  /** Uses the batch just evaluated in the village review as the results. */
  useBatch(run: BatchRun): Promise<void>;
  chooseLedger(file: File): void;
}

/** The outcome, its report put together from the parts the worker sent before it. */
function pick(
  message: WorkerMessage,
  earlier: readonly WorkerMessage[],
): FollowUpOutcome | undefined {
  if (message.type !== 'followUp') return undefined;
  const sent = message.outcome;
  if (!sent.ok) return sent;
  const parts = earlier.flatMap((m) => (m.type === 'followUpPart' ? [m.part] : []));
  const report = joinReport(sent, parts);
  if (report === undefined) throw new Error('the follow-up report arrived incomplete');
  return { ok: true, report };
}

/**
 * A results file (or the review's batch) and a credit ledger, followed up in a worker as soon as
 * both are chosen, and again when the model in use changes (it prints the ratios).
 */
export function useFollowUp(model: Model, isDefaultModel: boolean): FollowUpController {
  const [results, setResults] = useState<FollowUpResults | null>(null);
  const [ledger, setLedger] = useState<File | null>(null);
  const job = useWorkerJob(pick);
  const first = useRef(true);

  const run = (nextResults: FollowUpResults | null, nextLedger: File | null) => {
    if (nextResults === null || nextLedger === null) return;
    job.start({
      type: 'followUp',
      results: { name: nextResults.name, file: nextResults.file },
      ledger: { name: nextLedger.name, file: nextLedger },
      model: isDefaultModel ? null : model.document,
    });
  };

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    run(results, ledger);
  }, [model]);

  return {
    results,
    ledger,
    status: job.status,
    chooseResults(file) {
      const next: FollowUpResults = { from: 'file', name: file.name, file };
      setResults(next);
      run(next, ledger);
    },
    async useBatch(batch) {
      const plan = resultDocumentPlan(batch);
      const file = await resultDocumentText(batch, plan.ok ? plan.evalYear : null);
      const next: FollowUpResults = { from: 'batch', name: batch.fileName, file };
      setResults(next);
      run(next, ledger);
    },
    chooseLedger(file) {
      setLedger(file);
      run(results, file);
    },
  };
}
