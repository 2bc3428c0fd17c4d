import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The library's private decimal.js constructor. Its precision is far above anything the bounds
 * of the formats can produce (money ≤ 1e10 with 2 decimals, areas ≤ 1e6, model numbers ≤ 1e12
 * with 6 decimals, a handful of factors per line), so every multiplication and addition is exact;
 * the only inexact operation, division, goes through {@link divideRound}, which works on exact
 * integers. A private clone keeps the caller's global decimal.js settings untouched.
 */
export const Dec = DecimalJs.clone({
  precision: 200,
  rounding: DecimalJs.ROUND_DOWN,
  toExpNeg: -250,
  toExpPos: 250,
});

/** An exact decimal value of the library's private constructor. */
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);
export const ONE = new Dec(1);
