import { yuanInCapitals } from '@credit-village/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../test/setup-fast-check.js';

// Amounts in capital numerals (人民币大写), docs/formats.md §18. The examples are those of the
// People's Bank's 《支付结算办法》 (where it allows two spellings, the one with a 零 for each run
// of zeros); the properties read the capitals back with a reader written independently here.

const DIGIT = '零壹贰叁肆伍陆柒捌玖';
const PLACE: Record<string, bigint> = { 拾: 10n, 佰: 100n, 仟: 1000n };

/** Capitals back to whole fen: a reader of the written form, not the writer reversed. */
function readCapitals(text: string): bigint {
  const body = text.endsWith('整') ? text.slice(0, -1) : text;
  const [yuanPart = '', rest = ''] = body.includes('元') ? body.split('元') : ['', body];
  let fen = 0n;
  const jiao = /([壹贰叁肆伍陆柒捌玖])角/.exec(rest);
  const fenDigit = /([壹贰叁肆伍陆柒捌玖])分/.exec(rest);
  if (jiao) fen += BigInt(DIGIT.indexOf(jiao[1] ?? '')) * 10n;
  if (fenDigit) fen += BigInt(DIGIT.indexOf(fenDigit[1] ?? ''));
  // Sections: ... 亿 ... 万 ... (and 万 before 亿 for 万亿).
  let total = 0n;
  let section = 0n; // below 万
  let wan = 0n; // the part since the last 亿, counted in units
  let digit = 0n;
  for (const ch of yuanPart) {
    const d = DIGIT.indexOf(ch);
    if (d >= 0) {
      digit = BigInt(d);
      continue;
    }
    if (ch in PLACE) {
      section += digit * (PLACE[ch] ?? 0n);
      digit = 0n;
    } else if (ch === '万') {
      wan += (section + digit) * 10_000n;
      section = 0n;
      digit = 0n;
    } else if (ch === '亿') {
      total = (total + wan + section + digit) * 100_000_000n;
      wan = 0n;
      section = 0n;
      digit = 0n;
    } else throw new Error(`unexpected ${ch} in ${text}`);
  }
  total += wan + section + digit;
  return total * 100n + fen;
}

const fenText = (fen: bigint) => {
  const s = fen.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
};

describe('yuanInCapitals', () => {
  it.each([
    ['1409.50', '壹仟肆佰零玖元伍角'],
    ['6007.14', '陆仟零柒元壹角肆分'],
    ['1680.32', '壹仟陆佰捌拾元零叁角贰分'],
    ['107000.53', '壹拾万零柒仟元零伍角叁分'],
    ['325.04', '叁佰贰拾伍元零肆分'],
    ['16409.02', '壹万陆仟肆佰零玖元零贰分'],
    ['163000.00', '壹拾陆万叁仟元整'],
    ['300000.01', '叁拾万元零壹分'],
    ['10', '壹拾元整'],
    ['0', '零元整'],
    ['0.00', '零元整'],
    ['0.5', '伍角'],
    ['0.05', '伍分'],
    ['100010000', '壹亿零壹万元整'],
    ['100000000', '壹亿元整'],
    ['10000000000', '壹佰亿元整'],
    ['1000000000000', '壹万亿元整'],
    ['1000100000000', '壹万零壹亿元整'],
    ['1000000010000', '壹万亿零壹万元整'],
    ['007', '柒元整'],
  ])('%s is %s', (money, capitals) => {
    expect(yuanInCapitals(money)).toBe(capitals);
  });

  it.each(['-1.00', '1.005', '1e3', '', '1,000', '１', '1.'])('refuses %j', (money) => {
    expect(() => yuanInCapitals(money)).toThrow(RangeError);
  });

  it('reads back as the amount it was made from, to the fen, and is written one way', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n - 1n }), (fen) => {
        const text = yuanInCapitals(fenText(fen));
        expect(readCapitals(text)).toBe(fen);
        // One 零 at most in a row, never at the end or before a unit (but 零元整); 整 only after 元.
        if (fen > 0n) expect(text).not.toMatch(/零零|零[元角分万亿拾佰仟]|零$/);
        expect(text.endsWith('整')).toBe(fen % 100n === 0n);
        expect(text).toMatch(/^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+$/);
      }),
      { numRuns: runs(2000) },
    );
  });
});
