import { formatIsoDate, parseIsoDate } from '../calendar/day-number.js';
import { InputError, makeIssue } from '../issues.js';
import { addDays, daysFromCivil, NOTICE_DATES } from './calendar.js';

/** A notice period: its first and last day (`YYYY-MM-DD`) and its length in days. */
export interface NoticePeriod {
  readonly from: string;
  readonly to: string;
  readonly days: number;
}

/**
 * The period of a public notice (a village's or a township's entities'), from its first day and
 * length: one rule for both, so both refuse the same slips with the same issues (`noticeDate`,
 * `noticeDays`, and a period outside 1900–2100).
 *
 * @throws {InputError} when the date is not a calendar date written `YYYY-MM-DD`, the length is
 * not 1 to 366 days, or the period leaves the years an evaluation may have.
 */
export function noticePeriod(date: string, days: number): NoticePeriod {
  const from = parseIsoDate(date);
  if (from === undefined) {
    throw new InputError(
      [
        makeIssue(
          ['date'],
          'invalid_value',
          `the notice date must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(date.length > 24 ? `${date.slice(0, 24)}…` : date)}`,
          { expected: 'date', rule: 'noticeDate' },
        ),
      ],
      'invalid notice date',
    );
  }
  if (!Number.isInteger(days) || days < 1 || days > 366) {
    throw new InputError(
      [
        makeIssue(
          ['days'],
          'invalid_value',
          `the notice period must be 1 to 366 days, got ${days}`,
          {
            expected: 'count',
            rule: 'noticeDays',
            min: 1,
            max: 366,
          },
        ),
      ],
      'invalid notice period',
    );
  }
  const last = addDays(from, days - 1);
  const early = daysFromCivil(from) < daysFromCivil(NOTICE_DATES.first);
  if (early || daysFromCivil(last) > daysFromCivil(NOTICE_DATES.last)) {
    throw new InputError(
      [
        makeIssue(
          ['date'],
          early ? 'too_small' : 'too_big',
          `the notice period must lie between ${formatIsoDate(NOTICE_DATES.first)} and ${formatIsoDate(NOTICE_DATES.last)} (the years an evaluation may have), got ${date} for ${days} days`,
          {
            expected: 'date',
            min: formatIsoDate(NOTICE_DATES.first),
            max: formatIsoDate(NOTICE_DATES.last),
          },
        ),
      ],
      'invalid notice date',
    );
  }
  return { from: date, to: formatIsoDate(last), days };
}
