import * as z from 'zod';
import { Dec } from '../money/decimal.js';
import { ROUNDING_MODES } from '../money/rounding.js';
import { BOUNDS } from '../schema/bounds.js';
import { describeType } from '../schema/decimal-text.js';
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

/** A model decimal: a string with up to 6 fractional digits. */
export function decimal(range: Range) {
  const schema = z.unknown().transform((value, ctx): string => {
    if (value === undefined)
      return report(ctx, 'required', 'required: a decimal written as a string, such as "0.95"');
    if (typeof value !== 'string') {
      return report(
        ctx,
        'invalid_type',
        `model decimals are written as strings (e.g. "0.95"), got ${describeType(value)}`,
      );
    }
    if (!MODEL_DECIMAL.test(value)) {
      return report(
        ctx,
        'invalid_decimal',
        `not a decimal with at most 6 decimal places: ${JSON.stringify(value.slice(0, 40))}`,
      );
    }
    const d = new Dec(value);
    if (d.abs().gt(MODEL_DECIMAL_BOUND))
      return report(ctx, 'too_big', `at most ${BOUNDS.modelDecimal} in absolute value`, {
        expected: 'decimal',
        max: BOUNDS.modelDecimal,
      });
    if (range !== 'any' && d.isNegative())
      return report(ctx, 'too_small', `must not be negative, got ${value}`);
    if (range === 'positive' && d.isZero())
      return report(ctx, 'too_small', `must be greater than 0, got ${value}`);
    if (range === 'unit' && d.gt(1))
      return report(ctx, 'too_big', `must be between 0 and 1, got ${value}`);
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
      return report(ctx, 'invalid_type', `expected a code (a string), got ${describeType(value)}`);
    if (!/^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(value)) {
      return report(
        ctx,
        'invalid_value',
        `a code is a letter followed by up to 63 letters, digits, "_" or "-", got ${JSON.stringify(value.slice(0, 40))}`,
      );
    }
    if (RESERVED.has(value))
      return report(ctx, 'invalid_value', `"${value}" is reserved and cannot be a code`);
    return value;
  }),
  { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_-]{0,63}$' },
);

export const label = z.record(z.string().max(200), z.string().max(500));
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
