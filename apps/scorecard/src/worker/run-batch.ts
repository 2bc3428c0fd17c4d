import { readBatchText } from '../lib/batch-file';
import {
  type BatchSummary,
  type Issue,
  type Model,
  type ModelStamp,
  ParsedJson,
  readBatchEnvelope,
  readVillageLine,
  type VillageEvaluator,
  type VillageLine,
  type VillageResult,
  villageEvaluator,
} from '../lib/core-adapter';

/** A village's result without its household results: what the review's tables show. */
export type VillageSummary = Omit<VillageResult, 'households'>;

/** One village of a run: the core's result, with what the review needs to open its records. */
export interface VillageRun {
  /** The result's figures, counts and errors. */
  readonly result: VillageSummary;
  /**
   * The whole result as JSON text (with its household results): read back when a village is
   * opened, and written as it is into the result document. Text, for the reason of `source`.
   */
  readonly resultText: string;
  /** The evaluation year used; `null` when none could be. */
  readonly evalYear: number | null;
  /** The NDJSON line it came from (1-based); `null` for a JSON document. */
  readonly line: number | null;
  /**
   * The village as sent (an NDJSON line without its `evalYear`; a rejected line's household
   * records as `{ "households": [ … ] }`), as JSON text: to open a record in the form and to
   * rebuild a batch document for the core (public notice, model comparison). Text, not objects:
   * a county's 100,000 records kept as objects would load the page's memory and its garbage
   * collector (long pauses); they are read back one village at a time, when needed (see
   * lib/village-source.ts). `null` for a line that is not JSON.
   */
  readonly source: string | null;
  /** Whether `source` is a village the core can be given again (evaluated, no key written twice). */
  readonly rebuildable: boolean;
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
  if (source.kind === 'unreadable') return { ok: false, issues: source.issues };
  if (source.kind === 'json') {
    const envelope = readBatchEnvelope(source.document, options.evalYear);
    if (!envelope.ok) return { ok: false, issues: envelope.issues };
    const { evalYear, villages } = envelope.value;
    const made = villageEvaluator(options.model, evalYear);
    if (!made.ok) return made;
    // The batch's townships first: a village naming one is checked against them (docs/model.md
    // §9). Their results, and the entities', are not shown here yet.
    for (const township of envelope.value.townships ?? []) made.value.township(township);
    const inputs = villages.map(
      (village): VillageLine => ({ kind: 'village', line: 0, village, evalYear, id: null }),
    );
    return { ok: true, run: evaluateAll(made.value, inputs, 'json', options) };
  }
  const made = villageEvaluator(options.model, options.evalYear);
  if (!made.ok) return made;
  const override = typeof options.evalYear === 'number' ? options.evalYear : undefined;
  const inputs = source.lines.map((entry) =>
    readVillageLine(entry.text, entry.line, override, 'set the evaluation year for the whole file'),
  );
  return { ok: true, run: evaluateAll(made.value, inputs, 'ndjson', options) };
}

function evaluateAll(
  evaluator: VillageEvaluator,
  inputs: readonly VillageLine[],
  format: 'json' | 'ndjson',
  options: RunOptions,
): BatchRun {
  const total = inputs.reduce((sum, input) => sum + recordsOf(input).length, 0);
  let done = 0;
  const villages: VillageRun[] = [];
  for (const input of inputs) {
    const result = evaluator.line(input);
    const records = recordsOf(input);
    done += records.length;
    const sent = input.kind === 'village' ? sentValue(input.village) : null;
    const { households: _households, ...summary } = result;
    const village: VillageRun = {
      result: summary,
      resultText: JSON.stringify(result),
      evalYear: input.kind === 'village' ? input.evalYear : null,
      line: format === 'ndjson' ? input.line : null,
      source:
        sent !== null
          ? JSON.stringify(sent)
          : records.length > 0
            ? JSON.stringify({ households: records })
            : null,
      // A village whose text wrote a key twice is not rebuilt into other documents (notice,
      // model comparison): only its errors can be shown.
      rebuildable: input.kind === 'village' && !(input.village instanceof ParsedJson),
    };
    if (options.onVillage === undefined) villages.push(village);
    else options.onVillage(village);
    options.onProgress?.(done, total);
  }
  return {
    fileName: options.fileName,
    format,
    model: evaluator.model,
    villages,
    summary: evaluator.summary(),
  };
}

/** The village's value, whether or not its text wrote a key twice. */
function sentValue(village: unknown): unknown {
  return village instanceof ParsedJson ? village.value : village;
}

/** The household records of a line or village, as sent. */
function recordsOf(input: VillageLine): readonly unknown[] {
  if (input.kind === 'rejected') return input.households;
  const village = input.village instanceof ParsedJson ? input.village.value : input.village;
  if (typeof village !== 'object' || village === null) return [];
  const households = (village as Record<string, unknown>).households;
  return Array.isArray(households) ? households : [];
}
