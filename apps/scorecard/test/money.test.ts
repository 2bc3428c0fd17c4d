import { describe, expect, test } from 'vitest';
import {
  compareDecimal,
  formatMoney,
  formatMoneyChange,
  formatPercent,
  formatYuan,
  groupDecimal,
} from '../src/lib/money';

describe('money display (string formatting only)', () => {
  test('inserts thousands separators without touching the digits', () => {
    expect(formatMoney('163000.00')).toBe('163,000.00');
    expect(formatMoney('10000000000.00')).toBe('10,000,000,000.00');
    // One minus sign on screen, the mathematical one (defect 11).
    expect(formatMoney('-38780.00')).toBe('−38,780.00');
    expect(formatMoney('999.99')).toBe('999.99');
    expect(formatMoney('0.00')).toBe('0.00');
  });

  test('pads to 2 decimals but never rounds or cuts longer fractions', () => {
    expect(formatMoney('33796')).toBe('33,796.00');
    expect(formatMoney('17999.991')).toBe('17,999.991');
    expect(groupDecimal('121410.9648')).toBe('121,410.9648');
    expect(groupDecimal('0.3333333333…')).toBe('0.3333333333…');
  });

  test('keeps digits beyond float precision exactly', () => {
    expect(formatMoney('9007199254740993.01')).toBe('9,007,199,254,740,993.01');
  });

  test('leaves text that is not a plain decimal as it is', () => {
    expect(formatMoney('abc')).toBe('abc');
    expect(formatMoney('1e3')).toBe('1e3');
  });

  test('compares decimals exactly', () => {
    expect(compareDecimal('163000.00', '152000.00')).toBe(1);
    expect(compareDecimal('0.10', '0.1')).toBe(0);
    expect(compareDecimal('-5.00', '0.00')).toBe(-1);
    expect(compareDecimal('9007199254740993.00', '9007199254740992.99')).toBe(1);
    expect(['300000.00', '0.00', '163000.00'].sort(compareDecimal)).toEqual([
      '0.00',
      '163000.00',
      '300000.00',
    ]);
  });

  test('shows a change with its sign, never recomputing it', () => {
    expect(formatMoneyChange('1471000.00')).toBe('+1,471,000.00');
    expect(formatMoneyChange('-1471000.00')).toBe('−1,471,000.00');
    expect(formatMoneyChange('0.00')).toBe('0.00');
    expect(formatMoneyChange('abc')).toBe('abc');
  });

  test('shows a ratio as a percentage, exactly (defect 11)', () => {
    expect(formatPercent('0.0888')).toBe('8.88%');
    expect(formatPercent('1')).toBe('100%');
    expect(formatPercent('0.5')).toBe('50%');
    expect(formatPercent('0.12345')).toBe('12.345%');
    expect(formatPercent('0')).toBe('0%');
    expect(formatPercent('-0.05')).toBe('−5%');
    expect(formatPercent('12.5')).toBe('1,250%');
  });

  test('shows yuan to the fen, marking a rounded one (defect 11)', () => {
    expect(formatYuan('123835.629')).toEqual({ text: '123,835.63', exact: false });
    expect(formatYuan('33796.000')).toEqual({ text: '33,796.00', exact: true });
    expect(formatYuan('-5')).toEqual({ text: '−5.00', exact: true });
  });
});
