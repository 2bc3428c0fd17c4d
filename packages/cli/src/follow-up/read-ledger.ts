import {
  type FollowUpTracker,
  InputError,
  type LedgerLineOutcome,
  safeParseJson,
} from '@credit-village/core';
import { CliError } from '../cli-error.js';
import { fsProblem } from '../io/fs-problem.js';
import { inputName, openInput } from '../io/input.js';
import { JsonObjectStream, JsonStreamError, type JsonStreamHandler } from '../io/json-stream.js';
import { recordIssueText } from '../report/issue-text.js';

/**
 * Streams a credit ledger (docs/formats.md §13) into the tracker, line by line,
 * whatever its size: the ledger's `asOf` starts the tracker's ledger phase, and each element of
 * its `lines` is read (keys written twice found, as the core's reader does) and accounted at
 * once, its outcome handed to `onLine`. A ledger that writes `asOf` after its lines has them
 * held until `asOf` comes (write `asOf` first, as the formats show it, for a ledger of any
 * size).
 *
 * @returns how many lines the ledger has.
 * @throws {CliError} when the ledger is unusable (exit 2): not readable, not JSON, not one
 *   object, no `lines` array, a bad `asOf`, an unknown top-level key or one written twice.
 */
export async function readLedger(
  file: string,
  tracker: FollowUpTracker,
  onLine: (outcome: LedgerLineOutcome) => void,
): Promise<number> {
  const name = `the ledger (${inputName(file)})`;
  const reader = new LedgerReader(tracker, onLine);
  const stream = new JsonObjectStream('lines', reader, parseLine);
  const input = await openInput(file);
  try {
    for await (const chunk of input) stream.push(chunk as Buffer);
    stream.finish();
    reader.done();
  } catch (error) {
    input.destroy();
    if (error instanceof JsonStreamError)
      throw new CliError(`${name} is not a credit ledger: ${error.message}`);
    if (error instanceof InputError)
      throw new CliError(
        `${name} is not usable:`,
        error.issues.slice(0, 50).map((issue) => `  ${recordIssueText(issue, 'ledger')}`),
      );
    if (error instanceof CliError) throw new CliError(`${name}: ${error.message}`, error.lines);
    throw new CliError(`cannot read ${name}: ${fsProblem(error)}`);
  }
  return reader.count;
}

/** A line's text read as the core reads JSON: keys written twice come with it. */
function parseLine(text: string): unknown {
  const read = safeParseJson(text);
  if (!read.ok) throw new SyntaxError('not JSON');
  return read.value;
}

/** The ledger's top-level keys. */
const KEYS = new Set(['asOf', 'lines']);

class LedgerReader implements JsonStreamHandler {
  count = 0;
  readonly #tracker: FollowUpTracker;
  readonly #onLine: (outcome: LedgerLineOutcome) => void;
  #objects = 0;
  #started = false;
  #lines = false;
  /** Lines that came before `asOf`, held until it comes. */
  #held: unknown[] = [];

  constructor(tracker: FollowUpTracker, onLine: (outcome: LedgerLineOutcome) => void) {
    this.#tracker = tracker;
    this.#onLine = onLine;
  }

  begin(): void {
    if (++this.#objects > 1) throw new CliError('a ledger is one JSON object; more follow it');
  }

  member(key: string, value: unknown): void {
    if (!KEYS.has(key))
      throw new CliError(`"${key}" is not a field of a credit ledger (only "asOf" and "lines")`);
    if (key === 'lines')
      throw new CliError('its "lines" must be a JSON array of ledger lines', [
        '  {"asOf": "2024-12-31", "lines": [ {"lender": …}, … ]}',
      ]);
    this.#tracker.asOf(value);
    this.#started = true;
    for (const [index, line] of this.#held.entries()) this.#onLine(this.#tracker.line(line, index));
    this.#held = [];
  }

  stream(): void {
    this.#lines = true;
  }

  element(value: unknown, index: number): void {
    this.count++;
    if (this.#started) this.#onLine(this.#tracker.line(value, index));
    else this.#held.push(value);
  }

  end(): void {}

  /** The ledger ended: it must have had both parts. */
  done(): void {
    if (this.#objects === 0) throw new CliError('it is empty: there are no ledger lines');
    if (!this.#lines) throw new CliError('it has no "lines" array');
    if (!this.#started) this.#tracker.asOf(undefined);
  }
}
