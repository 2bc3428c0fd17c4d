/**
 * Starts the batch worker. The `new Worker(new URL(…, import.meta.url))` form is what Vite
 * recognises to bundle the worker as its own module file.
 */
export function createBatchWorker(): Worker {
  return new Worker(new URL('./evaluate-batch.worker.ts', import.meta.url), { type: 'module' });
}
