import * as z from 'zod';
import { ID_PROBLEM_CODES, ISSUE_CODES, ISSUE_RULES } from '../issues.js';

/** The pieces every result schema is made of (money, ratios, issues, error entries). */

export const money = z
  .string()
  .regex(/^-?(0|[1-9][0-9]*)\.[0-9]{2}$/)
  .describe('Money in yuan, exactly 2 decimals.');
export const ratio = z
  .string()
  .regex(/^[0-9]+(\.[0-9]+)?$/)
  .describe('A ratio rounded for display only.');
const path = z.array(z.union([z.string(), z.number().int()]));
const bound = z.union([z.number(), z.string()]);
const issueParams = z.strictObject({
  expected: z
    .enum([
      'money',
      'area',
      'decimal',
      'count',
      'year',
      'text',
      'word',
      'object',
      'array',
      'boolean',
      'date',
      'document',
    ])
    .optional(),
  got: z.enum(['string', 'number', 'boolean', 'array', 'object', 'null', 'nothing']).optional(),
  value: z.string().optional(),
  min: bound.optional(),
  max: bound.optional(),
  exclusive: z.boolean().optional(),
  decimals: z.number().int().optional(),
  allowed: z.array(z.string()).optional(),
  suggestion: z.string().optional(),
  reason: z
    .enum([
      'empty',
      'spaces',
      'exponent',
      'plusSign',
      'separators',
      'leadingZeros',
      'notFinite',
      'notANumber',
    ])
    .optional(),
  evalYear: z.number().int().optional(),
  firstIndex: z.number().int().optional(),
  count: z.number().int().optional(),
  line: z.number().int().optional(),
  date: z.string().optional(),
  column: z.number().int().optional(),
  rule: z.enum(ISSUE_RULES).optional(),
  idProblem: z.enum(ID_PROBLEM_CODES).optional(),
  previous: z.string().optional(),
  example: z.string().optional(),
  want: z.string().optional(),
  cause: z.enum(ISSUE_CODES).optional(),
});
export const issue = z.strictObject({
  path,
  code: z.enum(ISSUE_CODES),
  message: z.string(),
  params: issueParams.optional(),
});
export const json = z.record(z.string(), z.unknown());

/** An error entry of a record (household, entity, township). */
export const recordErrorSchema = z.strictObject({
  index: z.number().int().min(0).optional(),
  id: z.string().optional(),
  issues: z.array(issue).min(1),
});
