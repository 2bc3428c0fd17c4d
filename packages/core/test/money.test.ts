import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../src/money/decimal.js';
import { groupDecimal, yuanForDisplay } from '../src/money/display.js';
import { fenToMoneyText, moneyTextToFen } from '../src/money/fen.js';
import { formatRatio } from '../src/money/format.js';
import { divideRound, ROUNDING_MODES, type RoundingMode } from '../src/money/rounding.js';
import { readDecimalText } from '../src/schema/decimal-text.js';

/** An independent oracle: round n/d (integers, d > 0) to an integer with BigInt arithmetic. */
function oracle(n: bigint, d: bigint, mode: RoundingMode): bigint {
  const negative = n < 0n;
  const a = negative ? -n : n;
  const q = a / d;
  const r = a % d;
  let k = q;
  const twice = 2n * r;
  if (r !== 0n) {
    if (mode === 'up') k = q + 1n;
    if (mode === 'halfUp' && twice >= d) k = q + 1n;
    if (mode === 'halfDown' && twice > d) k = q + 1n;
    if (mode === 'halfEven' && (twice > d || (twice === d && q % 2n === 1n))) k = q + 1n;
  }
  return negative ? -k : k;
}

describe('divideRound', () => {
  it('agrees_with_a_BigInt_oracle_for_every_mode', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        fc.constantFrom(...ROUNDING_MODES),
        (n, d, mode) => {
          // Round n/(100·d) to 0.01: that is round(n/d) hundredths.
          const got = divideRound(
            new Dec(n.toString()).div(100),
            new Dec(d.toString()),
            new Dec('0.01'),
            mode,
          );
          expect(got.times(100).toFixed()).toBe(oracle(n, d, mode).toString());
        },
      ),
    );
  });

  it('rounds_exact_half_fen_ties_up_and_one_unit_below_down', () => {
    expect(divideRound(new Dec('2715.905'), new Dec(1), new Dec('0.01'), 'halfUp').toFixed(2)).toBe(
      '2715.91',
    );
    expect(
      divideRound(new Dec('2715.905'), new Dec(1), new Dec('0.01'), 'halfEven').toFixed(2),
    ).toBe('2715.90');
    // 1/3 of 0.015 is 0.005 exactly only in the limit: a repeating decimal below the tie rounds down.
    expect(
      divideRound(new Dec('0.0149999'), new Dec(3), new Dec('0.01'), 'halfUp').toFixed(2),
    ).toBe('0.00');
    expect(divideRound(new Dec('0.015'), new Dec(3), new Dec('0.01'), 'halfUp').toFixed(2)).toBe(
      '0.01',
    );
  });

  it('never_prints_negative_zero', () => {
    expect(divideRound(new Dec('-0.001'), new Dec(1), new Dec('0.01'), 'halfUp').toFixed(2)).toBe(
      '0.00',
    );
    expect(fenToMoneyText(0n)).toBe('0.00');
    expect(fenToMoneyText(-5n)).toBe('-0.05');
  });
});

describe('money text', () => {
  it('fen_round_trip', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (fen) => {
        expect(moneyTextToFen(fenToMoneyText(fen))).toBe(fen);
      }),
    );
  });

  it('ratio_display_rounds_half_up_to_4_decimals', () => {
    expect(formatRatio(new Dec(176), new Dec(192), 4, 'halfUp')).toBe('0.9167');
    expect(formatRatio(new Dec(1), new Dec(8), 2, 'halfUp')).toBe('0.13');
  });
});

describe('the decimal grammar of docs/formats.md', () => {
  const ok = (value: unknown, text: string) =>
    expect(readDecimalText(value, 2)).toEqual({ ok: true, text });
  const bad = (value: unknown, code: string) =>
    expect(readDecimalText(value, 2)).toMatchObject({ ok: false, code });

  it('accepts strings and numbers in the grammar', () => {
    ok('0', '0');
    ok('120.5', '120.5');
    ok('-3.25', '-3.25');
    ok('-0', '0');
    ok('-0.00', '0.00');
    ok(5.0, '5');
    ok(1234.5, '1234.5');
    ok(-0, '0');
    ok(10000000000, '10000000000');
  });

  it('rejects exponents, NaN, Infinity, empty, separators, signs, leading zeros and 3 decimals', () => {
    bad('1e3', 'invalid_decimal');
    bad(1e21, 'invalid_decimal');
    bad(1e-7, 'invalid_decimal');
    bad('NaN', 'invalid_decimal');
    bad(Number.NaN, 'invalid_decimal');
    bad(Number.POSITIVE_INFINITY, 'invalid_decimal');
    bad('Infinity', 'invalid_decimal');
    bad('', 'invalid_decimal');
    bad(' 5', 'invalid_decimal');
    bad('1,000', 'invalid_decimal');
    bad('1_000', 'invalid_decimal');
    bad('+5', 'invalid_decimal');
    bad('05', 'invalid_decimal');
    bad('5.', 'invalid_decimal');
    bad('.5', 'invalid_decimal');
    bad('5.000', 'too_many_decimals');
    bad(0.30000000000000004, 'too_many_decimals');
    bad(0.005, 'too_many_decimals');
    bad(null, 'invalid_type');
    bad(true, 'invalid_type');
    bad([], 'invalid_type');
  });

  it('numbers_are_judged_by_their_shortest_round_trip_text', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (n) => {
        const result = readDecimalText(n, 2);
        const text = String(n);
        expect(result.ok).toBe(/^-?(0|[1-9][0-9]*)(\.[0-9]{1,2})?$/.test(text));
      }),
    );
  });
});

describe('yuan for display', () => {
  it('shows an amount to the fen exactly when it has no more decimals (law: identity on fen)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), fc.nat(3), (fen, zeros) => {
        const text = `${fenToMoneyText(fen)}${'0'.repeat(zeros)}`;
        const shown = yuanForDisplay(text);
        expect(shown.exact).toBe(true);
        expect(shown.text).toBe(groupDecimal(fenToMoneyText(fen), 2));
      }),
    );
  });

  it('rounds a finer amount half up to the fen, and says it is not exact (oracle: BigInt)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (mills) => {
        fc.pre(mills % 10n !== 0n);
        const negative = mills < 0n;
        const abs = negative ? -mills : mills;
        const text = `${negative ? '-' : ''}${abs / 1000n}.${String(abs % 1000n).padStart(3, '0')}`;
        const fen = oracle(mills, 10n, 'halfUp');
        const shown = yuanForDisplay(text);
        expect(shown.exact).toBe(false);
        expect(shown.text).toBe(groupDecimal(fenToMoneyText(fen), 2));
      }),
    );
    expect(yuanForDisplay('123835.629')).toEqual({ text: '123,835.63', exact: false });
    expect(yuanForDisplay('-0.004')).toEqual({ text: '0.00', exact: false });
    expect(yuanForDisplay('33796.000')).toEqual({ text: '33,796.00', exact: true });
  });
});
