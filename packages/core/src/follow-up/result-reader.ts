import {
  InputError,
  type Issue,
  type IssueCode,
  type Issues,
  makeIssue,
  nonEmpty,
} from '../issues.js';
import { describeType, jsonTypeOf } from '../schema/decimal-text.js';

type Path = readonly (string | number)[];

/**
 * What the follow-up reads of results: ids, the flags and limits of scored records, the ids of
 * invalid ones, and the counts behind the denominators. Read field by field (not with the full
 * result schema): a county's results are a million household results, and the follow-up needs
 * five fields of each. Each field it reads is checked; a wrong one is an `InputError` naming
 * its path, never a silent zero.
 */

/** A limit as results write it: whole fen, not negative, below 2^53 fen. */
const LIMIT = /^(0|[1-9][0-9]{0,12})\.[0-9]{2}$/;

/** The most issues one record reports. */
const MAX_ISSUES = 50;

/** What the follow-up keeps of a household result. */
export interface ReadHousehold {
  readonly id: string;
  readonly creditHousehold: boolean;
  /** The limit in whole fen (exact: below 2^53). */
  readonly limitFen: number;
}

/** What the follow-up keeps of a village result. */
export interface ReadVillage {
  readonly id: string | null;
  readonly township: string | undefined;
  /** `counts.householdsTotal`: `null` when the village's own `householdsTotal` was unusable. */
  readonly registered: number | null;
  /** `counts.collected`: household records sent. */
  readonly collected: number;
  readonly households: readonly ReadHousehold[];
  /** The ids of its invalid household records (error entries with an index and an id). */
  readonly invalidIds: readonly string[];
}

/** What the follow-up keeps of an entity result. */
export interface ReadEntity {
  readonly id: string;
  readonly creditEntity: boolean;
  readonly limitFen: number;
}

/** Collects a record's problems, at most {@link MAX_ISSUES}. */
class Problems {
  readonly issues: Issue[] = [];
  add(path: Path, code: IssueCode, detail: string, value: unknown): void {
    if (this.issues.length < MAX_ISSUES)
      this.issues.push(makeIssue([...path], code, detail, { got: jsonTypeOf(value) }));
  }
  throwIfAny(summary: string): void {
    if (nonEmpty(this.issues)) throw new InputError(this.issues, summary);
  }
  /** The issues found, which must be some. */
  all(): Issues {
    if (!nonEmpty(this.issues)) throw new Error('no problem was found');
    return this.issues;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function wholeCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** A limit's money text in whole fen, or `undefined` when it is not one. */
export function limitFen(value: unknown): number | undefined {
  if (typeof value !== 'string' || !LIMIT.test(value)) return undefined;
  const point = value.length - 3;
  return Number(value.slice(0, point)) * 100 + Number(value.slice(point + 1));
}

function expect(problems: Problems, path: Path, what: string, value: unknown): void {
  problems.add(
    path,
    value === undefined ? 'required' : 'invalid_type',
    `expected ${what}, got ${describeType(value)}`,
    value,
  );
}

/**
 * Reads a village result (of a result document, or an NDJSON result line: the line's own
 * fields are ignored).
 *
 * @param path where the village is (`["villages", 3]`, or `[]` for a line), for the issues.
 * @throws {InputError} naming the path of every field the follow-up needs that is wrong.
 */
export function readVillageResult(value: unknown, path: Path): ReadVillage {
  const problems = new Problems();
  const { id, township, counts, households, errors } = isObject(value) ? value : {};
  if (!isObject(value)) expect(problems, path, 'a village result (an object)', value);
  if (id !== null && typeof id !== 'string')
    expect(problems, [...path, 'id'], 'a village id or null', id);
  if (township !== undefined && typeof township !== 'string')
    expect(problems, [...path, 'township'], 'a township id', township);
  let registered: number | null = null;
  let collected = 0;
  if (!isObject(counts)) expect(problems, [...path, 'counts'], 'the counts (an object)', counts);
  else {
    if (counts.householdsTotal !== null && !wholeCount(counts.householdsTotal))
      expect(
        problems,
        [...path, 'counts', 'householdsTotal'],
        'a whole number or null',
        counts.householdsTotal,
      );
    else registered = counts.householdsTotal;
    if (!wholeCount(counts.collected))
      expect(problems, [...path, 'counts', 'collected'], 'a whole number', counts.collected);
    else collected = counts.collected;
  }
  const read: ReadHousehold[] = [];
  if (!Array.isArray(households))
    expect(problems, [...path, 'households'], 'the household results (an array)', households);
  else
    for (let i = 0; i < households.length; i++) {
      const h = readScored(households[i], [...path, 'households', i], 'creditHousehold', problems);
      if (h !== undefined) read.push({ id: h.id, creditHousehold: h.credit, limitFen: h.limitFen });
    }
  const invalidIds = readErrorIds(errors, [...path, 'errors'], problems);
  problems.throwIfAny('not a village result');
  return {
    id: id as string | null,
    township: township as string | undefined,
    registered,
    collected,
    households: read,
    invalidIds,
  };
}

/**
 * Reads an entity result.
 *
 * @throws {InputError} naming the path of every field the follow-up needs that is wrong.
 */
export function readEntityResult(value: unknown, path: Path): ReadEntity {
  const problems = new Problems();
  const read = readScored(value, path, 'creditEntity', problems);
  if (read === undefined) throw new InputError(problems.all(), 'not an entity result');
  return { id: read.id, creditEntity: read.credit, limitFen: read.limitFen };
}

/**
 * Reads an invalid record's entry (`entityErrors`, or an NDJSON `entityError` line): its id, when
 * it had one.
 *
 * @throws {InputError} when it is not an error entry.
 */
export function readErrorEntryId(value: unknown, path: Path): string | undefined {
  const problems = new Problems();
  const ids = readErrorIds([value], path, problems, false);
  problems.throwIfAny('not an error entry');
  return ids[0];
}

/**
 * Reads a township result: its id.
 *
 * @throws {InputError} when it is not a township result.
 */
export function readTownshipResult(value: unknown, path: Path): string | null {
  const problems = new Problems();
  if (!isObject(value)) expect(problems, path, 'a township result (an object)', value);
  else if (value.id === null || typeof value.id === 'string') return value.id;
  else expect(problems, [...path, 'id'], 'a township id or null', value.id);
  throw new InputError(problems.all(), 'not a township result');
}

function readScored(
  value: unknown,
  path: Path,
  flag: 'creditHousehold' | 'creditEntity',
  problems: Problems,
): { id: string; credit: boolean; limitFen: number } | undefined {
  if (!isObject(value)) {
    expect(problems, path, 'a result (an object)', value);
    return undefined;
  }
  const { id, limit } = value;
  const credit = value[flag];
  const before = problems.issues.length;
  if (typeof id !== 'string') expect(problems, [...path, 'id'], 'an id', id);
  if (typeof credit !== 'boolean') expect(problems, [...path, flag], 'true or false', credit);
  const fen = limitFen(limit);
  if (fen === undefined)
    problems.add(
      [...path, 'limit'],
      limit === undefined ? 'required' : 'invalid_decimal',
      'the limit is not an amount of money written with 2 decimals',
      limit,
    );
  if (problems.issues.length > before || fen === undefined) return undefined;
  return { id: id as string, credit: credit as boolean, limitFen: fen };
}

/**
 * The ids of a list of error entries: for a village's `errors`, the household records' (an entry
 * with an `index`); for entity errors (`withIndex` false), any entry's.
 */
function readErrorIds(value: unknown, path: Path, problems: Problems, withIndex = true): string[] {
  const ids: string[] = [];
  if (!Array.isArray(value)) {
    expect(problems, path, 'the error entries (an array)', value);
    return ids;
  }
  for (let i = 0; i < value.length; i++) {
    const entry = value[i];
    const at = withIndex ? [...path, i] : path;
    if (!isObject(entry)) {
      expect(problems, at, 'an error entry (an object)', entry);
      continue;
    }
    if (entry.index !== undefined && !wholeCount(entry.index))
      expect(problems, [...at, 'index'], 'a whole number', entry.index);
    if (entry.id !== undefined && typeof entry.id !== 'string')
      expect(problems, [...at, 'id'], 'an id', entry.id);
    if (typeof entry.id === 'string' && (!withIndex || entry.index !== undefined))
      ids.push(entry.id);
  }
  return ids;
}
