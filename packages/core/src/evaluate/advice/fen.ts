import { Dec } from '../../money/decimal.js';
import { BOUNDS } from '../../schema/bounds.js';

/** One fen, the step of every amount the advice proposes. */
export const FEN = new Dec('0.01');

/** The largest amount a record may hold (docs/formats.md bounds). */
export const MONEY_MAX = new Dec(BOUNDS.money);

/** Down to whole fen. */
export function floorFen(value: Dec): Dec {
  return value.toDecimalPlaces(2, Dec.ROUND_FLOOR);
}

/** Up to whole fen. */
export function ceilFen(value: Dec): Dec {
  return value.toDecimalPlaces(2, Dec.ROUND_CEIL);
}
