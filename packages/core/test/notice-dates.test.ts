import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VECTORS_DIR } from '../../../test/vectors-dir.js';
import { InputError, publicNotice } from '../src/index.js';

// The notice period is calendar arithmetic on year, month and day: no clock, no time zone, and
// no year the evaluation years (1900 to 2100) would not accept.

const golden = () => JSON.parse(readFileSync(join(VECTORS_DIR, 'golden.json'), 'utf8'));

function period(date: string, days = 7) {
  return publicNotice(golden(), 'golden', { date, days }).period;
}

function problem(date: string, days = 7): string {
  try {
    publicNotice(golden(), 'golden', { date, days });
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).issues.map((i) => i.message).join('\n');
  }
  throw new Error(`the notice of ${date} for ${days} days was accepted`);
}

/** The oracle: the same sum through the engine's proleptic Gregorian calendar in UTC. */
function oracle(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describe('the notice period', () => {
  it('crosses months, years and leap days exactly', () => {
    expect(period('2024-12-28')).toEqual({ from: '2024-12-28', to: '2025-01-03', days: 7 });
    expect(period('2024-02-28', 2).to).toBe('2024-02-29');
    expect(period('2000-02-28', 2).to).toBe('2000-02-29');
    expect(period('2100-02-28', 2).to).toBe('2100-03-01'); // 2100 is not a leap year
    expect(period('1900-02-28', 2).to).toBe('1900-03-01');
    expect(period('2023-01-01', 366).to).toBe('2024-01-01');
  });

  it('ends on the day the calendar gives, for any start and length within the bounds', () => {
    const start = Date.UTC(1900, 0, 1);
    const span = Date.UTC(2100, 11, 31) - start;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: span / 86_400_000 }),
        fc.integer({ min: 1, max: 366 }),
        (offset, days) => {
          const from = new Date(start + offset * 86_400_000).toISOString().slice(0, 10);
          const to = oracle(from, days - 1);
          if (to > '2100-12-31') expect(problem(from, days)).toMatch(/2100-12-31/);
          else expect(period(from, days)).toEqual({ from, to, days });
        },
      ),
    );
  });

  it('refuses a period that ends after 2100-12-31, never printing a year 10000', () => {
    for (const [date, days] of [
      ['9999-12-31', 7],
      ['2100-12-26', 7],
      ['2100-12-31', 2],
      ['2100-01-01', 366],
    ] as const) {
      const message = problem(date, days);
      expect(message).toMatch(/2100-12-31/);
      expect(message).not.toMatch(/10000/);
    }
    expect(period('2100-12-25').to).toBe('2100-12-31');
  });

  it('refuses a start before 1900-01-01', () => {
    expect(problem('1899-12-31')).toMatch(/1900-01-01/);
    expect(problem('0000-01-01')).toMatch(/1900-01-01/);
    expect(period('1900-01-01').from).toBe('1900-01-01');
  });

  it('refuses what is not a calendar date', () => {
    for (const date of ['2024-02-30', '2023-02-29', '2100-02-29', '2024-13-01', '2024-00-10']) {
      expect(problem(date)).toMatch(/YYYY-MM-DD/);
    }
    for (const date of ['2024-1-01', '+02024-01-01', '2024-01-01T00:00', ' 2024-01-01', '']) {
      expect(problem(date)).toMatch(/YYYY-MM-DD/);
    }
  });
});
