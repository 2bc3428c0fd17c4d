import { Worker } from 'node:worker_threads';
import type { Chunk } from './chunks.js';
import type { ChunkReply, ChunkRequest, WorkerFailure, WorkerSetup } from './protocol.js';

/**
 * Heap limits of a worker: it holds the model and one chunk at a time (never more than
 * `WORKER_CHUNK_BYTES`), so a small young generation and old space keep the process's peak
 * memory flat. The old space grows with the model: a parsed model takes about 3.5 times its
 * JSON size (a 27 MB model document holds 92 MB of heap), so each MB of the document adds
 * 4 MB to the 64 MB that serve the default model (`CREDIT_VILLAGE_WORKER_YOUNG_MB` and
 * `CREDIT_VILLAGE_WORKER_OLD_MB` change the base, for measurements).
 */
function workerLimits(modelBytes: number): { [key: string]: number } {
  const oldMb = Number(process.env.CREDIT_VILLAGE_WORKER_OLD_MB) || 64;
  return {
    maxYoungGenerationSizeMb: Number(process.env.CREDIT_VILLAGE_WORKER_YOUNG_MB) || 24,
    maxOldGenerationSizeMb: oldMb + Math.ceil((4 * modelBytes) / (1024 * 1024)),
  };
}

/**
 * A fixed set of worker threads evaluating chunks. Chunk `seq` goes to worker `seq mod n`, so
 * each worker sees its chunks in order; replies are matched to requests by `seq`.
 */
export class WorkerPool {
  readonly #workers: Worker[];
  readonly #pending = new Map<
    number,
    { resolve: (reply: ChunkReply) => void; reject: (error: Error) => void }
  >();
  #seq = 0;
  #failed: Error | undefined;

  /** `modelBytes`: the size of the model document's JSON, to size the workers' heaps. */
  constructor(size: number, setup: WorkerSetup, modelBytes: number) {
    const url = new URL('./worker.js', import.meta.url);
    const resourceLimits = workerLimits(modelBytes);
    this.#workers = Array.from({ length: size }, () => {
      const worker = new Worker(url, { workerData: setup, resourceLimits });
      worker.on('message', (message: ChunkReply | WorkerFailure) => this.#reply(message));
      worker.on('error', (error) => this.#fail(error));
      worker.on('exit', (code) => {
        if (code !== 0) this.#fail(new Error(`a worker thread stopped (exit code ${code})`));
      });
      return worker;
    });
  }

  /** Sends a chunk to its worker; the promise settles with the rendered lines. */
  submit(chunk: Chunk): Promise<ChunkReply> {
    const seq = this.#seq++;
    if (this.#failed !== undefined) return Promise.reject(this.#failed);
    const reply = new Promise<ChunkReply>((resolve, reject) =>
      this.#pending.set(seq, { resolve, reject }),
    );
    const request: ChunkRequest = { seq, firstLine: chunk.firstLine, bytes: chunk.bytes };
    (this.#workers[seq % this.#workers.length] as Worker).postMessage(request);
    return reply;
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map((worker) => worker.terminate()));
  }

  #reply(message: ChunkReply | WorkerFailure): void {
    const waiting = this.#pending.get(message.seq);
    if (waiting === undefined) return;
    this.#pending.delete(message.seq);
    if ('failure' in message) waiting.reject(new Error(message.failure));
    else waiting.resolve(message);
  }

  #fail(error: Error): void {
    this.#failed ??= error;
    for (const waiting of this.#pending.values()) waiting.reject(error);
    this.#pending.clear();
  }
}
