import { useEffect } from 'preact/hooks';
import { comparisonSources } from '../../lib/batch-documents';
import type { Model } from '../../lib/core-adapter';
import type { ModelComparisonOutcome } from '../../worker/compare-jobs';
import type { WorkerMessage } from '../../worker/protocol';
import { type JobStatus, useWorkerJob } from '../../worker/use-worker-job';
import type { BatchStatus } from '../villages/use-batch';

function pick(message: WorkerMessage): ModelComparisonOutcome | undefined {
  return message.type === 'modelComparison' ? message.outcome : undefined;
}

/**
 * The loaded batch evaluated under the model in use and a second model, compared by the core in
 * a worker (villages, households, and the entities, townships and county the batch has); run
 * again whenever either model or the batch changes.
 */
export function useModelComparison(
  model: Model,
  isDefaultModel: boolean,
  second: Model | null,
  batch: BatchStatus,
): JobStatus<ModelComparisonOutcome> {
  const job = useWorkerJob(pick);
  const run = batch.state === 'done' ? batch.run : null;
  useEffect(() => {
    if (second === null || run === null) {
      job.reset();
      return;
    }
    job.start({
      type: 'compareModels',
      batches: comparisonSources(run),
      modelA: isDefaultModel ? null : model.document,
      modelB: second.document,
    });
  }, [model, second, run]);
  return job.status;
}
