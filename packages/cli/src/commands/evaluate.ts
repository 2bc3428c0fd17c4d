import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { ModelStamp } from '@credit-village/core';
import { CliError } from '../cli-error.js';
import { type ExitStatus, statusOf } from '../exit-status.js';
import { openFileOutput } from '../io/file-output.js';
import { stdoutOutput } from '../io/stdout.js';
import { loadModel } from '../options/model.js';
import { ErrorList } from '../report/error-list.js';
import { ProgressLine } from '../report/progress-line.js';
import {
  entityProblemLines,
  problemLines,
  townshipProblemLines,
} from '../report/record-problems.js';
import { summaryLines } from '../report/summary.js';
import { openSource } from '../run/open-source.js';
import { openParallelLineSource } from '../run/parallel-line-source.js';
import {
  type InputFormat,
  isEntity,
  type RenderedSource,
  type VillageSource,
} from '../run/village-source.js';
import { ResultDocumentWriter } from '../write/result-document.js';
import { ResultLinesWriter } from '../write/result-lines.js';
import type { ResultWriter } from '../write/result-writer.js';

/** The flags of `credit-village evaluate`, as commander parses them. */
export interface EvaluateFlags {
  readonly model?: string;
  readonly evalYear?: number;
  readonly format: InputFormat;
  readonly reference?: boolean;
  readonly output?: string;
  readonly includePersonal?: boolean;
  /** `--workers`: worker threads for NDJSON input (default: the cores, for a large file). */
  readonly workers?: number;
}

/**
 * `credit-village evaluate <file | ->`: evaluates a batch document (`--format json`, the
 * default) or one village per line (`--format ndjson`) and writes the results to standard
 * output or `--output`; problems and a summary go to standard error.
 *
 * @returns 0 when every record was valid, 1 when some were not (the valid ones are written).
 * @throws {CliError} when nothing could be evaluated (status 2); an `--output` file is then
 *   left as it was.
 */
export async function evaluateCommand(file: string, flags: EvaluateFlags): Promise<ExitStatus> {
  const model = await loadModel(flags.model);
  const options = {
    model,
    includePersonal: flags.includePersonal === true,
    reference: flags.reference === true,
    ...(flags.evalYear === undefined ? {} : { evalYear: flags.evalYear }),
  };
  const workers = await workerCount(file, flags);
  const source =
    flags.format === 'ndjson' && workers > 1
      ? await openParallelLineSource(file, options, workers)
      : await openSource(file, flags.format, options);
  // One writer for the whole run: it counts the villages and keeps the entities until the end
  // of a batch document.
  const rendered = 'rendered' in source ? source : rendering(source, writerFor(source));
  const writer = rendered.writer;
  const output = flags.output === undefined ? stdoutOutput() : await openFileOutput(flags.output);
  const progress = new ProgressLine();
  const problems = new ErrorList((line) => progress.print(line));
  try {
    await output.write(writer.start());
    for await (const village of rendered.rendered()) {
      await output.write(village.text);
      problems.addLines(village.problems);
      progress.update(source.progress());
    }
    if (source.format === 'ndjson' && source.progress().lines === 0) {
      throw new CliError(
        `${file === '-' ? 'standard input' : file} has no village lines: there is nothing to evaluate`,
      );
    }
    const townships = source.townships();
    problems.addLines(townshipProblemLines(townships));
    await output.write(writer.end({ summary: source.summary(), townships }));
    await output.commit();
  } catch (error) {
    progress.clear();
    await output.abort();
    throw error;
  }
  problems.finish();
  if (problems.found) progress.print('');
  const summary = source.summary();
  const townships = source.townships();
  const context = {
    model: source.model,
    evalYear: source.evalYear,
    townships,
    county: model.document.county,
  };
  const lines = summaryLines(
    summary,
    flags.output === undefined ? context : { ...context, output: flags.output },
  );
  for (const line of lines) progress.print(line);
  return statusOf(summary, townships);
}

/** A single-thread source, rendered here with the same writer and problem lines as a worker's. */
function rendering(source: VillageSource, writer: ResultWriter): RenderedSource {
  return {
    format: source.format,
    writer,
    model: source.model,
    evalYear: source.evalYear,
    async *rendered() {
      for await (const record of source.villages()) {
        if (isEntity(record)) {
          yield { text: writer.entity(record), problems: entityProblemLines(record) };
          continue;
        }
        yield {
          text: writer.village(record),
          problems: record.result.errors.length > 0 ? problemLines(record) : [],
        };
      }
    },
    summary: () => source.summary(),
    townships: () => source.townships(),
    progress: () => source.progress(),
  };
}

/** Inputs at least this large are evaluated with one worker per core unless `--workers` says otherwise. */
const LARGE_INPUT_BYTES = 8 << 20;

/** `--workers`, or by default one per core for a large NDJSON file and one otherwise. */
async function workerCount(file: string, flags: EvaluateFlags): Promise<number> {
  if (flags.format !== 'ndjson') {
    if ((flags.workers ?? 1) > 1) {
      process.stderr.write(
        'note: --workers applies to --format ndjson; a batch document is evaluated in one thread\n',
      );
    }
    return 1;
  }
  if (flags.workers !== undefined) {
    const cores = maxWorkers();
    if (flags.workers <= cores) return flags.workers;
    process.stderr.write(
      `note: --workers ${flags.workers} is more than the ${cores} cores here: using ${cores} threads (more would only add memory)\n`,
    );
    return cores;
  }
  if (file === '-') return 1;
  try {
    return (await stat(file)).size >= LARGE_INPUT_BYTES ? Math.min(availableParallelism(), 8) : 1;
  } catch {
    return 1; // the source reports an unreadable file
  }
}

/**
 * The most threads a run uses: one per core. Each thread holds its own copy of the model and
 * its own heap (about 40 MB with the default model), and threads beyond the cores only wait
 * for one: 64 on 2 cores took 2 GB and ran 20 times slower than 2.
 * `CREDIT_VILLAGE_MAX_WORKERS` changes it, so that tests on a small machine can run more
 * threads than it has cores.
 */
function maxWorkers(): number {
  return Number(process.env.CREDIT_VILLAGE_MAX_WORKERS) || availableParallelism();
}

function writerFor(source: {
  format: InputFormat;
  evalYear: number | undefined;
  model: ModelStamp;
}): ResultWriter {
  return source.format === 'json' && source.evalYear !== undefined
    ? new ResultDocumentWriter(source.model, source.evalYear)
    : new ResultLinesWriter(source.model);
}
