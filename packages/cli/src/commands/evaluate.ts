import { type ExitStatus, statusOf } from '../exit-status.js';
import { openAtomicOutput } from '../io/atomic-output.js';
import { stdoutOutput } from '../io/stdout.js';
import { loadModel } from '../options/model.js';
import { ErrorList } from '../report/error-list.js';
import { ProgressLine } from '../report/progress-line.js';
import { summaryLines } from '../report/summary.js';
import { openSource } from '../run/open-source.js';
import type { InputFormat, VillageSource } from '../run/village-source.js';
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
  const source = await openSource(file, flags.format, {
    model,
    includePersonal: flags.includePersonal === true,
    reference: flags.reference === true,
    ...(flags.evalYear === undefined ? {} : { evalYear: flags.evalYear }),
  });
  const output = flags.output === undefined ? stdoutOutput() : await openAtomicOutput(flags.output);
  const progress = new ProgressLine();
  const problems = new ErrorList((line) => progress.print(line));
  try {
    const writer = writerFor(source);
    await output.write(writer.start());
    for await (const village of source.villages()) {
      await output.write(writer.village(village));
      problems.add(village);
      progress.update(source.progress());
    }
    await output.write(writer.end(source.summary()));
    await output.commit();
  } catch (error) {
    progress.clear();
    await output.abort();
    throw error;
  }
  problems.finish();
  if (problems.found) progress.print('');
  const summary = source.summary();
  const context = { model: source.model, evalYear: source.evalYear };
  const lines = summaryLines(
    summary,
    flags.output === undefined ? context : { ...context, output: flags.output },
  );
  for (const line of lines) progress.print(line);
  return statusOf(summary);
}

function writerFor(source: VillageSource): ResultWriter {
  return source.format === 'json' && source.evalYear !== undefined
    ? new ResultDocumentWriter(source.model, source.evalYear)
    : new ResultLinesWriter(source.model);
}
