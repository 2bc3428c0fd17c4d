import { Dec } from './decimal.js';

/**
 * The rounding modes a model may name.
 *
 * - `halfUp`: to the nearest step, ties away from zero (R1 of the default model).
 * - `halfEven`: to the nearest step, ties to the even multiple.
 * - `halfDown`: to the nearest step, ties toward zero.
 * - `down`: toward zero (R2 of the default model: limits are floored to 1,000 yuan).
 * - `up`: away from zero.
 */
export type RoundingMode = 'halfUp' | 'halfEven' | 'halfDown' | 'down' | 'up';

export const ROUNDING_MODES: readonly RoundingMode[] = [
  'halfUp',
  'halfEven',
  'halfDown',
  'down',
  'up',
];

/**
 * Rounds the exact rational `numerator / denominator` to a multiple of `step` with `mode`.
 *
 * Works on exact integers (both sides scaled by a power of ten), so a value one unit past a
 * tie is never mistaken for the tie and no intermediate is rounded. `denominator` and `step`
 * must be positive.
 */
export function divideRound(numerator: Dec, denominator: Dec, step: Dec, mode: RoundingMode): Dec {
  const den = denominator.times(step);
  const scale = new Dec(10).pow(Math.max(numerator.decimalPlaces(), den.decimalPlaces()));
  const n = numerator.times(scale);
  const d = den.times(scale);
  const truncated = n.divToInt(d);
  const remainder = n.minus(truncated.times(d)).abs();
  const sign = n.isNegative() ? -1 : 1;
  let k = truncated;
  if (
    !remainder.isZero() &&
    roundsAway(mode, remainder.times(2).cmp(d), !truncated.mod(2).isZero())
  ) {
    k = truncated.plus(sign);
  }
  const result = k.times(step);
  return result.isZero() ? new Dec(0) : result;
}

/** Rounds an exact decimal to a multiple of `step` with `mode`. */
export function roundToStep(value: Dec, step: Dec, mode: RoundingMode): Dec {
  return divideRound(value, new Dec(1), step, mode);
}

/**
 * The rule of the five rounding modes, written once for every kind of arithmetic (decimals,
 * doubles, BigInt): whether a quotient truncated toward zero, with a remainder that is not zero,
 * moves one step away from zero. `half` is the sign of 2·|remainder| − divisor (−1 below the
 * tie, 0 at it, 1 above); `odd` whether the truncated quotient is odd.
 */
export function roundsAway(mode: RoundingMode, half: number, odd: boolean): boolean {
  switch (mode) {
    case 'down':
      return false;
    case 'up':
      return true;
    case 'halfUp':
      return half >= 0;
    case 'halfDown':
      return half > 0;
    case 'halfEven':
      return half > 0 || (half === 0 && odd);
  }
}
