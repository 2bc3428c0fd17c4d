import type { BatchSummary } from '@credit-village/core';
import type { EvaluatedVillage } from '../run/village-source.js';

/** Turns a run into output text, piece by piece, so nothing need be held whole. */
export interface ResultWriter {
  /** The text before the first village. */
  start(): string;
  /** The text of one village's result. */
  village(village: EvaluatedVillage): string;
  /** The text after the last village. */
  end(summary: BatchSummary): string;
}
