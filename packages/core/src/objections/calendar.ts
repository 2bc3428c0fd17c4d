import { BOUNDS } from '../schema/bounds.js';

/**
 * Calendar dates as whole day numbers (days since 1970-01-01 in the proleptic Gregorian
 * calendar), computed from the year, month and day with integer arithmetic alone: no `Date`
 * object, so no time zone or daylight saving can move a day (docs/model.md §14).
 */
export type DayNumber = number;

const DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/**
 * The day number of a real calendar date written `YYYY-MM-DD` with a year from 1900 to 2100
 * (the years the formats allow), or `undefined` (`2024-09-31`, `2024-9-1`, ` 2024-09-01`).
 */
export function parseDay(text: string): DayNumber | undefined {
  const match = DATE.exec(text);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < BOUNDS.minYear || year > BOUNDS.maxYear || month < 1 || month > 12) return undefined;
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayNumber(year, month, day);
}

/** Whether a year is a leap year of the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The days of a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a valid date (H. Hinnant's `days_from_civil`, on integers). */
export function dayNumber(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The `YYYY-MM-DD` text of a day number (`civil_from_days`, on integers). */
export function dayText(n: DayNumber): string {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
}

/** The ISO day of the week: 1 Monday … 7 Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(n: DayNumber): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
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
