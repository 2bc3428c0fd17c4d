import * as z from 'zod';
import { Dec } from '../money/decimal.js';
import { ROUNDING_MODES } from '../money/rounding.js';
import { BOUNDS } from '../schema/bounds.js';
import { describeType, jsonTypeOf, shownValue } from '../schema/decimal-text.js';
import { integer, list, oneOf, report, strictObject } from '../schema/fields.js';
import { hint } from '../schema/json-hints.js';
import type { WithUndefined } from '../schema/with-undefined.js';
import type { Gate, ModelDocument } from './document.js';
import { VILLAGE_ITEM_IDS } from './village-items.js';

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
function decimal(range: Range) {
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
const code = hint(
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
const label = hint(
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
const points = integer(0, 1000, 'points (a whole number)');
const rounding = strictObject(
  { mode: oneOf(ROUNDING_MODES, 'the rounding mode'), step: decimal('positive') },
  'a rounding',
);
const depreciation = { life: integer(1, 1000, 'a life in whole years'), residual: decimal('unit') };
const comparison = oneOf(['>=', '>', '<=', '<'], 'the comparison');

const bins = {
  bins: list(
    strictObject({ when: comparison, value: decimal('any'), points }, 'a bin'),
    100,
    'the bins',
  ),
  otherwise: points,
};

const levels = {
  levels: list(
    strictObject({ code, label: label.optional(), points }, 'a level'),
    100,
    'the levels',
  ),
};

const labelled = strictObject({ code, label: label.optional() }, 'a coded entry');

/** A gate: a comparison on a measured item, or a list of words for the party organisation. */
const gate = strictObject(
  {
    item: oneOf(VILLAGE_ITEM_IDS, 'the gate item'),
    when: oneOf(['>=', '>', '<=', '<', 'in'], 'the gate comparison'),
    value: decimal('any').optional(),
    values: list(code, 100, 'the gate values').optional(),
  },
  'a gate',
)
  .superRefine((g, ctx) => {
    const categorical = g.item === 'partyOrganisation';
    if (categorical && g.when !== 'in')
      ctx.addIssue({
        code: 'custom',
        path: ['when'],
        message: 'a gate on partyOrganisation uses "in" with a list of values',
        params: { code: 'invalid_value' },
      });
    if (!categorical && g.when === 'in')
      ctx.addIssue({
        code: 'custom',
        path: ['when'],
        message: `a gate on ${g.item} compares with ">=", ">", "<=" or "<"`,
        params: { code: 'invalid_value' },
      });
    if (g.when === 'in' && g.values === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['values'],
        message: 'required: the list of values that fail the gate',
        params: { code: 'required' },
      });
    if (g.when !== 'in' && g.value === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'required: the threshold of the gate',
        params: { code: 'required' },
      });
  })
  .transform((g) => g as Gate);

// Democratic review and objections (docs/model.md §13–14), since version 2. -----------------

const fraction = strictObject(
  {
    numerator: integer(0, 1000, 'a whole number'),
    denominator: integer(1, 1000, 'a whole number'),
  },
  'a fraction ({ "numerator": …, "denominator": … })',
);

const reviewParameters = strictObject(
  {
    quorum: fraction,
    vetoMajority: fraction,
    aggregation: strictObject(
      {
        method: oneOf(['median'], 'the aggregation'),
        evenCount: oneOf(['lower', 'upper'], 'the middle mark taken for an even count'),
        scale: list(code, 100, 'the civility levels, lowest first'),
      },
      'the aggregation',
    ),
  },
  'the review parameters',
);

const objectionParameters = strictObject(
  {
    noticeDays: integer(1, BOUNDS.noticeDays, 'a number of days'),
    reReviewWorkingDays: integer(1, 366, 'a number of working days'),
    workingWeekdays: list(
      integer(1, 7, 'a day of the week (1 Monday … 7 Sunday)'),
      7,
      'the working weekdays',
    ),
  },
  'the objection parameters',
);

const issuePath = z.array(z.union([z.string(), z.number().int().min(0)])).max(20);

// ---------------------------------------------------------------------------------------------

const example = strictObject(
  {
    name: z.string().min(1).max(200),
    evalYear: integer(1900, 2100, 'a year'),
    household: z.unknown(),
    expect: strictObject(
      {
        score: integer(0, 100000).optional(),
        grade: z.string().optional(),
        creditHousehold: z.boolean().optional(),
        gross: z.string().optional(),
        net: z.string().optional(),
        limit: z.string().optional(),
        vetoes: z.array(z.string()).optional(),
        civility: z.record(z.string(), z.string()).optional(),
        invalidAt: z.array(issuePath).min(1).optional(),
      },
      'the expected result',
    ),
  },
  'a worked example',
);

/** The structural schema of a model document. Cross-references are checked in `checkModel`. */
export const modelDocumentSchema = strictObject(
  {
    id: z.string().min(1).max(200),
    version: integer(0, Number.MAX_SAFE_INTEGER, 'a version number'),
    name: label.optional(),
    description: z.string().max(10_000).optional(),
    assets: strictObject(
      {
        rounding,
        houses: strictObject(
          {
            structures: list(
              strictObject(
                {
                  code,
                  label: label.optional(),
                  unitCost: decimal('nonNegative'),
                  ...depreciation,
                },
                'a house structure',
              ),
              100,
              'the house structures',
            ),
          },
          'the house parameters',
        ),
        land: strictObject(
          {
            rentPerMu: decimal('nonNegative'),
            contractYears: decimal('nonNegative'),
            transferYears: decimal('nonNegative'),
            forestValuePerMu: decimal('nonNegative'),
            haircut: decimal('unit'),
          },
          'the land parameters',
        ),
        livestock: strictObject(
          {
            haircut: decimal('unit'),
            species: list(
              strictObject(
                { code, label: label.optional(), price: decimal('nonNegative') },
                'a species',
              ),
              100,
              'the species',
            ),
          },
          'the livestock parameters',
        ),
        equipment: strictObject(
          {
            machine: strictObject(depreciation, 'a depreciation'),
            vehicle: strictObject(depreciation, 'a depreciation'),
            facility: strictObject(depreciation, 'a depreciation'),
          },
          'the equipment parameters',
        ),
        financial: strictObject(
          { depositsRate: decimal('nonNegative'), collectiveSharesRate: decimal('nonNegative') },
          'the financial parameters',
        ),
      },
      'the asset parameters',
    ),
    score: strictObject(
      {
        civility: strictObject(
          { dimensions: list(labelled, 100, 'the dimensions'), ...levels },
          'the civility parameters',
        ),
        netAssets: strictObject(bins, 'bins'),
        netIncome: strictObject(bins, 'bins'),
        debtRatio: strictObject({ noDebt: points, noAssets: points, ...bins }, 'bins'),
        creditRecord: strictObject(levels, 'levels'),
      },
      'the score parameters',
    ),
    vetoes: strictObject(
      { grade: code, label: label.optional(), codes: list(labelled, 100, 'the veto codes') },
      'the veto parameters',
    ),
    review: reviewParameters.optional(),
    objections: objectionParameters.optional(),
    grades: list(
      strictObject(
        {
          code,
          label: label.optional(),
          minScore: integer(0, 100000, 'a score'),
          creditHousehold: z.boolean(),
        },
        'a grade band',
      ),
      100,
      'the grade bands',
    ),
    limit: strictObject(
      {
        coefficients: strictObject(
          { grossAssets: decimal('nonNegative'), operatingIncome: decimal('nonNegative') },
          'the limit coefficients',
        ),
        rounding,
        byGrade: list(
          strictObject(
            { grade: code, base: decimal('nonNegative'), cap: decimal('nonNegative') },
            'a limit row',
          ),
          100,
          'the limit rows',
        ),
      },
      'the limit parameters',
    ),
    village: strictObject(
      {
        items: strictObject(
          {
            coverage: strictObject(bins, 'bins'),
            creditShare: strictObject(bins, 'bins'),
            npl: strictObject(bins, 'bins'),
            vetoShare: strictObject(bins, 'bins'),
            partyOrganisation: strictObject(levels, 'levels'),
            collectiveIncome: strictObject(bins, 'bins'),
          },
          'the village items',
        ),
        gates: list(gate, 100, 'the gates'),
        ratings: list(
          strictObject(
            { code, label: label.optional(), minScore: integer(0, 100000, 'a score') },
            'a rating band',
          ),
          100,
          'the rating bands',
        ),
      },
      'the village parameters',
    ),
    display: strictObject(
      {
        ratioDecimals: integer(0, 12, 'a number of decimals'),
        ratioRounding: oneOf(ROUNDING_MODES, 'the rounding mode'),
      },
      'the display parameters',
    ),
    examples: list(example, 1000, 'the examples').optional(),
  },
  'a model document',
);

// The schema's output must fit the public document type (zod marks optional fields `| undefined`).
export type SchemaMatchesDocument =
  z.output<typeof modelDocumentSchema> extends WithUndefined<ModelDocument> ? true : never;
const schemaMatchesDocument: SchemaMatchesDocument = true;
void schemaMatchesDocument;
