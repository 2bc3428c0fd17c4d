import * as z from 'zod';
import { ROUNDING_MODES } from '../money/rounding.js';
import { BOUNDS } from '../schema/bounds.js';
import { integer, list, oneOf, strictObject } from '../schema/fields.js';
import type { WithUndefined } from '../schema/with-undefined.js';
import type { Gate, ModelDocument } from './document.js';
import { entityExampleShape, entityExpectShape, oneSubject } from './entity-example-schema.js';
import {
  countySectionSchema,
  entitySectionSchema,
  townshipSectionSchema,
} from './entity-schema.js';
import {
  bins,
  code,
  decimal,
  depreciation,
  label,
  labelled,
  levels,
  points,
  rounding,
} from './schema-parts.js';
import { VILLAGE_ITEM_IDS } from './village-items.js';

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

const example = strictObject(
  {
    name: z.string().min(1).max(200),
    evalYear: integer(1900, 2100, 'a year'),
    household: z.unknown().optional(),
    ...entityExampleShape,
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
        ...entityExpectShape,
      },
      'the expected result',
    ),
  },
  'a worked example',
).superRefine(oneSubject);

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
    review: reviewParameters.optional(),
    objections: objectionParameters.optional(),
    // Entities, townships and the county (docs/model.md §8–9): version 2.
    entity: entitySectionSchema.optional(),
    township: townshipSectionSchema.optional(),
    county: countySectionSchema.optional(),
    examples: list(example, 1000, 'the examples').optional(),
  },
  'a model document',
);

// The schema's output must fit the public document type (zod marks optional fields `| undefined`).
export type SchemaMatchesDocument =
  z.output<typeof modelDocumentSchema> extends WithUndefined<ModelDocument> ? true : never;
const schemaMatchesDocument: SchemaMatchesDocument = true;
void schemaMatchesDocument;
