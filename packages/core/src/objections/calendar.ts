import {
  civilDate,
  type DayNumber,
  dayNumber,
  formatIsoDate,
  parseIsoDate,
} from '../calendar/day-number.js';
import { BOUNDS } from '../schema/bounds.js';

/**
 * The objections' calendar (docs/model.md §14): dates as whole day numbers (days since 1970-01-01,
 * `calendar/day-number.ts`), so no time zone or daylight saving can move a day, and working days.
 */

export { type DayNumber, dayNumber };

/**
 * The day number of a real calendar date written `YYYY-MM-DD` with a year from 1900 to 2100
 * (the years the formats allow), or `undefined` (`2024-09-31`, `2024-9-1`, ` 2024-09-01`).
 */
export function parseDay(text: string): DayNumber | undefined {
  const date = parseIsoDate(text);
  if (date === undefined || date.year < BOUNDS.minYear || date.year > BOUNDS.maxYear)
    return undefined;
  return dayNumber(date.year, date.month, date.day);
}

/** The `YYYY-MM-DD` text of a day number. */
export function dayText(n: DayNumber): string {
  return formatIsoDate(civilDate(n));
}

/** The ISO day of the week: 1 Monday … 7 Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(n: DayNumber): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/**
 * Working days (docs/model.md §14): the model's working weekdays, except the listed holidays,
 * plus the listed make-up workdays (调休) whatever their weekday.
 */
export class WorkingCalendar {
  readonly #weekdays: ReadonlySet<number>;
  readonly #holidays: ReadonlySet<DayNumber>;
  readonly #workdays: ReadonlySet<DayNumber>;

  constructor(
    weekdays: readonly number[],
    holidays: readonly DayNumber[],
    workdays: readonly DayNumber[],
  ) {
    // The model requires a working weekday; without one, counting could never end.
    if (weekdays.length === 0) throw new Error('a working calendar needs a working weekday');
    this.#weekdays = new Set(weekdays);
    this.#holidays = new Set(holidays);
    this.#workdays = new Set(workdays);
  }

  /** Whether a day is a working day. */
  isWorking(n: DayNumber): boolean {
    if (this.#workdays.has(n)) return true;
    return this.#weekdays.has(isoWeekday(n)) && !this.#holidays.has(n);
  }

  /**
   * The `count`th working day after `from` (`from` itself does not count): with `from` a
   * Sunday before a week without holidays and `count` 1, the Monday. Always ends: holidays are
   * finitely many and at least one weekday works (or a make-up day is listed).
   */
  workingDaysAfter(from: DayNumber, count: number): DayNumber {
    let n = from;
    for (let found = 0; found < count; ) {
      n++;
      if (this.isWorking(n)) found++;
    }
    return n;
  }
}
