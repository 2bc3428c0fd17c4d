import * as z from 'zod';
import { VILLAGE_ITEM_IDS } from '../model/village-items.js';
import type { BatchResult } from '../types/result.js';
import {
  countyResultSchema,
  entityResultSchema,
  entitySummarySchema,
  townshipResultSchema,
} from './entity-result.js';
import { json, money, ratio, recordErrorSchema } from './result-parts.js';
import type { WithUndefined } from './with-undefined.js';

/**
 * zod schemas of the result documents (docs/formats.md): the source of the result's JSON Schema for
 * integrators, and what the tests check every output against.
 */

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
  review: z
    .strictObject({
      panelSize: z.number().int().min(1),
      present: z.number().int().min(1),
      civility: z.record(z.string(), z.string()),
      vetoes: z.array(z.string()),
      marks: z
        .array(
          z.strictObject({
            reviewer: z.string(),
            civility: z.record(z.string(), z.string()),
            vetoes: z.array(z.string()).optional(),
          }),
        )
        .optional(),
    })
    .optional(),
  meta: json.optional(),
});

export const villageResultSchema = z.strictObject({
  id: z.string().nullable(),
  name: z.string().optional(),
  township: z.string().optional(),
  rating: z.string().nullable(),
  score: z.number().int().nullable(),
  items: z
    .array(
      z.strictObject({
        id: z.enum(VILLAGE_ITEM_IDS),
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
  errors: z.array(recordErrorSchema),
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
  entities: entitySummarySchema.optional(),
  byTownshipRating: z.record(z.string(), z.number().int().min(0)).optional(),
});

export const batchResultSchema = z.strictObject({
  model: z.strictObject({
    id: z.string(),
    version: z.number().int(),
    hash: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  }),
  evalYear: z.number().int(),
  villages: z.array(villageResultSchema),
  entities: z.array(entityResultSchema).optional(),
  entityErrors: z.array(recordErrorSchema).optional(),
  townships: z.array(townshipResultSchema).optional(),
  county: countyResultSchema.optional(),
  summary: batchSummarySchema,
});

// One shape, declared twice (types for callers, zod for checking documents): the compiler
// holds them together in both directions.
type SchemaOutput = z.output<typeof batchResultSchema>;
type TypesFitSchema = [BatchResult] extends [WithUndefined<SchemaOutput>] ? true : false;
type SchemaFitsTypes = [SchemaOutput] extends [WithUndefined<BatchResult>] ? true : false;
export type ResultSchemaMatchesTypes = TypesFitSchema extends true
  ? SchemaFitsTypes extends true
    ? true
    : 'the result schema gives what the result types do not allow'
  : 'the result types allow what the result schema does not';
const resultSchemaMatchesTypes: ResultSchemaMatchesTypes = true;
void resultSchemaMatchesTypes;
