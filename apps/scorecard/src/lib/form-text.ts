/**
 * Reading a loaded JSON value (a record file, a batch) into a form, which holds text: a value
 * of the wrong kind becomes an empty field for the core to report, never a crash.
 */
import { isObject } from './is-object';

/** A JSON value as form text: strings as they are, numbers as JavaScript prints them. */
export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return '';
}

/** A JSON value as an object to read fields from: anything else reads as `{}`. */
export function asObject(value: unknown): Record<string, unknown> {
  return isObject(value) ? value : {};
}
