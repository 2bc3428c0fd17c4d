import { formatIsoDate, parseIsoDate } from '../calendar/day-number.js';
import { addDays as addCivilDays } from './calendar.js';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * One CSV field (RFC 4180 quoting). A value that a spreadsheet would read as a formula
 * (`=`, `+`, `-`, `@`, tab, CR at the start) is prefixed with `'`, so input never runs as code.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) && !/^-?\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A date `YYYY-MM-DD` plus `days`, as `YYYY-MM-DD`: calendar arithmetic on year, month and
 * day (see `calendar.ts`), no clock and no time zone.
 */
export function addDays(date: string, days: number): string {
  const from = parseIsoDate(date);
  if (from === undefined) throw new RangeError(`not a calendar date: ${date}`);
  return formatIsoDate(addCivilDays(from, days));
}

/** Whether `date` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(date: string): boolean {
  return parseIsoDate(date) !== undefined;
}
