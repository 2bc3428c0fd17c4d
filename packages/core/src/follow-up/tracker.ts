import { readModelStamp } from '../evaluate/compare-read.js';
import { InputError, makeIssue } from '../issues.js';
import { unwrapJson } from '../json/parse-json.js';
import { defaultModel } from '../model/default.js';
import type { DisplayParameters } from '../model/document.js';
import type { Model, ModelStamp } from '../model/model.js';
import { idKey } from '../schema/ids.js';
import type {
  FollowUpException,
  FollowUpReport,
  LedgerLine,
  LedgerLineError,
  OverLimitException,
  SubjectException,
} from '../types/follow-up.js';
import { Accounts } from './accounts.js';
import { readAsOf, readLedgerLine } from './ledger-line.js';
import { buildReport } from './report.js';
import {
  readEntityResult,
  readErrorEntryId,
  readTownshipResult,
  readVillageResult,
} from './result-reader.js';
import { INVALID, SubjectIndex, UNKNOWN } from './subject-index.js';

type Path = readonly (string | number)[];

/** Options of the follow-up. */
export interface FollowUpOptions {
  /**
   * The model whose display parameters print the ratios (4 decimals, half up by default); the
   * default model when absent. Limits and flags are the results' own, whatever the model.
   */
  readonly model?: Model;
  /**
   * Whether the report keeps the per-line outcomes (`unknownSubject` and `invalidSubject`
   * exceptions, and lines with errors); default true. A caller streaming a ledger too large to
   * hold them takes each from {@link FollowUpTracker.line} instead: the report then lists only
   * the `overLimit` exceptions, and its `summary` still counts every line.
   */
  readonly keepLineOutcomes?: boolean;
}

/** What became of one ledger line (see {@link FollowUpTracker.line}). */
export type LedgerLineOutcome =
  | { readonly kind: 'active' | 'expired' }
  | { readonly kind: 'error'; readonly error: LedgerLineError }
  | { readonly kind: 'exception'; readonly exception: SubjectException };

const ACTIVE = { kind: 'active' } as const;
const EXPIRED = { kind: 'expired' } as const;

/**
 * The follow-up (授信/用信, docs/model.md §17), streamed: results first (village by village,
 * entity by entity: only ids, flags, limits and counts are kept, in columns), then the ledger's
 * `asOf`, then its lines one by one (each accounted into its subject's per-lender sums and
 * forgotten), then the report. Memory is the subject index and a few numbers per subject,
 * however long the ledger; {@link followUp} is the same over whole documents.
 *
 * @example
 * const tracker = new FollowUpTracker();
 * tracker.resultDocument(results);           // or resultLine(line) for each NDJSON line
 * tracker.asOf('2024-12-31');
 * ledger.lines.forEach((line, i) => tracker.line(line, i));
 * const report = tracker.report();
 */
export class FollowUpTracker {
  readonly #display: DisplayParameters;
  readonly #keep: boolean;
  readonly #index = new SubjectIndex();
  #stamp: ModelStamp | undefined;
  #asOf: string | undefined;
  #accounts: Accounts | undefined;
  /** Lenders by `idKey`, numbered in order of first appearance, and their ids (see `#lender`). */
  readonly #lenderKeys = new Map<string, number>();
  readonly #lenders: string[] = [];
  #lines = 0;
  #nextIndex = 0;
  readonly #counts = { active: 0, expired: 0, unknownSubject: 0, invalidSubject: 0, errors: 0 };
  readonly #exceptions: SubjectException[] = [];
  readonly #errors: LedgerLineError[] = [];

  constructor(options: FollowUpOptions = {}) {
    this.#display = (options.model ?? defaultModel()).document.display;
    this.#keep = options.keepLineOutcomes ?? true;
  }

  /**
   * Names the model the results were evaluated with (a result document's `model`, or an NDJSON
   * line's): every part of the results must name the same one.
   *
   * @throws {InputError} when it is not a model stamp, or not the one named before.
   */
  model(stamp: unknown, path: Path = ['model']): ModelStamp {
    const read = readModelStamp(stamp, path);
    if (this.#stamp === undefined) this.#stamp = read;
    else if (this.#stamp.hash !== read.hash)
      throw new InputError(
        [
          makeIssue(
            [...path],
            'invalid_value',
            'evaluated with another model than the results before it: follow up the results of one run',
          ),
        ],
        'results of several runs',
      );
    return read;
  }

  /**
   * Adds a village result.
   *
   * @throws {InputError} when a field the follow-up reads is wrong (naming its path).
   */
  village(value: unknown, path: Path = []): void {
    this.#resultsPhase();
    this.#index.addVillage(readVillageResult(value, path));
  }

  /**
   * Adds a scored entity's result.
   *
   * @throws {InputError} when a field the follow-up reads is wrong.
   */
  entity(value: unknown, path: Path = []): void {
    this.#resultsPhase();
    this.#index.addEntity(readEntityResult(value, path));
  }

  /**
   * Adds an invalid entity record's error entry (its id, when it had one, names an invalid
   * subject).
   *
   * @throws {InputError} when it is not an error entry.
   */
  entityError(value: unknown, path: Path = []): void {
    this.#resultsPhase();
    this.#index.addEntityError(readErrorEntryId(value, path));
  }

  /**
   * Adds a township result (villages name their township by its id).
   *
   * @throws {InputError} when it has no id or `null`.
   */
  township(value: unknown, path: Path = []): void {
    this.#resultsPhase();
    this.#index.addTownship(readTownshipResult(value, path));
  }

  /**
   * Says that the results have a list of townships, even an empty one: the report then has
   * `townships` (a result document says so by its `townships` array; NDJSON results by their
   * township lines).
   */
  hasTownships(): void {
    this.#resultsPhase();
    this.#index.hasTownships = true;
  }

  /**
   * Adds one line of NDJSON results (as `evaluate --format ndjson` writes them): a village (no
   * `kind`), `"kind": "entity"`, `"entityError"`, `"township"` or `"county"` (not needed: the
   * county of the follow-up is every village). Its `model` must be the results' one.
   *
   * @param path where the line is, for the issues (`[]`; a line number goes in the issue's
   *   params when the caller adds it).
   * @throws {InputError} when the line is not a result line.
   */
  resultLine(value: unknown, path: Path = []): void {
    const line = unwrapJson(value).value;
    if (typeof line !== 'object' || line === null || Array.isArray(line)) {
      this.village(line, path);
      return;
    }
    const { kind, model } = line as Record<string, unknown>;
    this.model(model, [...path, 'model']);
    switch (kind) {
      case undefined:
        this.village(line, path);
        return;
      case 'entity':
        this.entity(line, path);
        return;
      case 'entityError':
        this.entityError(line, path);
        return;
      case 'township':
        this.township(line, path);
        return;
      case 'county':
        return;
      default:
        throw new InputError(
          [
            makeIssue(
              [...path, 'kind'],
              'invalid_value',
              'not a kind of result line (entity, entityError, township or county)',
              { allowed: ['entity', 'entityError', 'township', 'county'] },
            ),
          ],
          'not a result line',
        );
    }
  }

  /**
   * Adds a whole result document: its model, villages, entities, entity errors and townships.
   *
   * @throws {InputError} when it is not a result document (naming the path of what is wrong).
   */
  resultDocument(value: unknown): void {
    const document = unwrapJson(value).value;
    if (typeof document !== 'object' || document === null || Array.isArray(document))
      throw new InputError(
        [makeIssue([], 'invalid_document', 'not a result document (a JSON object)')],
        'not a result document',
      );
    const { model, villages, entities, entityErrors, townships } = document as Record<
      string,
      unknown
    >;
    this.model(model);
    this.#list(villages, 'villages', true, (v, path) => this.village(v, path));
    this.#list(entities, 'entities', false, (v, path) => this.entity(v, path));
    this.#list(entityErrors, 'entityErrors', false, (v, path) => this.entityError(v, path));
    if (Array.isArray(townships)) this.hasTownships();
    this.#list(townships, 'townships', false, (v, path) => this.township(v, path));
  }

  #list(
    value: unknown,
    key: string,
    required: boolean,
    add: (item: unknown, path: Path) => void,
  ): void {
    if (value === undefined && !required) return;
    if (!Array.isArray(value))
      throw new InputError(
        [makeIssue([key], value === undefined ? 'required' : 'invalid_type', 'expected an array')],
        'not a result document',
      );
    for (let i = 0; i < value.length; i++) add(value[i], [key, i]);
  }

  /**
   * Starts the ledger: its `asOf` date. The results are complete from here on.
   *
   * @throws {InputError} when it is not a real date `YYYY-MM-DD`, or no results came before.
   */
  asOf(value: unknown): void {
    if (this.#stamp === undefined)
      throw new InputError(
        [makeIssue(['model'], 'required', 'no results came before the ledger')],
        'no results',
      );
    if (this.#asOf !== undefined) throw new Error('FollowUpTracker: asOf(…) is given once');
    this.#asOf = readAsOf(value);
    this.#accounts = new Accounts(this.#index.size);
  }

  /**
   * Accounts one ledger line (a parsed value, or the `ParsedJson` of its text: keys written twice
   * are its errors). Every line is accounted once: active (it counts in the metrics), expired
   * (valid, before `asOf`: it counts nowhere), an error (with every issue at its path) or an
   * exception (`unknownSubject`, `invalidSubject`).
   *
   * @param index the line's place in the ledger; by default the next after the last one.
   */
  line(value: unknown, index: number = this.#nextIndex): LedgerLineOutcome {
    const accounts = this.#accounts;
    const asOf = this.#asOf;
    if (accounts === undefined || asOf === undefined)
      throw new Error('FollowUpTracker: asOf(…) comes before the ledger lines');
    this.#lines++;
    this.#nextIndex = index + 1;
    const read = readLedgerLine(value, index);
    if (!read.ok) {
      this.#counts.errors++;
      if (this.#keep) this.#errors.push(read.error);
      return { kind: 'error', error: read.error };
    }
    const line = read.line;
    const subject =
      'entity' in line
        ? this.#index.entity(line.entity)
        : this.#index.household(line.village, line.household);
    if (subject === UNKNOWN || subject === INVALID) {
      const kind = subject === UNKNOWN ? 'unknownSubject' : 'invalidSubject';
      this.#counts[kind]++;
      const exception = subjectException(kind, line);
      if (this.#keep) this.#exceptions.push(exception);
      return { kind: 'exception', exception };
    }
    if (line.validUntil < asOf) {
      this.#counts.expired++;
      return EXPIRED;
    }
    this.#counts.active++;
    accounts.add(subject, this.#lender(line.lender), read.grantedFen, read.usedFen, index);
    return ACTIVE;
  }

  /** The report of everything added (see {@link FollowUpReport}). */
  report(): FollowUpReport {
    const accounts = this.#accounts;
    const asOf = this.#asOf;
    const stamp = this.#stamp;
    if (accounts === undefined || asOf === undefined || stamp === undefined)
      throw new Error('FollowUpTracker: asOf(…) comes before the report');
    const built = buildReport(this.#index, accounts, this.#lenders, this.#display);
    const byLine = (a: { line: number }, b: { line: number }) => a.line - b.line;
    const exceptions = mergeByLine(built.overLimit, [...this.#exceptions].sort(byLine));
    const errors = [...this.#errors].sort((a, b) => a.index - b.index);
    return {
      asOf,
      model: stamp,
      villages: built.villages,
      ...(built.townships === undefined ? {} : { townships: built.townships }),
      county: built.county,
      entities: built.entities,
      lenders: built.lenders,
      exceptions,
      errors,
      summary: {
        lines: this.#lines,
        ...this.#counts,
        overLimit: built.overLimit.length,
      },
    };
  }

  #lender(lender: string): number {
    const key = idKey(lender);
    let n = this.#lenderKeys.get(key);
    if (n === undefined) {
      n = this.#lenders.length;
      this.#lenderKeys.set(key, n);
      this.#lenders.push(lender);
    } else if (lender < (this.#lenders[n] as string)) {
      // One lender written several ways (full-width and half-width) is named by the least of
      // its spellings, so the report does not depend on which line came first.
      this.#lenders[n] = lender;
    }
    return n;
  }

  #resultsPhase(): void {
    if (this.#asOf !== undefined)
      throw new Error('FollowUpTracker: the results come before the ledger');
  }
}

function subjectException(kind: SubjectException['kind'], line: LedgerLine): SubjectException {
  const subject =
    'entity' in line
      ? { entity: line.entity }
      : { village: line.village, household: line.household };
  return {
    kind,
    line: line.index,
    ...subject,
    lender: line.lender,
    granted: line.granted,
    used: line.used,
  };
}

/**
 * Two lists each sorted by line, merged (a subject's `overLimit` and the per-line exceptions
 * never share a line: one names a scored subject, the others none).
 */
export function mergeByLine(
  a: readonly OverLimitException[],
  b: readonly SubjectException[],
): FollowUpException[] {
  const out: FollowUpException[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    if (y === undefined || (x !== undefined && x.line < y.line)) {
      out.push(x as OverLimitException);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  return out;
}
