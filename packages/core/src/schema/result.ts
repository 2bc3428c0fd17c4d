import * as z from 'zod';

/**
 * zod schemas of the result documents (FORMATS.md): the source of the result's JSON Schema for
 * integrators, and what the tests check every output against.
 */

const money = z
  .string()
  .regex(/^-?(0|[1-9][0-9]*)\.[0-9]{2}$/)
  .describe('Money in yuan, exactly 2 decimals.');
const ratio = z
  .string()
  .regex(/^[0-9]+(\.[0-9]+)?$/)
  .describe('A ratio rounded for display only.');
const path = z.array(z.union([z.string(), z.number().int()]));
const issue = z.strictObject({ path, code: z.string(), message: z.string() });
const json = z.record(z.string(), z.unknown());

export const householdResultSchema = z.strictObject({
  id: z.string(),
  head: z.strictObject({ name: z.string().optional(), idNumber: z.string().optional() }).optional(),
  members: z.number().int().optional(),
  labourers: z.number().int().optional(),
  assets: z.strictObject({
    lines: z.array(
      z.strictObject({
        item: z.enum([
          'house',
          'contractedLand',
          'transferredLand',
          'forest',
          'livestock',
          'machine',
          'vehicle',
          'facility',
          'deposits',
          'collectiveShares',
        ]),
        index: z.number().int().min(0).optional(),
        value: money,
      }),
    ),
    gross: money,
    liabilities: money,
    net: money,
  }),
  score: z.number().int().min(0),
  components: z.array(
    z.strictObject({
      id: z.enum(['civility', 'netAssets', 'netIncome', 'debtRatio', 'creditRecord']),
      points: z.number().int().min(0),
      max: z.number().int().min(0),
    }),
  ),
  grade: z.string(),
  creditHousehold: z.boolean(),
  vetoes: z.array(z.string()),
  limit: money,
  limitBoundBy: z.enum(['formula', 'cap', 'grade', 'veto']),
  meta: json.optional(),
});

export const villageResultSchema = z.strictObject({
  id: z.string().nullable(),
  name: z.string().optional(),
  rating: z.string().nullable(),
  score: z.number().int().nullable(),
  items: z
    .array(
      z.strictObject({
        id: z.enum([
          'coverage',
          'creditShare',
          'npl',
          'vetoShare',
          'partyOrganisation',
          'collectiveIncome',
        ]),
        points: z.number().int().min(0),
        max: z.number().int().min(0),
        value: z.union([ratio, money, z.string()]).nullable(),
      }),
    )
    .nullable(),
  gatesFailed: z.array(z.string()).nullable(),
  counts: z.strictObject({
    householdsTotal: z.number().int().nullable(),
    collected: z.number().int().min(0),
    invalid: z.number().int().min(0),
    creditHouseholds: z.number().int().min(0),
    vetoed: z.number().int().min(0),
    byGrade: z.record(z.string(), z.number().int().min(0)),
  }),
  totalLimit: money,
  households: z.array(householdResultSchema),
  errors: z.array(
    z.strictObject({
      index: z.number().int().min(0).optional(),
      id: z.string().optional(),
      issues: z.array(issue).min(1),
    }),
  ),
  meta: json.optional(),
});

export const batchSummarySchema = z.strictObject({
  villages: z.number().int().min(0),
  households: z.number().int().min(0),
  invalidHouseholds: z.number().int().min(0),
  invalidVillages: z.number().int().min(0),
  byRating: z.record(z.string(), z.number().int().min(0)),
  byGrade: z.record(z.string(), z.number().int().min(0)),
  creditHouseholds: z.number().int().min(0),
  totalLimit: money,
});

export const batchResultSchema = z.strictObject({
  model: z.strictObject({
    id: z.string(),
    version: z.number().int(),
    hash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  }),
  evalYear: z.number().int(),
  villages: z.array(villageResultSchema),
  summary: batchSummarySchema,
});
