/**
 * China Standard Time is UTC+8 all year (no daylight saving since 1991), so China's calendar
 * day is the UTC day of the instant 8 hours later: no time-zone database, whatever zone the
 * machine's clock is set to. A clerk's "today" is China's: a notice dated by the UTC day would
 * start a day early before 08:00.
 */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Today's date in China, `YYYY-MM-DD`. */
export function chinaToday(now: number = Date.now()): string {
  return new Date(now + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The current year in China. */
export function chinaYear(now: number = Date.now()): number {
  return new Date(now + CHINA_OFFSET_MS).getUTCFullYear();
}
