import { groupDecimal } from '@credit-village/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeDecimal, normalizeInteger, timesTenThousand } from '../src/lib/normalize-input';

/** A decimal as the formats write it: up to 2 decimals, no leading zeros. */
const decimal = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 13n }), fc.constantFrom(0, 1, 2))
  .map(([negative, fen, places]) => {
    const whole = String(fen / 100n);
    const fraction = String(fen % 100n)
      .padStart(2, '0')
      .slice(0, places);
    const text = places === 0 ? whole : `${whole}.${fraction}`;
    return negative && !/^0(\.0*)?$/.test(text) ? `-${text}` : text;
  });

function fullWidth(text: string): string {
  return text.replace(/[0-9.-]/g, (c) =>
    c === '.' ? '．' : c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + 0xfee0),
  );
}

/** `n / 10000` as text, exactly (the point moves four places left). */
function inWan(text: string): string {
  const negative = text.startsWith('-');
  const [whole = '', fraction = ''] = text.replace('-', '').split('.');
  const digits = whole.padStart(5, '0');
  const head = digits.slice(0, -4).replace(/^0+(?=\d)/, '');
  const tail = `${digits.slice(-4)}${fraction}`.replace(/0+$/, '');
  return `${negative ? '-' : ''}${head}${tail === '' ? '' : `.${tail}`}`;
}

describe('forgiving input, exact values', () => {
  it('reads full-width digits as the same number (law: normalize ∘ fullWidth = identity)', () => {
    fc.assert(
      fc.property(decimal, (d) => {
        expect(normalizeDecimal(fullWidth(d))).toBe(d);
      }),
    );
  });

  it('drops thousands separators and a unit, never anything else', () => {
    fc.assert(
      fc.property(decimal, fc.constantFrom('', '元', ' 元', '亩', '平方米'), (d, unit) => {
        expect(normalizeDecimal(`${groupDecimal(d)}${unit}`)).toBe(d);
      }),
    );
  });

  it('multiplies 万 by 10,000 exactly, on the text (law: normalize(n/10000 万) = n)', () => {
    // The same number written with or without trailing fractional zeros.
    const canonical = (t: string) => (t.includes('.') ? t.replace(/\.?0+$/, '') : t);
    fc.assert(
      fc.property(decimal, (d) => {
        expect(canonical(normalizeDecimal(`${inWan(d)}万`))).toBe(canonical(d));
      }),
    );
    expect(normalizeDecimal('5万')).toBe('50000');
    expect(normalizeDecimal('５万元')).toBe('50000');
    expect(normalizeDecimal('1.25万')).toBe('12500');
    expect(normalizeDecimal('0.00015万')).toBe('1.5');
    expect(normalizeDecimal('1.2345678万')).toBe('12345.678');
    expect(timesTenThousand('-0.5')).toBe('-5000');
  });

  it('reads common Chinese ways of writing counts and years', () => {
    expect(normalizeInteger('２０２４')).toBe('2024');
    expect(normalizeInteger('2024年')).toBe('2024');
    expect(normalizeInteger('1,200头')).toBe('1200');
    expect(normalizeInteger('２０ 只')).toBe('20');
  });

  it('leaves anything else as typed, for the core to judge', () => {
    expect(normalizeDecimal('abc')).toBe('abc');
    expect(normalizeDecimal('1,5')).toBe('1,5');
    expect(normalizeDecimal('1e3')).toBe('1e3');
    expect(normalizeDecimal('二十万')).toBe('二十万');
    expect(normalizeInteger('二十')).toBe('二十');
  });
});
