import type { BatchSummary, TownshipOutcome } from '@credit-village/core';
import type { EvaluatedEntity, EvaluatedVillage } from '../run/village-source.js';

/** What comes after the last village and entity: the townships, the county and the summary. */
export interface ResultTail {
  readonly summary: BatchSummary;
  readonly townships?: TownshipOutcome | undefined;
}

/** Turns a run into output text, piece by piece, so nothing need be held whole. */
export interface ResultWriter {
  /** The text before the first village. */
  start(): string;
  /** The text of one village's result. */
  village(village: EvaluatedVillage): string;
  /** The text of one entity's result or error (a batch document keeps them for the end). */
  entity(entity: EvaluatedEntity): string;
  /** The text after the last village and entity. */
  end(tail: ResultTail): string;
}
