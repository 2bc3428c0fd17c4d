import { CliError } from '../cli-error.js';
import { fsProblem } from '../io/fs-problem.js';
import { inputName, openInput } from '../io/input.js';
import { splitLines } from '../io/lines.js';
import { type Chunk, lineChunks, WORKER_CHUNK_BYTES } from '../parallel/chunks.js';
import { WorkerPool } from '../parallel/pool.js';
import type { ChunkReply, EncodedLine, RenderedLine } from '../parallel/protocol.js';
import { pureLines, renderChunk, renderLine } from '../parallel/render.js';
import { ResultLinesWriter } from '../write/result-lines.js';
import { evaluateLine } from './evaluate-line.js';
import { createEvaluator } from './evaluator.js';
import { mainThreadLines } from './line-source.js';
import type { RenderedSource, RenderedVillage, SourceOptions } from './village-source.js';

/**
 * NDJSON input evaluated by `workers` threads: the main thread and `workers − 1` worker
 * threads each evaluate every `workers`-th chunk of whole lines (a thread that only waited on
 * the others would leave a core idle and cost memory); a chunk too big for a worker's small
 * heap (see `WORKER_CHUNK_BYTES`) is evaluated by the main thread too. The main thread also cuts the input
 * into chunks, writes the results in input order, claims village ids and counts tallies. A
 * village whose id repeats an earlier one is evaluated again here, exactly as a single-thread
 * run evaluates it, so the output bytes are the same whatever the number of threads.
 */
export async function openParallelLineSource(
  file: string,
  options: SourceOptions,
  workers: number,
): Promise<RenderedSource> {
  const evaluator = createEvaluator(options);
  const main = mainThreadLines(evaluator);
  const pure = pureLines(evaluator);
  const writer = new ResultLinesWriter(evaluator.model);
  const input = await openInput(file);
  let lines = 0;
  let villages = 0;
  let households = 0;

  /** One rendered line (by a worker: encoded; by this thread: text), admitted in input order. */
  const admit = (
    rendered: EncodedLine | RenderedLine,
    reply: ChunkReply | undefined,
    chunk: Chunk,
  ): RenderedVillage => {
    lines = rendered.line;
    if (rendered.kind === 'village') villages++;
    // Evaluated here, as the single-thread path does: an entity or township line (the batch's
    // ids and townships live in this thread), a village naming a township this thread has not
    // seen (an error the worker could not know), and a village repeating an earlier id.
    const again =
      rendered.deferred ||
      rendered.kind !== 'village' ||
      (rendered.township !== null && !evaluator.hasTownship(rendered.township)) ||
      (rendered.claim !== null && evaluator.claim(rendered.claim));
    if (again || rendered.tally === null) {
      const line = splitLines(chunk.bytes, chunk.firstLine).find((l) => l.number === rendered.line);
      if (line === undefined) throw new Error(`line ${rendered.line} is missing from its chunk`);
      const redone = renderLine(
        evaluateLine(main, line, options.evalYear, Math.max(0, villages - 1)),
        writer,
      );
      households += redone.households;
      return redone;
    }
    evaluator.recordTally(rendered.tally);
    households += rendered.households;
    const text =
      'text' in rendered
        ? rendered.text
        : (reply as ChunkReply).bytes.subarray(rendered.start, rendered.end);
    return { text, problems: rendered.problems };
  };

  return {
    format: 'ndjson',
    writer,
    model: evaluator.model,
    evalYear: options.evalYear,
    async *rendered(): AsyncGenerator<RenderedVillage> {
      const pool = new WorkerPool(
        workers - 1,
        {
          modelDocument: options.model.document,
          modelHash: options.model.hash,
          evalYear: options.evalYear,
          includePersonal: options.includePersonal,
          reference: options.reference === true,
        },
        JSON.stringify(options.model.document).length,
      );
      const chunks = lineChunks(input);
      // A few chunks per worker in flight keep every thread busy while memory stays bounded.
      // A chunk for the main thread is evaluated when its turn to be written comes.
      const inFlight: { chunk: Chunk; reply: Promise<ChunkReply> | undefined }[] = [];
      let seq = 0;
      let more = true;
      const fill = async () => {
        while (more && inFlight.length < workers * 2) {
          let next: IteratorResult<Chunk>;
          try {
            next = await chunks.next();
          } catch (error) {
            throw new CliError(`cannot read ${inputName(file)}: ${fsProblem(error)}`);
          }
          if (next.done === true) more = false;
          else if (
            next.value.tooLong === true ||
            seq % workers === 0 ||
            next.value.bytes.length > WORKER_CHUNK_BYTES
          ) {
            seq++;
            inFlight.push({ chunk: next.value, reply: undefined });
          } else {
            const reply = pool.submit(next.value);
            reply.catch(() => {}); // awaited in order below; a failure must not go unhandled meanwhile
            seq++;
            inFlight.push({ chunk: next.value, reply });
          }
        }
      };
      try {
        await fill();
        while (inFlight.length > 0) {
          const { chunk, reply } = inFlight.shift() as (typeof inFlight)[number];
          await fill();
          if (chunk.tooLong === true) {
            const line = { number: chunk.firstLine, text: '', problem: 'length' } as const;
            yield admit(
              renderLine(evaluateLine(pure, line, options.evalYear, 0), writer),
              undefined,
              chunk,
            );
          } else if (reply === undefined) {
            const rendered = renderChunk(
              chunk.bytes,
              chunk.firstLine,
              pure,
              writer,
              options.evalYear,
            );
            for (const line of rendered) yield admit(line, undefined, chunk);
          } else {
            const done = await reply;
            for (const line of done.lines) yield admit(line, done, chunk);
          }
        }
      } finally {
        await pool.close();
      }
    },
    summary: () => evaluator.summary(),
    townships: () => evaluator.townshipResults(),
    progress: () => ({ lines, villages, households }),
  };
}
