import { CliError } from '../cli-error.js';
import { fsProblem } from '../io/fs-problem.js';
import { inputName, openInput } from '../io/input.js';
import { splitLines } from '../io/lines.js';
import { type Chunk, lineChunks } from '../parallel/chunks.js';
import { WorkerPool } from '../parallel/pool.js';
import type { ChunkReply, RenderedLine } from '../parallel/protocol.js';
import { renderLine } from '../parallel/render.js';
import { ResultLinesWriter } from '../write/result-lines.js';
import { evaluateLine } from './evaluate-line.js';
import { createEvaluator } from './evaluator.js';
import { mainThreadLines } from './line-source.js';
import type { RenderedSource, RenderedVillage, SourceOptions } from './village-source.js';

/**
 * NDJSON input evaluated by `workers` threads. The main thread only cuts the input into
 * chunks of whole lines, writes what comes back in input order, claims village ids and counts
 * tallies. A village whose id repeats an earlier one is evaluated again here, exactly as a
 * single-thread run evaluates it, so the output bytes are the same whatever the worker count.
 */
export async function openParallelLineSource(
  file: string,
  options: SourceOptions,
  workers: number,
): Promise<RenderedSource> {
  const evaluator = createEvaluator(options);
  const main = mainThreadLines(evaluator);
  const writer = new ResultLinesWriter(evaluator.model);
  const input = await openInput(file);
  let lines = 0;
  let villages = 0;
  let households = 0;

  /** One worker-rendered line, admitted in input order. */
  const admit = (rendered: RenderedLine, chunk: Chunk): RenderedVillage => {
    lines = rendered.line;
    villages++;
    if (rendered.claim !== null && evaluator.claim(rendered.claim)) {
      // A repeated village id: evaluate the line here, as the single-thread path does.
      const line = splitLines(chunk.bytes, chunk.firstLine).find((l) => l.number === rendered.line);
      if (line === undefined) throw new Error(`line ${rendered.line} is missing from its chunk`);
      const again = renderLine(evaluateLine(main, line, options.evalYear, villages - 1), writer);
      households += again.households;
      return again;
    }
    evaluator.recordTally(rendered.tally);
    households += rendered.households;
    return rendered;
  };

  return {
    format: 'ndjson',
    model: evaluator.model,
    evalYear: options.evalYear,
    async *rendered(): AsyncGenerator<RenderedVillage> {
      const pool = new WorkerPool(workers, {
        modelDocument: options.model.document,
        modelHash: options.model.hash,
        evalYear: options.evalYear,
        includePersonal: options.includePersonal,
        reference: options.reference === true,
      });
      const chunks = lineChunks(input);
      // A few chunks per worker in flight keep every thread busy while memory stays bounded.
      const inFlight: { chunk: Chunk; reply: Promise<ChunkReply> }[] = [];
      let more = true;
      const fill = async () => {
        while (more && inFlight.length < workers * 3) {
          let next: IteratorResult<Chunk>;
          try {
            next = await chunks.next();
          } catch (error) {
            throw new CliError(`cannot read ${inputName(file)}: ${fsProblem(error)}`);
          }
          if (next.done === true) more = false;
          else {
            const reply = pool.submit(next.value);
            reply.catch(() => {}); // awaited in order below; a failure must not go unhandled meanwhile
            inFlight.push({ chunk: next.value, reply });
          }
        }
      };
      try {
        await fill();
        while (inFlight.length > 0) {
          const { chunk, reply } = inFlight.shift() as { chunk: Chunk; reply: Promise<ChunkReply> };
          const done = await reply;
          await fill();
          for (const rendered of done.lines) yield admit(rendered, chunk);
        }
      } finally {
        await pool.close();
      }
    },
    summary: () => evaluator.summary(),
    progress: () => ({ lines, villages, households }),
  };
}
