import * as z from 'zod';
import { ENTITY_COMPONENT_IDS } from '../model/entity-document.js';
import { json, money, ratio, recordErrorSchema } from './result-parts.js';

/**
 * zod schemas of the entity, township and county results (docs/formats.md, "Entities, townships
 * and the county"): part of the result document's schema.
 */

const count = z.number().int().min(0);

export const entityResultSchema = z.strictObject({
  id: z.string(),
  name: z.string().optional(),
  type: z.string(),
  township: z.string().optional(),
  village: z.string().optional(),
  principal: z
    .strictObject({ name: z.string().optional(), idNumber: z.string().optional() })
    .optional(),
  score: count,
  components: z.array(
    z.strictObject({ id: z.enum(ENTITY_COMPONENT_IDS), points: count, max: count }),
  ),
  grade: z.string(),
  creditEntity: z.boolean(),
  vetoes: z.array(z.string()),
  limit: money,
  creditOnly: money,
  guaranteed: money,
  limitBoundBy: z.enum(['formula', 'cap', 'grade', 'veto']),
  meta: json.optional(),
});

/** A ratio that may be negative (the NPL increment). */
const signedRatio = z
  .string()
  .regex(/^-?[0-9]+(\.[0-9]+)?$/)
  .describe('A ratio rounded for display only; may be negative.');

export const townshipResultSchema = z.strictObject({
  id: z.string().nullable(),
  name: z.string().optional(),
  rating: z.string().nullable(),
  gatesFailed: z.array(z.string()).nullable(),
  villages: z.record(z.string(), count.nullable()),
  shares: z.record(z.string(), ratio).nullable(),
  npl: ratio.nullable(),
  nplIncrement: signedRatio.nullable(),
  performing: ratio.nullable(),
  errors: z.array(recordErrorSchema),
  meta: json.optional(),
});

export const countyResultSchema = z.strictObject({
  creditCounty: z.boolean().nullable(),
  villagesTotal: count,
  creditVillages: count,
  creditVillageShare: ratio.nullable(),
  townships: count,
  creditTownships: count,
  creditTownshipShare: ratio.nullable(),
  npl: ratio,
});

export const entitySummarySchema = z.strictObject({
  entities: count,
  invalid: count,
  byGrade: z.record(z.string(), count),
  totalLimit: money,
  totalGuaranteed: money,
});
