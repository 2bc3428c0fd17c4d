/**
 * A follow-up report sent from the worker in parts (see {@link FollowUpPart}) and put together
 * again on the page.
 */
import type { FollowUpException, FollowUpReport, LedgerLineError } from '../lib/core-adapter';
import type { FollowUpOutcome } from './follow-up-job';

/**
 * A report's long lists, a part at a time. A county's follow-up can hold tens of thousands of
 * exceptions and bad ledger lines: sent in one message, the page would spend hundreds of
 * milliseconds unpacking it in one task, frozen. Sent in parts, each costs the page a few.
 */
export interface FollowUpPart {
  readonly exceptions: readonly FollowUpException[];
  readonly errors: readonly LedgerLineError[];
}

/** Exceptions or bad lines per part: a few milliseconds' unpacking each on a phone. */
export const PART_SIZE = 2000;

/** A report split for sending: the report without its lists, and the lists in parts. */
export interface SplitReport {
  /** The report with `exceptions` and `errors` empty: they are in `parts`, in order. */
  readonly shell: FollowUpReport;
  /** How many exceptions and bad lines the parts hold together. */
  readonly counts: { readonly exceptions: number; readonly errors: number };
  readonly parts: readonly FollowUpPart[];
}

/** Splits a report for sending (see {@link FollowUpPart}); {@link joinReport} undoes it. */
export function splitReport(report: FollowUpReport, size = PART_SIZE): SplitReport {
  const parts: FollowUpPart[] = [];
  const { exceptions, errors } = report;
  for (let at = 0; at < exceptions.length || at < errors.length; at += size) {
    parts.push({
      exceptions: exceptions.slice(at, at + size),
      errors: errors.slice(at, at + size),
    });
  }
  return {
    shell: { ...report, exceptions: [], errors: [] },
    counts: { exceptions: exceptions.length, errors: errors.length },
    parts,
  };
}

/**
 * The report again from its shell and its parts, or `undefined` when the parts do not hold
 * what `counts` says (a part lost is never shown as a shorter list).
 */
export function joinReport(
  split: Omit<SplitReport, 'parts'>,
  parts: readonly FollowUpPart[],
): FollowUpReport | undefined {
  const exceptions = parts.flatMap((part) => part.exceptions);
  const errors = parts.flatMap((part) => part.errors);
  if (exceptions.length !== split.counts.exceptions || errors.length !== split.counts.errors) {
    return undefined;
  }
  return { ...split.shell, exceptions, errors };
}

/** The follow-up's outcome as the worker sends it last: a report's lists went before, in parts. */
export type SentFollowUp =
  | Exclude<FollowUpOutcome, { readonly ok: true }>
  | ({ readonly ok: true } & Omit<SplitReport, 'parts'>);
