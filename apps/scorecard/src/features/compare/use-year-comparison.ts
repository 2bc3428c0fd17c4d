import { useState } from 'preact/hooks';
import type { YearComparisonOutcome } from '../../worker/compare-jobs';
import type { WorkerMessage } from '../../worker/protocol';
import { type JobStatus, useWorkerJob } from '../../worker/use-worker-job';

/** The year-over-year view's state, kept by the app across tabs. */
export interface YearComparison {
  readonly before: File | null;
  readonly after: File | null;
  readonly status: JobStatus<YearComparisonOutcome>;
  /** Chooses last year's (`before`) or this year's (`after`) result file. */
  choose(side: 'before' | 'after', file: File): void;
}

function pick(message: WorkerMessage): YearComparisonOutcome | undefined {
  return message.type === 'yearComparison' ? message.outcome : undefined;
}

/**
 * Two result files, read and compared in a worker as soon as either is chosen: each file is
 * checked (its problems listed), and the comparison is shown once both are result documents.
 */
export function useYearComparison(): YearComparison {
  const [files, setFiles] = useState<{ before: File | null; after: File | null }>({
    before: null,
    after: null,
  });
  const job = useWorkerJob(pick);
  const choose = (side: 'before' | 'after', file: File) => {
    const next = { ...files, [side]: file };
    setFiles(next);
    const named = (f: File | null) => (f === null ? null : { name: f.name, file: f });
    job.start({ type: 'compareFiles', before: named(next.before), after: named(next.after) });
  };
  return { ...files, status: job.status, choose };
}
