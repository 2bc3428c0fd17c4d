import * as z from 'zod';
import type { ExpectedKind, IssueCode, IssueParams } from '../issues.js';
import { Dec } from '../money/decimal.js';
import { BOUNDS } from './bounds.js';
import {
  characterCount,
  describeType,
  jsonTypeOf,
  readDecimalText,
  shownValue,
} from './decimal-text.js';
import { ID_PROBLEMS, idProblem } from './ids.js';
import { hint } from './json-hints.js';

/**
 * Field schemas shared by the input formats. Each reports our own issue codes through zod's
 * `custom` issues (`params.code`), so translation to {@link Issue} keeps them exact.
 */

/** Adds one of our issues, with its facts as data, to a zod transform context. */
export function report(
  ctx: z.RefinementCtx,
  code: IssueCode,
  detail: string,
  params?: IssueParams,
): never {
  ctx.addIssue({ code: 'custom', message: detail, params: { ...params, code } });
  return z.NEVER;
}

/** " got "120.555"", or nothing when the value is not safe or short enough to repeat. */
function got(value: string | undefined): string {
  return value === undefined ? '' : `, got ${value}`;
}

export type DecimalKind = 'money' | 'area';
export type Sign = 'any' | 'nonNegative' | 'positive';

const BOUND = { money: new Dec(BOUNDS.money), area: new Dec(BOUNDS.area) };
const UNIT = { money: 'yuan', area: '' };

/** A `Dec2` field (money or area): string or number, at most 2 decimals, bounded. Output: canonical text. */
export function dec2(kind: DecimalKind, sign: Sign) {
  const schema = z.unknown().transform((value, ctx): string => {
    if (value === undefined)
      return report(ctx, 'required', 'required: write a number such as "1234.50"', {
        expected: kind,
        got: 'nothing',
      });
    const read = readDecimalText(value, 2);
    if (!read.ok) return report(ctx, read.code, read.detail, { ...read.params, expected: kind });
    const d = new Dec(read.text);
    const shown = shownValue(read.text);
    if (d.abs().gt(BOUND[kind])) {
      return report(
        ctx,
        'too_big',
        `at most ${BOUNDS[kind]}${UNIT[kind] ? ` ${UNIT[kind]}` : ''} in absolute value${got(shown)}`,
        { expected: kind, max: BOUNDS[kind], ...(shown === undefined ? {} : { value: shown }) },
      );
    }
    if (sign !== 'any' && d.isNegative())
      return report(ctx, 'too_small', `must not be negative${got(shown)}`, {
        expected: kind,
        min: '0',
        ...(shown === undefined ? {} : { value: shown }),
      });
    if (sign === 'positive' && d.isZero())
      return report(ctx, 'too_small', `must be greater than 0, got ${read.text}`, {
        expected: kind,
        min: '0',
        exclusive: true,
        value: '0',
      });
    return read.text;
  });
  const bound = Number(BOUNDS[kind]);
  return hint(schema, {
    description: `${kind === 'money' ? 'Money in yuan' : 'An area'}: a decimal with at most 2 decimal places, as a string or a number${sign === 'positive' ? ', greater than 0' : sign === 'nonNegative' ? ', not negative' : ''}; at most ${BOUNDS[kind]} in absolute value. A number is judged by its shortest decimal text (JavaScript's String(n)): 0.30000000000000004 is an error, which "multipleOf" can only approximate in binary floating point.`,
    anyOf: [
      { type: 'string', pattern: decimalPattern(BOUNDS[kind], 2, sign) },
      {
        type: 'number',
        multipleOf: 0.01,
        maximum: bound,
        minimum: sign === 'any' ? -bound : 0,
        ...(sign === 'positive' ? { exclusiveMinimum: 0 } : {}),
      },
    ],
  });
}

/**
 * The decimal grammar of docs/formats.md as a regular expression for JSON Schema, bounds
 * included: `bound` is a power of ten (`"10000000000"`), `decimals` the most fractional digits.
 * `"-0"` is zero, so a non-negative field takes it; a positive one takes no zero.
 */
export function decimalPattern(bound: string, decimals: number, sign: Sign): string {
  if (!/^10*$/.test(bound)) throw new RangeError(`decimalPattern: ${bound} is not a power of ten`);
  const digits = bound.length - 1;
  const fraction = `\\.[0-9]{1,${decimals}}`;
  const magnitude = `(?:(?:0|[1-9][0-9]{0,${Math.max(0, digits - 1)}})(?:${fraction})?|${bound}(?:\\.0{1,${decimals}})?)`;
  const zero = `-0(?:\\.0{1,${decimals}})?`;
  switch (sign) {
    case 'any':
      return `^-?${magnitude}$`;
    case 'nonNegative':
      return `^(?:${zero}|${magnitude})$`;
    case 'positive':
      return `^(?!-?0(?:\\.0{1,${decimals}})?$)${magnitude}$`;
  }
}

/** A JSON integer in `min..max` (a whole-valued number such as `5.0` is fine; a string is not). */
export function integer(
  min: number,
  max: number,
  what = 'a whole number',
  expected: ExpectedKind = 'count',
) {
  const schema = z.unknown().transform((value, ctx): number => {
    if (value === undefined)
      return report(ctx, 'required', `required: ${what}`, { expected, got: 'nothing' });
    if (typeof value !== 'number') {
      const shown = typeof value === 'string' ? shownValue(value) : undefined;
      return report(
        ctx,
        'invalid_type',
        `expected ${what} written as a JSON number, got ${describeType(value)}${shown === undefined ? '' : ` ${JSON.stringify(shown)}`}`,
        { expected, got: jsonTypeOf(value), ...(shown === undefined ? {} : { value: shown }) },
      );
    }
    if (!Number.isFinite(value))
      return report(ctx, 'invalid_type', `expected ${what}, got a non-finite number`, {
        expected,
        got: 'number',
      });
    const shown = shownValue(String(value));
    const facts = { expected, min, max, ...(shown === undefined ? {} : { value: shown }) };
    if (!Number.isInteger(value))
      return report(ctx, 'not_integer', `expected ${what}${got(shown)}`, facts);
    if (value < min) return report(ctx, 'too_small', `must be at least ${min}${got(shown)}`, facts);
    if (value > max) return report(ctx, 'too_big', `must be at most ${max}${got(shown)}`, facts);
    return value === 0 ? 0 : value;
  });
  return hint(schema, { type: 'integer', minimum: min, maximum: max });
}

/** A year from 1900 to `evalYear`: a later year is an error, never age 0. */
export function year(evalYear: number) {
  const schema = integer(BOUNDS.minYear, BOUNDS.maxYear, 'a year such as 2014', 'year').transform(
    (value, ctx): number => {
      if (value > evalYear) {
        return report(
          ctx,
          'year_after_eval_year',
          `the year ${value} is after the evaluation year ${evalYear}`,
          { expected: 'year', value: String(value), evalYear },
        );
      }
      return value;
    },
  );
  return hint(schema, {
    type: 'integer',
    minimum: BOUNDS.minYear,
    maximum: evalYear,
    description: `A year from ${BOUNDS.minYear} to the evaluation year.`,
  });
}

/** Reports a value given for text that is not a string: missing, or of another JSON type. */
function notText(ctx: z.RefinementCtx, value: unknown, what: string): never {
  return value === undefined
    ? report(ctx, 'required', `required: ${what}`, { expected: 'text', got: 'nothing' })
    : report(ctx, 'invalid_type', `expected ${what} as a string, got ${describeType(value)}`, {
        expected: 'text',
        got: jsonTypeOf(value),
      });
}

/** A non-empty string of bounded length. */
export function text(what: string, maxLength: number = BOUNDS.stringLength) {
  const schema = z.unknown().transform((value, ctx): string => {
    if (typeof value !== 'string') return notText(ctx, value, what);
    if (value.length === 0) return report(ctx, 'empty', `must not be empty: ${what}`);
    const length = characterCount(value);
    if (length > maxLength)
      return report(ctx, 'too_big', `at most ${maxLength} characters, got ${length}`, {
        expected: 'text',
        max: maxLength,
        count: length,
      });
    return value;
  });
  return hint(schema, { type: 'string', minLength: 1, maxLength });
}

/**
 * An id: a non-empty string of bounded length that follows the id rule (no control or invisible
 * characters, no spaces at either end; see `ids.ts`).
 */
export function id(what: string) {
  const schema = text(what).transform((value, ctx): string => {
    const problem = idProblem(value);
    if (problem !== undefined)
      return report(ctx, 'invalid_id', ID_PROBLEMS[problem], {
        expected: 'text',
        idProblem: problem,
      });
    return value;
  });
  return hint(schema, {
    type: 'string',
    minLength: 1,
    maxLength: BOUNDS.stringLength,
    description:
      'An id: no control or invisible characters, no spaces at either end; compared in Unicode NFKC form.',
  });
}

/** A string that is never echoed in messages (personal data). */
export function privateText(what: string, maxLength: number = BOUNDS.stringLength) {
  const schema = z.unknown().transform((value, ctx): string => {
    if (typeof value !== 'string') return notText(ctx, value, what);
    if (characterCount(value) > maxLength)
      return report(ctx, 'too_big', `at most ${maxLength} characters`, {
        expected: 'text',
        max: maxLength,
      });
    return value;
  });
  return hint(schema, {
    type: 'string',
    maxLength,
    description: 'Personal data: never printed in messages or public lists.',
  });
}

/** One of a list of words (`good`, `fair`, `poor`). */
export function oneOf<const W extends string>(words: readonly W[], what: string) {
  const allowed = new Set<string>(words);
  const schema = z.unknown().transform((value, ctx): W => {
    if (value === undefined)
      return report(ctx, 'required', `required: ${what}, one of ${words.join(', ')}`, {
        expected: 'word',
        got: 'nothing',
        allowed: words,
      });
    if (typeof value !== 'string' || !allowed.has(value)) {
      const shown = typeof value === 'string' ? shownValue(value) : undefined;
      const found =
        typeof value !== 'string'
          ? describeType(value)
          : shown === undefined
            ? 'a longer text'
            : JSON.stringify(shown);
      return report(
        ctx,
        'invalid_value',
        `${what} must be one of ${words.join(', ')}; got ${found}`,
        {
          expected: 'word',
          allowed: words,
          got: jsonTypeOf(value),
          ...(shown === undefined ? {} : { value: shown }),
        },
      );
    }
    return value as W;
  });
  return hint(schema, { type: 'string', enum: [...words] });
}

/** Any JSON object (for `meta`), carried through as is. */
export const jsonObject = hint(
  z.unknown().transform((value, ctx): Readonly<Record<string, unknown>> => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return report(ctx, 'invalid_type', `expected an object, got ${describeType(value)}`, {
        expected: 'object',
        got: jsonTypeOf(value),
      });
    }
    if (nestedDeeperThan(value, BOUNDS.metaDepth)) {
      return report(ctx, 'too_big', `nested more than ${BOUNDS.metaDepth} levels deep`, {
        expected: 'object',
        max: BOUNDS.metaDepth,
      });
    }
    return value as Record<string, unknown>;
  }),
  {
    type: 'object',
    description: `Free-form data, carried through untouched; at most ${BOUNDS.metaDepth} levels deep.`,
  },
);

/**
 * Whether a JSON value nests deeper than `max` levels. Iterative, so a hostile value millions
 * of levels deep is measured without exhausting the stack (it could not be written back out).
 */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (typeof node !== 'object' || node === null) continue;
    if (depth > max) return true;
    for (const child of Object.values(node)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}

/**
 * A strict object: every unknown key is an error at its own path (a misspelt `deposit` at
 * `["deposit"]`), carrying the allowed keys and the nearest one as data. `what` names the
 * object in messages ("a household record").
 */
export function strictObject<Shape extends z.core.$ZodLooseShape>(shape: Shape, what: string) {
  const keys = Object.keys(shape);
  const unknownKey = hint(
    // The key itself is the last part of the issue's path; translateIssues names the nearest
    // allowed key from it.
    z
      .unknown()
      .transform((_value, ctx): never =>
        report(ctx, 'unknown_key', 'unknown field', { allowed: keys }),
      ),
    { not: {} },
  );
  const schema = z
    .object(shape, {
      error: (issue) => {
        if (issue.code !== 'invalid_type') return undefined;
        const input = (issue as { input?: unknown }).input;
        return input === undefined
          ? `required: ${what}`
          : `expected ${what} (a JSON object), got ${describeType(input)}`;
      },
    })
    .catchall(unknownKey);
  // The catchall only ever fails, so the output has exactly the shape's keys, as a strict object's.
  return schema as unknown as z.ZodObject<Shape, z.core.$strict>;
}

/** An array of at most `max` entries. */
export function list<T extends z.ZodType>(item: T, max: number, what: string) {
  return z
    .array(item, {
      error: (issue) => {
        const input = (issue as { input?: unknown }).input;
        return issue.code === 'invalid_type'
          ? input === undefined
            ? `required: ${what}`
            : `expected ${what} (a JSON array), got ${describeType(input)}`
          : undefined;
      },
    })
    .max(max, {
      error: (issue) =>
        `at most ${max} entries, got ${(issue as unknown as { input?: unknown[] }).input?.length ?? 'more'}`,
    });
}

/** A JSON boolean (`true` / `false`); a string such as `"yes"` or a number is an error. */
export function flag(what: string) {
  const schema = z.unknown().transform((value, ctx): boolean => {
    if (typeof value === 'boolean') return value;
    const shown = typeof value === 'string' ? shownValue(value) : undefined;
    return report(
      ctx,
      value === undefined ? 'required' : 'invalid_type',
      `expected ${what} as true or false, got ${describeType(value)}${shown === undefined ? '' : ` ${JSON.stringify(shown)}`}`,
      {
        expected: 'boolean',
        got: jsonTypeOf(value),
        ...(shown === undefined ? {} : { value: shown }),
      },
    );
  });
  return hint(schema, { type: 'boolean' });
}
