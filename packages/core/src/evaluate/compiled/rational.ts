/**
 * Exact rationals over BigInt, used only while compiling a model: every coefficient of the fast
 * path is derived here, then proved to fit a safe JavaScript integer before it is used.
 */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

/** Above this, products in the fast path might not be exact; 2^52 leaves room for one addition. */
export const SAFE = 2 ** 52;

export function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

export function rational(num: bigint, den = 1n): Rational {
  if (den === 0n) throw new RangeError('zero denominator');
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den);
  return { num: (sign * num) / g, den: (sign * den) / g };
}

/** A decimal text (`"0.95"`, `"-12"`) as a reduced rational. */
export function fromDecimal(text: string): Rational {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const [whole = '0', frac = ''] = body.split('.');
  const num = BigInt(whole + frac) * (negative ? -1n : 1n);
  return rational(num, 10n ** BigInt(frac.length));
}

export function mul(a: Rational, b: Rational): Rational {
  return rational(a.num * b.num, a.den * b.den);
}

export function add(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function sub(a: Rational, b: Rational): Rational {
  return rational(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function int(n: number | bigint): Rational {
  return rational(BigInt(n));
}

/** Whether a BigInt fits the fast path's safe range. */
export function fits(n: bigint): boolean {
  return n <= BigInt(SAFE) && n >= -BigInt(SAFE);
}

/** `floor(SAFE / n)` for n > 0: the largest input that keeps `input × n` safe. */
export function maxFactor(n: bigint): number {
  return n <= 0n ? SAFE : Number(BigInt(SAFE) / n);
}

/** ceil(a / b) and floor(a / b) for b > 0. */
export function ceilDiv(a: bigint, b: bigint): bigint {
  return -floorDiv(-a, b);
}
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return q * b > a ? q - 1n : q;
}
