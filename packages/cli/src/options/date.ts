import { InvalidArgumentError } from 'commander';

/**
 * Parses a calendar date flag (`--date`, `--today`): `YYYY-MM-DD`, a real day.
 *
 * @throws {InvalidArgumentError} otherwise (commander reports it; status 2).
 */
export function parseDate(text: string): string {
  const date = text.trim();
  if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(date) || !isRealDay(date)) {
    throw new InvalidArgumentError(
      'a date is written YYYY-MM-DD and must exist, such as 2024-12-01.',
    );
  }
  return date;
}

function isRealDay(date: string): boolean {
  const t = Date.parse(`${date}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === date;
}

/** China Standard Time is UTC+8 all year (no daylight saving). */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Today's date in China (UTC+8), `YYYY-MM-DD`, whatever the machine's time zone. */
export function chinaToday(now: number = Date.now()): string {
  return new Date(now + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The current year in China (UTC+8), whatever the machine's time zone. */
export function chinaYear(now: number = Date.now()): number {
  return new Date(now + CHINA_OFFSET_MS).getUTCFullYear();
}
