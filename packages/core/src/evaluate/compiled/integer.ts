import { type RoundingMode, roundsAway } from '../../money/rounding.js';

/**
 * Integer kernels of the fast path. Inputs are non-negative safe integers (the plan proves every
 * product stays below 2^52), so `%` and the exact division of `n − r` are exact in doubles.
 */

/** round(n / d) with `mode`, for 0 ≤ n ≤ 2^52 and d ≥ 1. */
export function roundDiv(n: number, d: number, mode: RoundingMode): number {
  if (d === 1) return n;
  const r = n % d;
  const q = (n - r) / d;
  if (r === 0) return q;
  const twice = 2 * r;
  return roundsAway(mode, twice > d ? 1 : twice === d ? 0 : -1, q % 2 === 1) ? q + 1 : q;
}

/** Whole fen → `"1234.56"` (never `"-0.00"`). */
export function fenText(fen: number): string {
  if (fen < 0) return `-${fenText(-fen)}`;
  const frac = fen % 100;
  return `${(fen - frac) / 100}.${frac < 10 ? `0${frac}` : frac}`;
}

/** round(n / d) with `mode`, for BigInt 0 ≤ n and d ≥ 1: the exact path for large products. */
export function roundDivBig(n: bigint, d: bigint, mode: RoundingMode): bigint {
  const r = n % d;
  const q = n / d;
  if (r === 0n) return q;
  const twice = 2n * r;
  return roundsAway(mode, twice > d ? 1 : twice === d ? 0 : -1, q % 2n === 1n) ? q + 1n : q;
}
