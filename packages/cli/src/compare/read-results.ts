import { InputError, type Issue, type ResultComparer } from '@credit-village/core';
import { CliError } from '../cli-error.js';
import { fsProblem } from '../io/fs-problem.js';
import { inputName, openInput } from '../io/input.js';
import { JsonObjectStream, JsonStreamError } from '../io/json-stream.js';
import { issueText } from '../report/issue-text.js';

/** Which results a file holds in a comparison. */
export type Side = 'before' | 'after';

/** A line of NDJSON results carries these besides the village's result. */
const LINE_KEYS = new Set(['line', 'model', 'evalYear']);
/** A result document's members besides `villages`. */
const DOCUMENT_KEYS = new Set([
  'model',
  'evalYear',
  'summary',
  'entities',
  'entityErrors',
  'townships',
  'county',
]);

/** The records of results other than villages, by the `kind` of their NDJSON line. */
export type ResultRecordKind = 'entity' | 'entityError' | 'township' | 'county';

/**
 * Where a results file goes, record by record (a comparison's side, a follow-up): the model
 * first (named by the document, or by each NDJSON line), then each village, and the other
 * records as they come. Each may throw `InputError` naming what is wrong.
 */
export interface ResultSink {
  /** The model the results name; returns its hash (every line must name the same). */
  model(stamp: unknown): { readonly hash: string };
  village(village: unknown, path: readonly (string | number)[]): void;
  record(kind: ResultRecordKind, value: unknown, path: readonly (string | number)[]): void;
  /** A result document has a list of these (perhaps empty); NDJSON results say so by a line. */
  hasList(kind: 'entity' | 'township'): void;
}

/**
 * Reads a result file of `credit-village evaluate` into one side of a comparison, village by
 * village, whatever its size: see {@link readResultFile}. Each village is checked by the
 * comparer against its model.
 *
 * @param what how the file is named in messages (`the earlier results`).
 * @returns the evaluation year of the results.
 * @throws {CliError} when the file cannot be read, is not results of `evaluate`, or holds a
 *   score, grade or rating its model does not give (naming the line or path).
 */
export function readResults(
  file: string,
  what: string,
  side: Side,
  comparer: ResultComparer,
): Promise<number> {
  return readResultFile(
    file,
    what,
    {
      model: (stamp) => comparer.model(side, stamp),
      village: (village, path) => comparer.add(side, village, path),
      record: (kind, value, path) => {
        if (kind === 'entityError') comparer.hasSubjects(side, 'entity');
        else comparer.addSubject(side, kind, value, path);
      },
      hasList: (kind) => comparer.hasSubjects(side, kind),
    },
    'cannot be compared',
  );
}

/**
 * Reads a result file of `credit-village evaluate` into `sink`, record by record, whatever its
 * size: a result document (`{ "model", "evalYear", "villages": [...], "summary" }`, its villages
 * streamed one at a time, so its size is not limited by memory; its entities, entity errors,
 * townships and county after them) or NDJSON results (one village per line, as `evaluate
 * --format ndjson` writes, and the lines of other kinds; every line's model must be the same,
 * and so must every line's year that has one).
 *
 * @param what how the file is named in messages (`the earlier results`).
 * @param failed what cannot be done with results the sink refuses (`cannot be compared`).
 * @returns the evaluation year of the results.
 * @throws {CliError} when the file cannot be read, is not results of `evaluate`, or the sink
 *   refuses a record (naming the line or path).
 */
export async function readResultFile(
  file: string,
  what: string,
  sink: ResultSink,
  failed: string,
): Promise<number> {
  const name = `${what} (${inputName(file)})`;
  const reader = new ResultsReader(sink);
  const stream = new JsonObjectStream('villages', reader);
  const input = await openInput(file);
  try {
    for await (const chunk of input) stream.push(chunk as Buffer);
    stream.finish();
  } catch (error) {
    input.destroy();
    if (error instanceof JsonStreamError)
      throw new CliError(`${name} is not a result of credit-village evaluate: ${error.message}`);
    if (error instanceof InputError) {
      const at = reader.line === undefined ? '' : `line ${reader.line}: `;
      throw new CliError(
        `${name} ${failed}:`,
        error.issues.slice(0, 50).map((issue: Issue) => `  ${at}${issueText(issue)}`),
      );
    }
    if (error instanceof CliError) throw new CliError(`${name}: ${error.message}`, error.lines);
    throw new CliError(`cannot read ${name}: ${fsProblem(error)}`);
  }
  if (reader.year === undefined) {
    throw new CliError(
      reader.objects === 0
        ? `${name} is empty: there are no results in it`
        : `${name} has no evaluation year: no line has one`,
    );
  }
  return reader.year;
}

/** Turns the JSON reader's events into the sink's records. */
class ResultsReader {
  /** The NDJSON line being read (undefined in a result document). */
  line: number | undefined;
  /** The results' evaluation year, once known. */
  year: number | undefined;
  /** How many top-level objects were read. */
  objects = 0;
  readonly #sink: ResultSink;
  #mode: 'unknown' | 'document' | 'lines' = 'unknown';
  #members = new Map<string, unknown>();
  #hash: string | undefined;

  constructor(sink: ResultSink) {
    this.#sink = sink;
  }

  begin(line: number): void {
    if (this.#mode === 'document')
      throw new CliError('a result document holds one JSON object; more follow it');
    this.objects++;
    this.line = line;
    this.#members = new Map();
  }

  member(key: string, value: unknown): void {
    this.#members.set(key, value);
  }

  stream(key: string): void {
    if (this.objects > 1)
      throw new CliError(`line ${this.line}: a "${key}" array in NDJSON results`);
    this.#mode = 'document';
    this.line = undefined;
    for (const member of this.#members.keys()) {
      if (!DOCUMENT_KEYS.has(member))
        throw new CliError(`not a result document: "${member}" is not one of its fields`);
    }
    if (!this.#members.has('model') || !this.#members.has('evalYear'))
      throw new CliError(
        this.#members.has('model')
          ? 'not a result document: its "evalYear" must come before its "villages", as evaluate writes them'
          : 'not a result document of credit-village evaluate: it names no model before its "villages" (compare reads what evaluate writes, not a batch document)',
      );
    this.#sink.model(this.#members.get('model'));
    this.year = year(this.#members.get('evalYear'), 'evalYear');
  }

  element(village: unknown, index: number): void {
    this.#sink.village(village, ['villages', index]);
  }

  end(): void {
    if (this.#mode === 'document') {
      for (const member of this.#members.keys()) {
        if (!DOCUMENT_KEYS.has(member))
          throw new CliError(`not a result document: "${member}" is not one of its fields`);
      }
      this.#documentSubjects();
      return;
    }
    this.#mode = 'lines';
    const members = this.#members;
    const model = members.get('model');
    if (this.#hash === undefined) {
      this.#hash = this.#sink.model(model).hash;
    } else if ((model as { hash?: unknown } | undefined)?.hash !== this.#hash) {
      throw new CliError(
        `line ${this.line}: evaluated with another model than line 1; compare results of one run`,
      );
    }
    const kind = members.get('kind');
    const lineYear = members.get('evalYear');
    // Township and county lines carry no year of their own.
    if (lineYear !== null && !(kind !== undefined && lineYear === undefined)) {
      const y = year(lineYear, `line ${this.line}: evalYear`);
      if (this.year !== undefined && y !== this.year)
        throw new CliError(
          `line ${this.line}: evaluated for ${y}, the lines before for ${this.year}; compare results of one year`,
        );
      this.year = y;
    }
    const record = Object.fromEntries(
      [...members].filter(([key]) => !LINE_KEYS.has(key) && key !== 'kind'),
    );
    if (kind === undefined) this.#sink.village(record, []);
    else if (
      kind === 'entity' ||
      kind === 'township' ||
      kind === 'county' ||
      kind === 'entityError'
    )
      this.#sink.record(kind, record, ['line', this.line ?? 0]);
    else
      throw new CliError(
        `line ${this.line}: "kind" ${JSON.stringify(kind)} is not a kind of result line`,
      );
  }

  /** A result document's entities, townships and county (docs/model.md §8–9), when it has them. */
  #documentSubjects(): void {
    const list = (key: string): unknown[] | undefined => {
      const value = this.#members.get(key);
      if (value === undefined) return undefined;
      if (!Array.isArray(value))
        throw new CliError(`not a result document: "${key}" is not a list`);
      return value;
    };
    const entities = list('entities');
    if (entities !== undefined) this.#sink.hasList('entity');
    for (const [i, entity] of (entities ?? []).entries())
      this.#sink.record('entity', entity, ['entities', i]);
    for (const [i, error] of (list('entityErrors') ?? []).entries())
      this.#sink.record('entityError', error, ['entityErrors', i]);
    const townships = list('townships');
    if (townships !== undefined) this.#sink.hasList('township');
    for (const [i, township] of (townships ?? []).entries())
      this.#sink.record('township', township, ['townships', i]);
    if (this.#members.has('county'))
      this.#sink.record('county', this.#members.get('county'), ['county']);
  }
}

function year(value: unknown, what: string): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value <= 2100)
    return value;
  throw new CliError(`${what}: expected an evaluation year from 1900 to 2100`);
}
