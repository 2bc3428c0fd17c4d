import { type Issue, type IssueCode, type IssueParams, makeIssue } from '../issues.js';
import { isIsoDate } from '../notice/text.js';
import { BOUNDS } from '../schema/bounds.js';
import { describeType, jsonTypeOf } from '../schema/decimal-text.js';

/**
 * Small strict readers for the certificate documents (keys, trust lists, payloads). Each
 * records every problem in `issues` and returns `undefined` for a bad field. Messages name the
 * field and the expected form and never repeat the value: a key's `d` or a certificate's name
 * must not reach a log through an error message.
 */

export type Path = (string | number)[];

/** A key id: a letter or digit, then up to 63 letters, digits, `.`, `_` or `-`. */
export const KID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** A model code (grade, entity type): a letter, then up to 63 letters, digits, `_` or `-`. */
export const CODE = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

/** A money text of results: non-negative, exactly 2 decimals, no leading zeros. */
const MONEY = /^(0|[1-9][0-9]{0,10})\.[0-9]{2}$/;

const MONEY_MAX_FEN = BigInt(BOUNDS.money) * 100n;

/** Control characters (C0, DEL, C1) and lone surrogates: never in a printed field. */
const UNPRINTABLE = /[\p{Cc}\p{Cs}]/u;

/** Collects issues while a document is read. */
export class Reader {
  readonly issues: Issue[] = [];

  add(path: Path, code: IssueCode, detail: string, params?: IssueParams): undefined {
    this.issues.push(makeIssue(path, code, detail, params));
    return undefined;
  }

  /** `value` as an object whose keys are all in `allowed`, or `undefined`. */
  object(
    value: unknown,
    path: Path,
    what: string,
    allowed: readonly string[],
  ): Record<string, unknown> | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return this.add(
        path,
        'invalid_type',
        `${what} is a JSON object, got ${describeType(value)}`,
        {
          expected: 'object',
          got: jsonTypeOf(value),
        },
      );
    }
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!allowed.includes(key)) {
        this.add(
          [...path, key],
          'unknown_key',
          `unknown field; ${what} has only ${allowed.join(', ')}`,
          { allowed },
        );
      }
    }
    return record;
  }

  /** A string field, non-empty, printable, at most 200 UTF-16 units, matching `pattern`. */
  string(
    value: unknown,
    path: Path,
    rule: { readonly pattern?: RegExp; readonly expected?: string; readonly optional?: boolean },
  ): string | undefined {
    if (value === undefined) {
      return rule.optional === true
        ? undefined
        : this.add(path, 'required', 'required', { expected: 'text', got: 'nothing' });
    }
    if (typeof value !== 'string') {
      return this.add(path, 'invalid_type', `expected a string, got ${describeType(value)}`, {
        expected: 'text',
        got: jsonTypeOf(value),
      });
    }
    if (value === '') return this.add(path, 'empty', 'must not be empty', { expected: 'text' });
    if (value.length > BOUNDS.stringLength) {
      return this.add(path, 'too_big', `at most ${BOUNDS.stringLength} characters`, {
        expected: 'text',
        max: BOUNDS.stringLength,
      });
    }
    if (UNPRINTABLE.test(value)) {
      return this.add(
        path,
        'invalid_value',
        'control characters and lone surrogates are not allowed',
      );
    }
    if (rule.pattern !== undefined && !rule.pattern.test(value)) {
      return this.add(path, 'invalid_value', `expected ${rule.expected ?? 'another form'}`);
    }
    return value;
  }

  /** An integer field from `min` to `max`. */
  integer(
    value: unknown,
    path: Path,
    min: number,
    max: number,
    expected: 'year' | 'count' = 'count',
  ): number | undefined {
    const params: IssueParams = { expected, min, max };
    if (value === undefined)
      return this.add(path, 'required', 'required', { ...params, got: 'nothing' });
    if (typeof value !== 'number') {
      return this.add(path, 'invalid_type', `expected a whole number, got ${describeType(value)}`, {
        ...params,
        got: jsonTypeOf(value),
      });
    }
    if (!Number.isInteger(value))
      return this.add(path, 'not_integer', 'expected a whole number', params);
    if (value < min) return this.add(path, 'too_small', `at least ${min}`, params);
    if (value > max) return this.add(path, 'too_big', `at most ${max}`, params);
    return value;
  }

  /** A money text as results write it (`"163000.00"`), from 0 to ten billion yuan. */
  money(value: unknown, path: Path): string | undefined {
    const text = this.string(value, path, {});
    if (text === undefined) return undefined;
    if (!MONEY.test(text) || toFen(text) > MONEY_MAX_FEN) {
      return this.add(
        path,
        'invalid_decimal',
        'expected an amount in yuan with exactly 2 decimals, such as "163000.00", from 0.00 to 10000000000.00',
        { expected: 'money', decimals: 2, min: '0.00', max: `${BOUNDS.money}.00` },
      );
    }
    return text;
  }

  /** A real calendar date written `YYYY-MM-DD`. */
  date(value: unknown, path: Path): string | undefined {
    const text = this.string(value, path, {});
    if (text === undefined) return undefined;
    if (!isIsoDate(text)) {
      return this.add(path, 'invalid_value', 'expected a calendar date written YYYY-MM-DD', {
        expected: 'date',
      });
    }
    return text;
  }
}

/** Exact fen of a money text already checked against the money grammar. */
export function toFen(money: string): bigint {
  return BigInt(money.replace('.', ''));
}
