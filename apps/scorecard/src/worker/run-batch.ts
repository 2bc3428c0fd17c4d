import { readBatchText } from '../lib/batch-file';
import {
  type BatchSummary,
  evaluateVillage,
  type Issue,
  type Model,
  type ModelStamp,
  readBatchEnvelope,
  rejectVillage,
  type VillageEvaluator,
  type VillageResult,
  villageEvaluator,
} from '../lib/core-adapter';

/** One village of a run: the core's result, with what the review needs to open its records. */
export interface VillageRun {
  readonly result: VillageResult;
  /** The evaluation year used; `null` when none could be. */
  readonly evalYear: number | null;
  /** The NDJSON line it came from (1-based); `null` for a JSON document. */
  readonly line: number | null;
  /** The village's household records as sent, to open one in the form. */
  readonly records: readonly unknown[] | null;
  /**
   * The village as sent (an NDJSON line without its `evalYear`), kept to rebuild a batch
   * document for the core (public notice, model comparison); `null` for a line that is not JSON.
   */
  readonly input: unknown;
}

/** The evaluation of a whole batch file. */
export interface BatchRun {
  readonly fileName: string;
  readonly format: 'json' | 'ndjson';
  readonly model: ModelStamp;
  readonly villages: readonly VillageRun[];
  readonly summary: BatchSummary;
}

/** A run, or why the file could not be evaluated at all. */
export type RunOutcome =
  | { readonly ok: true; readonly run: BatchRun }
  | { readonly ok: false; readonly issues: readonly Issue[]; readonly error?: string };

/** Options of {@link runBatch}. */
export interface RunOptions {
  readonly fileName: string;
  readonly model: Model;
  /** Overrides the file's evaluation year(s) when given (as typed: the core checks it). */
  readonly evalYear?: unknown;
  /** Called after each village with the households done so far and the total. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Receives each village as soon as it is evaluated. When given, the run's own `villages` list
   * stays empty: the worker streams villages to the page instead of sending them all at the end.
   */
  readonly onVillage?: (village: VillageRun) => void;
}

/**
 * Evaluates a batch file (JSON document or NDJSON) village by village with the core. Bad
 * villages and lines become results carrying their issues; only an unusable file (not JSON, no
 * `villages`, no evaluation year) fails as a whole.
 */
export function runBatch(text: string, options: RunOptions): RunOutcome {
  const source = readBatchText(text, options.fileName);
  if (source.kind === 'unreadable') return { ok: false, issues: [], error: source.error };
  if (source.kind === 'json') {
    const envelope = readBatchEnvelope(source.document, options.evalYear);
    if (!envelope.ok) return { ok: false, issues: envelope.issues };
    const made = villageEvaluator(options.model, envelope.evalYear);
    if (!made.ok) return made;
    const inputs = envelope.villages.map((value) => ({
      value,
      line: null,
      evalYear: envelope.evalYear,
    }));
    return { ok: true, run: evaluateAll(made.evaluator, inputs, 'json', options) };
  }
  const made = villageEvaluator(options.model, options.evalYear);
  if (!made.ok) return made;
  const inputs = source.lines.map((entry) => {
    if ('error' in entry) return { error: entry.error, line: entry.line };
    const { value, year } = splitEvalYear(entry.value);
    return { value, line: entry.line, evalYear: options.evalYear ?? year };
  });
  return { ok: true, run: evaluateAll(made.evaluator, inputs, 'ndjson', options) };
}

type VillageInput =
  | { readonly value: unknown; readonly line: number | null; readonly evalYear: unknown }
  | { readonly error: string; readonly line: number };

function evaluateAll(
  evaluator: VillageEvaluator,
  inputs: readonly VillageInput[],
  format: 'json' | 'ndjson',
  options: RunOptions,
): BatchRun {
  const total = inputs.reduce(
    (sum, input) => sum + ('value' in input ? householdCount(input.value) : 0),
    0,
  );
  let done = 0;
  const villages: VillageRun[] = [];
  const evaluate = (input: VillageInput): VillageRun => {
    if (!('value' in input)) {
      const issue: Issue = {
        path: [],
        code: 'invalid_json',
        message: `line ${input.line}: not valid JSON (${input.error})`,
      };
      return {
        result: rejectVillage(evaluator, issue),
        evalYear: null,
        line: input.line,
        records: null,
        input: null,
      };
    }
    const result = evaluateVillage(evaluator, input.value, input.evalYear);
    done += householdCount(input.value);
    const year = input.evalYear;
    return {
      result,
      evalYear: typeof year === 'number' && Number.isInteger(year) ? year : null,
      line: input.line,
      records: recordsOf(input.value),
      input: input.value,
    };
  };
  for (const input of inputs) {
    const village = evaluate(input);
    if (options.onVillage === undefined) villages.push(village);
    else options.onVillage(village);
    if ('value' in input) options.onProgress?.(done, total);
  }
  return {
    fileName: options.fileName,
    format,
    model: evaluator.model,
    villages,
    summary: evaluator.summary(),
  };
}

/** An NDJSON village without its `evalYear` (not a village field), and that year. */
function splitEvalYear(value: unknown): { value: unknown; year: unknown } {
  if (
    typeof value !== 'object' ||
    value === null ||
    Array.isArray(value) ||
    !('evalYear' in value)
  ) {
    return { value, year: undefined };
  }
  const { evalYear, ...village } = value as Record<string, unknown>;
  return { value: village, year: evalYear };
}

function recordsOf(village: unknown): readonly unknown[] | null {
  if (typeof village !== 'object' || village === null) return null;
  const households = (village as Record<string, unknown>).households;
  return Array.isArray(households) ? households : null;
}

function householdCount(village: unknown): number {
  return recordsOf(village)?.length ?? 0;
}
