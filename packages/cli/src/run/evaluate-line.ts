import {
  type EntityOutcome,
  type Issues,
  readBatchLine,
  unreadableLine,
  type VillageResult,
} from '@credit-village/core';
import { type Line, MAX_LINE_BYTES } from '../io/lines.js';
import type { EvaluatedEntity, EvaluatedVillage } from './village-source.js';

/**
 * How one NDJSON line is evaluated: in the main thread the core's `village()`, `entity()`,
 * `township()` and their rejecting twins (which claim ids and count results); in a worker thread
 * their pure twins, the main thread doing the claiming and counting (and redoing what only it
 * can: a township line, an invalid entity, a village naming a township it has not seen).
 */
export interface LineEvaluator {
  /** The year has been checked by the line rules. */
  evaluate(village: unknown, evalYear: number): VillageResult;
  reject(issues: Issues, id: string | null, households: readonly unknown[]): VillageResult;
  entity(entity: unknown, evalYear: number): EntityOutcome;
  rejectEntity(issues: Issues, id: string | null): EntityOutcome;
  township(township: unknown): void;
}

/** A line's evaluated village, and the village id it claims in the batch (null when none). */
export interface VillageOutcome extends EvaluatedVillage {
  readonly kind: 'village';
  readonly claim: string | null;
}

/** A line's evaluated entity, and the entity id it claims (null when none). */
export interface EntityLineOutcome extends EvaluatedEntity {
  readonly kind: 'entity';
  readonly claim: string | null;
}

/** What a line gave: a village, an entity, or a township (registered; its result comes last). */
export type LineOutcome =
  | VillageOutcome
  | EntityLineOutcome
  | { readonly kind: 'township'; readonly line: number };

/**
 * Evaluates one line by the core's line rules (`readBatchLine`); never throws for a bad line.
 * A line that is not JSON, not an object, or has no usable evaluation year becomes an error
 * result naming its line number, its households listed as not evaluated.
 */
export function evaluateLine(
  evaluator: LineEvaluator,
  line: Line,
  flagYear: number | undefined,
  position: number,
): LineOutcome {
  const read =
    line.problem === undefined
      ? readBatchLine(line.text, line.number, flagYear, 'run with --eval-year')
      : unreadableLine(line.number, line.problem, sizeText(MAX_LINE_BYTES));
  const at = { line: line.number, position };
  switch (read.kind) {
    case 'rejected':
      return {
        kind: 'village',
        ...at,
        claim: null,
        evalYear: flagYear ?? null,
        result: evaluator.reject(read.issues, read.id, read.households),
      };
    case 'village':
      return {
        kind: 'village',
        ...at,
        claim: read.id,
        evalYear: read.evalYear,
        result: evaluator.evaluate(read.village, read.evalYear),
      };
    case 'entity':
      return {
        kind: 'entity',
        line: line.number,
        claim: read.id,
        evalYear: read.evalYear,
        entity: evaluator.entity(read.entity, read.evalYear),
      };
    case 'entityRejected':
      return {
        kind: 'entity',
        line: line.number,
        claim: read.id,
        evalYear: flagYear ?? null,
        entity: evaluator.rejectEntity(read.issues, read.id),
      };
    case 'township':
      evaluator.township(read.township);
      return { kind: 'township', line: line.number };
  }
}

function sizeText(bytes: number): string {
  return bytes >= 1048576 ? `${Math.floor(bytes / 1048576)} MB` : `${bytes} bytes`;
}
