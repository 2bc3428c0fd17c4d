import type { RoundingMode } from '../../money/rounding.js';
import type { LimitBoundBy } from '../../types/result.js';
import { roundDiv, roundDivBig } from './integer.js';
import type { LimitRow } from './plan.js';

/** A limit in whole fen and the term that bound it. */
export interface FastLimit {
  readonly fen: number;
  readonly boundBy: LimitBoundBy;
}

/** The limit of a vetoed record. */
export const VETOED: FastLimit = { fen: 0, boundBy: 'veto' };

/** The limit of a record whose grade gives none. */
const BY_GRADE: FastLimit = { fen: 0, boundBy: 'grade' };

/**
 * The limit of a credit household or entity from its grade's compiled row (`undefined`: the grade
 * gives no limit): `base + gross·G + operating·O`, capped, rounded to the step with `mode`. One
 * place for the rule on both fast paths, in doubles while the plan proved the terms exact, else
 * with the row's BigInt twins. `gross` and `operating` are whole fen ≥ 0.
 */
export function limitFen(
  row: LimitRow | undefined,
  gross: number,
  operating: number,
  mode: RoundingMode,
): FastLimit {
  if (row === undefined) return BY_GRADE;
  if (!(gross <= row.maxGross && operating <= row.maxOperating))
    return bigLimitFen(row, gross, operating, mode);
  const raw = row.base + gross * row.gross + operating * row.operating;
  const capped = raw > row.cap;
  const fen = roundDiv(capped ? row.cap : raw, row.den, mode) * row.stepFen;
  return { fen, boundBy: capped ? 'cap' : 'formula' };
}

/** {@link limitFen} with the row's BigInt twins, apart so the common case inlines small. */
function bigLimitFen(
  row: LimitRow,
  gross: number,
  operating: number,
  mode: RoundingMode,
): FastLimit {
  const b = row.big;
  const raw = b.base + BigInt(gross) * b.gross + BigInt(operating) * b.operating;
  const capped = raw > b.cap;
  const fen = Number(roundDivBig(capped ? b.cap : raw, b.den, mode) * b.stepFen);
  return { fen, boundBy: capped ? 'cap' : 'formula' };
}
