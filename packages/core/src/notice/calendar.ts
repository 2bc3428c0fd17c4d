import { type CivilDate, civilDate, dayNumber } from '../calendar/day-number.js';

/**
 * The calendar of a notice period: its bounds, and arithmetic on whole days through the day
 * numbers of `calendar/day-number.ts` (no clock, no time zone, no `Date`).
 */

/**
 * The first and last day a notice period may cover: the evaluation years' bounds (1900 to 2100,
 * FORMATS.md), so a typing slip such as 9999 or 2204 is refused rather than printed.
 */
export const NOTICE_DATES = {
  first: { year: 1900, month: 1, day: 1 },
  last: { year: 2100, month: 12, day: 31 },
} as const satisfies Record<string, CivilDate>;

/** The date `days` days after `date` (before it, when negative). */
export function addDays(date: CivilDate, days: number): CivilDate {
  return civilDate(daysFromCivil(date) + days);
}

/** Days since 1970-01-01 (negative before it). */
export function daysFromCivil({ year, month, day }: CivilDate): number {
  return dayNumber(year, month, day);
}
