import {
  type Issues,
  readVillageLine,
  unreadableLine,
  type VillageResult,
} from '@credit-village/core';
import { type Line, MAX_LINE_BYTES } from '../io/lines.js';
import type { EvaluatedVillage } from './village-source.js';

/**
 * How one NDJSON line's village is evaluated: in the main thread the core's `village()` and
 * `reject()` (which claim the id and count the result); in a worker thread their pure twins
 * `evaluate()` and `rejected()`, the main thread doing the claiming and counting.
 */
export interface LineEvaluator {
  /** The year has been checked by the line rules. */
  evaluate(village: unknown, evalYear: number): VillageResult;
  reject(issues: Issues, id: string | null, households: readonly unknown[]): VillageResult;
}

/** A line's evaluated village, and the village id it claims in the batch (null when none). */
export interface LineOutcome extends EvaluatedVillage {
  readonly claim: string | null;
}

/**
 * Evaluates one line by the core's line rules (`readVillageLine`); never throws for a bad
 * line. A line that is not JSON, not an object, or has no usable evaluation year becomes an
 * error result naming its line number, its households listed as not evaluated.
 */
export function evaluateLine(
  evaluator: LineEvaluator,
  line: Line,
  flagYear: number | undefined,
  position: number,
): LineOutcome {
  const read =
    line.problem === undefined
      ? readVillageLine(line.text, line.number, flagYear, 'run with --eval-year')
      : unreadableLine(line.number, line.problem, sizeText(MAX_LINE_BYTES));
  const at = { line: line.number, position };
  if (read.kind === 'rejected')
    return {
      ...at,
      claim: null,
      evalYear: flagYear ?? null,
      result: evaluator.reject(read.issues, read.id, read.households),
    };
  return {
    ...at,
    claim: read.id,
    evalYear: read.evalYear,
    result: evaluator.evaluate(read.village, read.evalYear),
  };
}

function sizeText(bytes: number): string {
  return bytes >= 1048576 ? `${Math.floor(bytes / 1048576)} MB` : `${bytes} bytes`;
}
