import { readBatchText } from '../lib/batch-file';
import {
  type BatchLine,
  type BatchSummary,
  type EntityOutcome,
  type Issue,
  type JsonPath,
  type Model,
  type ModelStamp,
  ParsedJson,
  readBatchEnvelope,
  readBatchLine,
  type TownshipOutcome,
  type VillageEvaluator,
  type VillageLine,
  type VillageResult,
  villageEvaluator,
} from '../lib/core-adapter';
import type { WorkbookIssue, WorkbookRun, WorkbookVillage } from './workbook-protocol';

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
  /**
   * Whether `source` can be given to the core as it is (evaluated, no key written twice): what
   * the public notice needs.
   */
  readonly rebuildable: boolean;
  /**
   * The keys the village's text wrote twice (paths from the village), when it wrote some: with
   * `source`, what the core read, so the model comparison gives it the same village again.
   */
  readonly duplicateKeys?: readonly JsonPath[];
  /** Where the village's rows and problems are, when the batch was a workbook (.xlsx). */
  readonly workbook?: WorkbookVillage;
}

/**
 * One entity of a run (新型农业经营主体, docs/model.md §8): the core's result or error entry, with
 * what the review needs to open its record in the entity scorecard.
 */
export interface EntityRun {
  readonly outcome: EntityOutcome;
  /** The evaluation year used; `null` when the line had none usable. */
  readonly evalYear: number | null;
  /** The NDJSON line it came from (1-based); `null` for a JSON document. */
  readonly line: number | null;
  /** The record as sent, as JSON text; `null` when the line could not be read as a record. */
  readonly source: string | null;
  /** The keys the record's text wrote twice (paths from the record), when it wrote some. */
  readonly duplicateKeys?: readonly JsonPath[];
}

/**
 * A township record as sent (docs/model.md §9), kept so the batch can be given to the core again
 * (the model comparison): the run's own results (`TownshipOutcome`) do not hold the records.
 */
export interface TownshipSource {
  /** The record as JSON text. */
  readonly source: string;
  /** The keys its text wrote twice (paths from the record), when it wrote some. */
  readonly duplicateKeys?: readonly JsonPath[];
}

/** The evaluation of a whole batch file. */
export interface BatchRun {
  readonly fileName: string;
  readonly format: 'json' | 'ndjson';
  readonly model: ModelStamp;
  readonly villages: readonly VillageRun[];
  /** The batch's entities in input order, when it has any (or an `entities` array). */
  readonly entities?: readonly EntityRun[];
  /** Its townships and the county (docs/model.md §9), when it has townships. */
  readonly townships?: TownshipOutcome;
  /**
   * The township records as sent, in input order, when the batch has townships (a `townships`
   * array, or NDJSON township lines).
   */
  readonly townshipSources?: readonly TownshipSource[];
  /**
   * The NDJSON lines of villages that named a township given only on a later line (an
   * `unknown_township` error in the run, docs/formats.md §15.3). A batch document registers its
   * townships first, so such a village cannot be given to the core again as it was evaluated.
   */
  readonly villagesBeforeTownship?: readonly number[];
  readonly summary: BatchSummary;
  /** What was read from each sheet, when the batch was a workbook (.xlsx). */
  readonly workbook?: WorkbookRun;
}

/** A run, or why the file could not be evaluated at all. */
export type RunOutcome =
  | { readonly ok: true; readonly run: BatchRun }
  | {
      readonly ok: false;
      readonly issues: readonly Issue[];
      readonly error?: string;
      /** The workbook's own problems (sheet, row, column), when it could not be read. */
      readonly workbookIssues?: readonly WorkbookIssue[];
    };

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
  /**
   * Receives the entities in chunks as they are evaluated; when given, the run's own `entities`
   * list stays empty (present when the batch has entities), as for `onVillage`.
   */
  readonly onEntities?: (entities: readonly EntityRun[]) => void;
}

/** Entities sent to `onEntities` at a time: small messages, each cheap to receive. */
const ENTITY_CHUNK = 200;

/**
 * Evaluates a batch file (JSON document or NDJSON) village by village with the core. Bad
 * villages and lines become results carrying their issues; only an unusable file (not JSON, no
 * `villages`, no evaluation year) fails as a whole.
 */
export function runBatch(text: string, options: RunOptions): RunOutcome {
  const source = readBatchText(text, options.fileName);
  if (source.kind === 'unreadable') return { ok: false, issues: source.issues };
  if (source.kind === 'json') {
    // With the model, a batch with entities or townships under a model without their rules
    // (version 1) is unusable, as the command says.
    const envelope = readBatchEnvelope(source.document, options.evalYear, options.model);
    if (!envelope.ok) return { ok: false, issues: envelope.issues };
    const { evalYear, villages, entities, townships } = envelope.value;
    const made = villageEvaluator(options.model, evalYear);
    if (!made.ok) return made;
    const evaluator = made.value;
    // The batch's townships first: a village naming one is checked against them (docs/model.md
    // §9).
    if (townships !== undefined) {
      evaluator.expectTownships();
      for (const township of townships) evaluator.township(township);
    }
    if (entities !== undefined) evaluator.expectEntities();
    const inputs: BatchLine[] = villages.map(
      (village): VillageLine => ({ kind: 'village', line: 0, village, evalYear, id: null }),
    );
    // Entities after the villages, as the result document lists them.
    for (const entity of entities ?? [])
      inputs.push({ kind: 'entity', line: 0, entity, evalYear, id: null });
    const hasEntities = entities !== undefined;
    const sent = townships?.map(townshipSource);
    return { ok: true, run: evaluateAll(evaluator, inputs, 'json', hasEntities, options, sent) };
  }
  const made = villageEvaluator(options.model, options.evalYear);
  if (!made.ok) return made;
  const override = typeof options.evalYear === 'number' ? options.evalYear : undefined;
  // Lines may carry entities and townships too (`"kind"`, docs/formats.md §15.3).
  const inputs = source.lines.map((entry) =>
    readBatchLine(entry.text, entry.line, override, 'set the evaluation year for the whole file'),
  );
  const hasEntities = inputs.some((i) => i.kind === 'entity' || i.kind === 'entityRejected');
  return { ok: true, run: evaluateAll(made.value, inputs, 'ndjson', hasEntities, options) };
}

function evaluateAll(
  evaluator: VillageEvaluator,
  inputs: readonly BatchLine[],
  format: 'json' | 'ndjson',
  hasEntities: boolean,
  options: RunOptions,
  documentTownships?: TownshipSource[],
): BatchRun {
  const total = inputs.reduce((sum, input) => sum + weightOf(input), 0);
  let done = 0;
  const villages: VillageRun[] = [];
  const entities: EntityRun[] = [];
  // The townships as sent: a document's, or NDJSON township lines as they come.
  let townshipSources = documentTownships;
  // NDJSON villages that named a township unknown when their line was read: those whose
  // township came on a later line are known once the last line is read.
  const unknownTownships: { line: number; township: string }[] = [];
  let pending: EntityRun[] = [];
  const flush = () => {
    if (pending.length === 0 || options.onEntities === undefined) return;
    options.onEntities(pending);
    pending = [];
  };
  for (const input of inputs) {
    if (input.kind === 'township') {
      evaluator.township(input.township);
      townshipSources ??= [];
      townshipSources.push(townshipSource(input.township));
      continue;
    }
    if (input.kind === 'entity' || input.kind === 'entityRejected') {
      const outcome =
        input.kind === 'entity'
          ? evaluator.entity(input.entity, input.evalYear)
          : evaluator.rejectEntity(input.issues, input.id);
      const entity: EntityRun = {
        outcome,
        evalYear: input.kind === 'entity' ? input.evalYear : null,
        line: format === 'ndjson' ? input.line : null,
        source: input.kind === 'entity' ? JSON.stringify(sentValue(input.entity)) : null,
        ...(input.kind === 'entity' ? duplicateKeysOf(input.entity) : {}),
      };
      if (options.onEntities === undefined) entities.push(entity);
      else if (pending.push(entity) >= ENTITY_CHUNK) flush();
      done += 1;
      options.onProgress?.(done, total);
      continue;
    }
    flush();
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
      // A village whose text wrote a key twice is not rebuilt into a notice: only its errors can
      // be shown. The model comparison gives it to the core again with those keys (the same
      // errors under both models, and its valid households still counted in its township).
      rebuildable: input.kind === 'village' && !(input.village instanceof ParsedJson),
      ...(input.kind === 'village' ? duplicateKeysOf(input.village) : {}),
    };
    const named = namedTownship(result);
    if (format === 'ndjson' && named !== null)
      unknownTownships.push({ line: input.line, township: named });
    if (options.onVillage === undefined) villages.push(village);
    else options.onVillage(village);
    options.onProgress?.(done, total);
  }
  flush();
  const townships = evaluator.townshipResults();
  const early = unknownTownships
    .filter((v) => evaluator.hasTownship(v.township))
    .map((v) => v.line);
  return {
    fileName: options.fileName,
    format,
    model: evaluator.model,
    villages,
    ...(hasEntities ? { entities } : {}),
    ...(townships === undefined ? {} : { townships }),
    ...(townshipSources === undefined ? {} : { townshipSources }),
    ...(early.length === 0 ? {} : { villagesBeforeTownship: early }),
    summary: evaluator.summary(),
  };
}

/** A township record as sent, with the keys its text wrote twice. */
function townshipSource(township: unknown): TownshipSource {
  return { source: JSON.stringify(sentValue(township)), ...duplicateKeysOf(township) };
}

/** `{ duplicateKeys }` of a record whose text wrote keys twice; `{}` otherwise. */
function duplicateKeysOf(record: unknown): { duplicateKeys?: readonly JsonPath[] } {
  return record instanceof ParsedJson && record.duplicateKeys.length > 0
    ? { duplicateKeys: record.duplicateKeys }
    : {};
}

/** The township a village result names when the run found it unknown (`unknown_township`). */
function namedTownship(result: VillageResult): string | null {
  if (result.township === undefined) return null;
  const unknown = result.errors.some(
    (error) => error.index === undefined && error.issues.some((i) => i.code === 'unknown_township'),
  );
  return unknown ? result.township : null;
}

/** How much of the progress a line is: a village's household records, one per entity. */
function weightOf(input: BatchLine): number {
  if (input.kind === 'township') return 0;
  if (input.kind === 'entity' || input.kind === 'entityRejected') return 1;
  return recordsOf(input).length;
}

/** The record's value, whether or not its text wrote a key twice. */
function sentValue(record: unknown): unknown {
  return record instanceof ParsedJson ? record.value : record;
}

/** The household records of a line or village, as sent. */
function recordsOf(input: VillageLine): readonly unknown[] {
  if (input.kind === 'rejected') return input.households;
  const village = input.village instanceof ParsedJson ? input.village.value : input.village;
  if (typeof village !== 'object' || village === null) return [];
  const households = (village as Record<string, unknown>).households;
  return Array.isArray(households) ? households : [];
}
