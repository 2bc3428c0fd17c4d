/**
 * The files of the objections page: the results (a file, or the batch evaluated in the app),
 * the objections document (opened, or started here), and the document with an objection added
 * or resolved. The document keeps every key it was opened with; edits only append an objection
 * or set one's `resolution` (docs/formats.md §15.3).
 */
import { safeParseJson } from '../../lib/core-adapter';
import type { BatchRun } from '../../worker/run-batch';
import { typedInteger } from '../review/review-document';
import { readResultsText, resultVillages } from './objections-core';
import type { DocumentSource, ResultsSource } from './use-objections';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A results file (result document or NDJSON result lines), read and checked by the core. */
export async function readResultsFile(file: File): Promise<ResultsSource> {
  const read = readResultsText(await file.text(), file.name);
  if (!read.ok) return { state: 'failed', fileName: file.name, issues: read.issues };
  const villages = resultVillages(read.value);
  return villages.ok
    ? { state: 'ready', from: 'file', fileName: file.name, villages: villages.value }
    : { state: 'failed', fileName: file.name, issues: villages.issues };
}

/** The batch just evaluated in the village review, as results (each village's result, as the core wrote it). */
export function resultsFromRun(run: BatchRun): ResultsSource {
  const villages = resultVillages(run.villages.map((v) => JSON.parse(v.resultText) as unknown));
  return villages.ok
    ? { state: 'ready', from: 'batch', fileName: run.fileName, villages: villages.value }
    : { state: 'failed', fileName: run.fileName, issues: villages.issues };
}

/**
 * An objections document opened from a file. It is checked by the core when tracked; it can be
 * added to here only when it is a JSON object with no key written twice (an edit would keep
 * only one of the two values).
 */
export async function readObjectionsFile(file: File): Promise<DocumentSource> {
  const parsed = safeParseJson(await file.text(), 'the objections document');
  if (!parsed.ok) return { state: 'failed', fileName: file.name, issues: parsed.issues };
  const { value, duplicateKeys } = parsed.value;
  return {
    state: 'ready',
    fileName: file.name,
    input: parsed.value,
    value: isObject(value) && duplicateKeys.length === 0 ? value : null,
    edited: false,
  };
}

/** What a new register is started with, as typed. */
export interface NewRegister {
  /** The notice's first day. */
  readonly date: string;
  /** Its length in days; empty: the model's default. */
  readonly days: string;
  /** Holidays and make-up working days, one date per line (or separated by commas or spaces). */
  readonly holidays: string;
  readonly workdays: string;
}

const dates = (text: string): string[] => text.split(/[\s,，、;；]+/).filter((d) => d !== '');

/** A new, empty register for a notice (the core checks its dates when it is tracked). */
export function newRegister(typed: NewRegister): DocumentSource {
  const days = typed.days.trim();
  const holidays = dates(typed.holidays);
  const workdays = dates(typed.workdays);
  const value: Json = {
    notice: { date: typed.date.trim(), ...(days === '' ? {} : { days: typedInteger(days) }) },
    ...(holidays.length === 0 ? {} : { holidays }),
    ...(workdays.length === 0 ? {} : { workdays }),
    objections: [],
  };
  return { state: 'ready', fileName: null, input: value, value, edited: false };
}

/** The objections of a document, when it has a list of them. */
function objectionsOf(document: Json): readonly unknown[] | null {
  return Array.isArray(document.objections) ? document.objections : null;
}

/** The document with one more objection at its end (and that objection's index). */
export function withObjection(document: Json, objection: Json): { value: Json; index: number } {
  const list = objectionsOf(document) ?? [];
  return { value: { ...document, objections: [...list, objection] }, index: list.length };
}

/** The document with the objection at `index` resolved (its other keys kept). */
export function withResolution(
  document: Json,
  index: number,
  resolution: { readonly date: string; readonly outcome: string },
): Json {
  const list = objectionsOf(document) ?? [];
  return {
    ...document,
    objections: list.map((o, i) =>
      i === index && isObject(o) ? { ...o, resolution: { ...resolution } } : o,
    ),
  };
}

/** A document source after an edit here. */
export function edited(source: DocumentSource, value: Json): DocumentSource {
  return source.state === 'ready' ? { ...source, input: value, value, edited: true } : source;
}
