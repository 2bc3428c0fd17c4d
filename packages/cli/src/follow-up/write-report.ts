import {
  exceptionCsvRows,
  exceptionsCsvHeader,
  type FollowUpException,
  type FollowUpReport,
  type Lang,
  type LedgerLineError,
  type SubjectException,
} from '@credit-village/core';
import type { Output } from '../io/output.js';
import {
  errorLines,
  errorsHeading,
  exceptionLine,
  exceptionsHeading,
  followUpHeadLines,
} from '../report/follow-up.js';
import { safeText } from '../report/safe-text.js';

/** The report's exceptions and bad lines, streamed (see `Spill`). */
export interface ReportTail {
  /** Every exception, sorted by line. */
  exceptions(): AsyncIterable<FollowUpException>;
  /** Every bad line, by index. */
  errors(): AsyncIterable<LedgerLineError>;
}

/** Text gathered before it is written, so that a million short writes are a few large ones. */
const CHUNK = 1 << 16;

/** Writes to an output in chunks, waiting for it when it is slow. */
class ChunkWriter {
  readonly #output: Output;
  #text = '';

  constructor(output: Output) {
    this.#output = output;
  }

  async write(text: string): Promise<void> {
    this.#text += text;
    if (this.#text.length >= CHUNK) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.#text === '') return;
    const text = this.#text;
    this.#text = '';
    await this.#output.write(text);
  }
}

/**
 * The `overLimit` exceptions (the report's, computed at its end) and the per-line ones (set
 * aside while the ledger streamed), each sorted by line, merged into one list sorted by line.
 */
export async function* mergeExceptions(
  overLimit: readonly FollowUpException[],
  perLine: AsyncIterable<SubjectException>,
): AsyncGenerator<FollowUpException> {
  let i = 0;
  for await (const exception of perLine) {
    while (i < overLimit.length && (overLimit[i] as FollowUpException).line < exception.line)
      yield overLimit[i++] as FollowUpException;
    yield exception;
  }
  while (i < overLimit.length) yield overLimit[i++] as FollowUpException;
}

/**
 * The report document of docs/formats.md, byte for byte what `JSON.stringify(report, null, 2)`
 * gives for the whole report, with its `exceptions` and `errors` written as they are read back.
 */
export async function writeJsonReport(
  output: Output,
  report: FollowUpReport,
  tail: ReportTail,
): Promise<void> {
  const writer = new ChunkWriter(output);
  const marks = { exceptions: '\u0000exceptions\u0000', errors: '\u0000errors\u0000' };
  const text = `${JSON.stringify({ ...report, exceptions: marks.exceptions, errors: marks.errors }, null, 2)}\n`;
  const exceptionsAt = text.indexOf(JSON.stringify(marks.exceptions));
  const errorsAt = text.indexOf(JSON.stringify(marks.errors));
  await writer.write(text.slice(0, exceptionsAt));
  await writeArray(writer, tail.exceptions());
  await writer.write(text.slice(exceptionsAt + JSON.stringify(marks.exceptions).length, errorsAt));
  await writeArray(writer, tail.errors());
  await writer.write(text.slice(errorsAt + JSON.stringify(marks.errors).length));
  await writer.flush();
}

/** An array member of the report's top level, as `JSON.stringify(…, null, 2)` writes it. */
async function writeArray(writer: ChunkWriter, items: AsyncIterable<unknown>): Promise<void> {
  let first = true;
  for await (const item of items) {
    const body = JSON.stringify(item, null, 2).replaceAll('\n', '\n    ');
    await writer.write(`${first ? '[\n' : ',\n'}    ${body}`);
    first = false;
  }
  await writer.write(first ? '[]' : '\n  ]');
}

/** The report for people (see `report/follow-up.ts`), every line made safe to print. */
export async function writeTextReport(
  output: Output,
  report: FollowUpReport,
  tail: ReportTail,
  lang: Lang,
): Promise<void> {
  const writer = new ChunkWriter(output);
  const lines = async (list: readonly string[]) => {
    for (const line of list) await writer.write(`${safeText(line)}\n`);
  };
  await lines(followUpHeadLines(report, lang));
  await lines(exceptionsHeading(report, lang));
  for await (const exception of tail.exceptions()) await lines([exceptionLine(exception, lang)]);
  await lines(errorsHeading(report, lang));
  for await (const error of tail.errors()) await lines(errorLines(error, lang));
  await writer.flush();
}

/** The exceptions as CSV for the lenders (the core's `followUpExceptionsCsv`, streamed). */
export async function writeExceptionsCsv(
  output: Output,
  exceptions: AsyncIterable<FollowUpException>,
  lang: Lang,
): Promise<void> {
  const writer = new ChunkWriter(output);
  await writer.write(exceptionsCsvHeader(lang));
  for await (const exception of exceptions) await writer.write(exceptionCsvRows(exception, lang));
  await writer.flush();
}
