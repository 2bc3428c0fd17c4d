import type {
  BatchSummary,
  EntityOutcome,
  Model,
  ModelStamp,
  TownshipOutcome,
  VillageResult,
} from '@credit-village/core';
import type { ResultWriter } from '../write/result-writer.js';

/** The input formats: a batch document, or one village per line. */
export type InputFormat = 'json' | 'ndjson';

/** What every input format needs to be evaluated. */
export interface SourceOptions {
  readonly model: Model;
  /** `--eval-year`: overrides the document's or the lines' `evalYear`. */
  readonly evalYear?: number;
  /** `--include-personal`: copy `head` into household results. */
  readonly includePersonal: boolean;
  /** `--reference`: evaluate every household on the core's decimal reference path. */
  readonly reference?: boolean;
}

/** One village's result, with where it came from. */
export interface EvaluatedVillage {
  readonly result: VillageResult;
  /** The year it was evaluated for; `null` for an NDJSON line that had no usable year. */
  readonly evalYear: number | null;
  /** The 1-based input line (NDJSON only). */
  readonly line?: number;
  /** The 0-based position among the input's villages. */
  readonly position: number;
}

/** One entity's result or error (docs/model.md §8), with where it came from. */
export interface EvaluatedEntity {
  readonly entity: EntityOutcome;
  /** The year it was evaluated for; `null` for an NDJSON line that had no usable year. */
  readonly evalYear: number | null;
  /** The 1-based input line (NDJSON only). */
  readonly line?: number;
}

/** What a source yields: a village, or an entity (townships come out at the end). */
export type EvaluatedRecord = EvaluatedVillage | EvaluatedEntity;

/** Whether a yielded record is an entity. */
export function isEntity(record: EvaluatedRecord): record is EvaluatedEntity {
  return 'entity' in record;
}

/** Running counts for the progress line. */
export interface ProgressCounts {
  readonly lines: number;
  readonly villages: number;
  readonly households: number;
}

/**
 * An input being evaluated one village at a time, whatever its format: the command's engine.
 * It holds no scoring logic: every village goes through the core's `BatchEvaluator`.
 */
export interface VillageSource {
  readonly format: InputFormat;
  /** The model's `{ id, version, hash }`. */
  readonly model: ModelStamp;
  /** The batch document's year or `--eval-year`; absent when NDJSON lines bring their own. */
  readonly evalYear: number | undefined;
  /**
   * The village and entity results, in input order (in a batch document: the villages, then
   * the entities). Iterate once.
   *
   * @throws {CliError} when the input fails while being read.
   */
  villages(): AsyncGenerator<EvaluatedRecord>;
  /** The summary of every village and entity produced so far. */
  summary(): BatchSummary;
  /** The townships and the county, rolled up at the end; undefined without townships. */
  townships(): TownshipOutcome | undefined;
  progress(): ProgressCounts;
}

/** A village's or an entity's output (text, or UTF-8 bytes from a worker) and its problem lines, ready to write. */
export interface RenderedVillage {
  readonly text: string | Uint8Array;
  readonly problems: readonly string[];
}

/**
 * An input evaluated and rendered one village at a time: what `evaluate` writes. Worker
 * threads render villages themselves; a single-thread source is rendered by the command.
 */
export interface RenderedSource {
  readonly format: InputFormat;
  /** The one writer of the run: its start, every village and its end are its text. */
  readonly writer: ResultWriter;
  readonly model: ModelStamp;
  readonly evalYear: number | undefined;
  /**
   * The rendered villages, in input order. Iterate once.
   *
   * @throws {CliError} when the input fails while being read.
   */
  rendered(): AsyncGenerator<RenderedVillage>;
  summary(): BatchSummary;
  townships(): TownshipOutcome | undefined;
  progress(): ProgressCounts;
}
