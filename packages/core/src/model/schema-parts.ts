import * as z from 'zod';
import { Dec } from '../money/decimal.js';
import { ROUNDING_MODES } from '../money/rounding.js';
import { BOUNDS } from '../schema/bounds.js';
import { describeType, jsonTypeOf, shownValue } from '../schema/decimal-text.js';
import { integer, list, oneOf, report, strictObject } from '../schema/fields.js';
import { hint } from '../schema/json-hints.js';

/**
 * The building blocks of the model document's schema (decimals, codes, labels, points, bins,
 * levels, roundings), shared by every section of it.
 */

/** Largest absolute decimal a model may hold; keeps every reference computation far inside decimal.js's precision. */
const MODEL_DECIMAL_BOUND = new Dec(BOUNDS.modelDecimal);
const MODEL_DECIMAL = /^-?(0|[1-9][0-9]*)(\.[0-9]{1,6})?$/;

/** Names that must never become object keys built from a model. */
const RESERVED = new Set([
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__proto__',
]);

type Range = 'any' | 'nonNegative' | 'positive' | 'unit';

/** `{ value }` when the text is short and safe enough to repeat in a message. */
function shown(text: string): { value?: string } {
  const value = shownValue(text);
  return value === undefined ? {} : { value };
}

/** A model decimal: a string with up to 6 fractional digits. */
export function decimal(range: Range) {
  const schema = z.unknown().transform((value, ctx): string => {
    if (value === undefined)
      return report(ctx, 'required', 'required: a decimal written as a string, such as "0.95"', {
        expected: 'decimal',
        got: 'nothing',
      });
    if (typeof value !== 'string') {
      return report(
        ctx,
        'invalid_type',
        `model decimals are written as strings (e.g. "0.95"), got ${describeType(value)}`,
        { expected: 'decimal', got: jsonTypeOf(value), ...shown(String(value)) },
      );
    }
    if (!MODEL_DECIMAL.test(value)) {
      return report(
        ctx,
        'invalid_decimal',
        `not a decimal with at most 6 decimal places: ${JSON.stringify(value.slice(0, 40))}`,
        { expected: 'decimal', decimals: 6, reason: 'notANumber', ...shown(value) },
      );
    }
    const d = new Dec(value);
    if (d.abs().gt(MODEL_DECIMAL_BOUND))
      return report(ctx, 'too_big', `at most ${BOUNDS.modelDecimal} in absolute value`, {
        expected: 'decimal',
        max: BOUNDS.modelDecimal,
      });
    if (range !== 'any' && d.isNegative())
      return report(ctx, 'too_small', `must not be negative, got ${value}`, {
        expected: 'decimal',
        min: '0',
        ...shown(value),
      });
    if (range === 'positive' && d.isZero())
      return report(ctx, 'too_small', `must be greater than 0, got ${value}`, {
        expected: 'decimal',
        min: '0',
        exclusive: true,
        ...shown(value),
      });
    if (range === 'unit' && d.gt(1))
      return report(ctx, 'too_big', `must be between 0 and 1, got ${value}`, {
        expected: 'decimal',
        min: '0',
        max: '1',
        ...shown(value),
      });
    return value;
  });
  return hint(schema, {
    type: 'string',
    pattern: MODEL_DECIMAL.source,
    description: `A decimal written as a string, up to 6 decimal places${range === 'unit' ? ', from 0 to 1' : range === 'positive' ? ', greater than 0' : range === 'nonNegative' ? ', not negative' : ''}.`,
  });
}

/** A code that becomes an input word or key: letters, digits, `_` and `-`, not a JavaScript builtin name. */
export const code = hint(
  z.unknown().transform((value, ctx): string => {
    if (typeof value !== 'string')
      return report(ctx, 'invalid_type', `expected a code (a string), got ${describeType(value)}`, {
        expected: 'word',
        got: jsonTypeOf(value),
      });
    if (!/^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(value)) {
      return report(
        ctx,
        'invalid_value',
        `a code is a letter followed by up to 63 letters, digits, "_" or "-", got ${JSON.stringify(value.slice(0, 40))}`,
        { expected: 'word', rule: 'codeForm', ...shown(value) },
      );
    }
    if (RESERVED.has(value))
      return report(ctx, 'invalid_value', `"${value}" is reserved and cannot be a code`, {
        expected: 'word',
        rule: 'reservedCode',
        value,
      });
    return value;
  }),
  { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_-]{0,63}$' },
);

const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * Display names by language code (`zh`, `en`, `zh-Hant`). Keys must be language codes: any
 * other key is an error, `__proto__` above all (zod's records skip it silently, so the key
 * would vanish while the model kept the hash of a document without it).
 */
export const label = hint(
  z.unknown().transform((value, ctx): Record<string, string> => {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return report(
        ctx,
        'invalid_type',
        `a label is an object of names by language code, got ${describeType(value)}`,
        {
          expected: 'object',
        },
      );
    const out: Record<string, string> = {};
    for (const key of Object.keys(value)) {
      const name = (value as Record<string, unknown>)[key];
      if (!LANGUAGE_CODE.test(key))
        return report(
          ctx,
          'invalid_value',
          `a label is keyed by language codes such as "zh" or "en", got ${JSON.stringify(key.slice(0, 20))}`,
          {
            expected: 'word',
          },
        );
      if (typeof name !== 'string' || name.length > 500)
        return report(ctx, 'invalid_type', `a label's name is a string of at most 500 characters`, {
          expected: 'text',
          max: 500,
        });
      out[key] = name;
    }
    return out;
  }),
  {
    type: 'object',
    propertyNames: { pattern: LANGUAGE_CODE.source },
    additionalProperties: { type: 'string', maxLength: 500 },
  },
);
export const points = integer(0, 1000, 'points (a whole number)');
export const rounding = strictObject(
  { mode: oneOf(ROUNDING_MODES, 'the rounding mode'), step: decimal('positive') },
  'a rounding',
);
export const depreciation = {
  life: integer(1, 1000, 'a life in whole years'),
  residual: decimal('unit'),
};
export const comparison = oneOf(['>=', '>', '<=', '<'], 'the comparison');

export const bins = {
  bins: list(
    strictObject({ when: comparison, value: decimal('any'), points }, 'a bin'),
    100,
    'the bins',
  ),
  otherwise: points,
};

export const levels = {
  levels: list(
    strictObject({ code, label: label.optional(), points }, 'a level'),
    100,
    'the levels',
  ),
};

export const labelled = strictObject({ code, label: label.optional() }, 'a coded entry');
