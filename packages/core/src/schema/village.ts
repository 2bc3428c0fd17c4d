import * as z from 'zod';
import type { Issue } from '../issues.js';
import { makeIssue } from '../issues.js';
import type { ResolvedModel } from '../model/resolve.js';
import { Dec } from '../money/decimal.js';
import type { VillageFields } from '../types/input.js';
import { BOUNDS } from './bounds.js';
import { dec2, id, integer, jsonObject, list, oneOf, strictObject } from './fields.js';
import { translateIssues } from './translate.js';

/** The zod schema of a village's own fields (households are only checked to be an array). */
const loansSchema = strictObject(
  {
    balance: dec2('money', 'nonNegative').optional(),
    nonPerforming: dec2('money', 'nonNegative').optional(),
  },
  'the loans',
);

export function buildVillageSchema(model: ResolvedModel, household: z.ZodType = z.unknown()) {
  return strictObject(
    {
      id: id('the village id'),
      name: z.string().max(BOUNDS.stringLength).optional(),
      // The township it belongs to (docs/model.md §9): checked against the batch's townships.
      township: id('the township id').optional(),
      householdsTotal: integer(1, BOUNDS.householdsTotal, 'the number of registered households'),
      partyOrganisation: oneOf(model.village.partyOrganisation.codes, 'the party organisation'),
      loans: loansSchema.optional(),
      collectiveOperatingIncome: dec2('money', 'any').optional(),
      households: list(household, BOUNDS.householdsPerVillage, 'the household records'),
      meta: jsonObject.optional(),
    },
    'a village (a JSON object)',
  );
}

const schemas = new WeakMap<ResolvedModel, ReturnType<typeof buildVillageSchema>>();

/**
 * Validates a village's own fields and their consistency (`nonPerforming ≤ balance`, no more
 * household records than `householdsTotal`). Returns the fields when valid, and every issue.
 */
export function parseVillageFields(
  input: unknown,
  model: ResolvedModel,
): { fields: VillageFields | undefined; issues: Issue[] } {
  let schema = schemas.get(model);
  if (schema === undefined) {
    schema = buildVillageSchema(model);
    schemas.set(model, schema);
  }
  const parsed = schema.safeParse(input, { reportInput: true });
  const issues = parsed.success ? [] : translateIssues(parsed.error.issues);
  // Consistency checks run on whatever parts are valid, so every problem is listed at once.
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const loansParsed =
    raw.loans === undefined ? undefined : loansSchema.safeParse(raw.loans, { reportInput: true });
  const loans = loansParsed?.success ? loansParsed.data : undefined;
  if (loans?.nonPerforming !== undefined && new Dec(loans.nonPerforming).gt(loans.balance ?? 0)) {
    issues.push(
      makeIssue(
        ['loans', 'nonPerforming'],
        'nonperforming_exceeds_balance',
        `non-performing loans ${loans.nonPerforming} exceed the loan balance ${loans.balance ?? '0'}`,
        { expected: 'money', value: loans.nonPerforming, max: loans.balance ?? '0' },
      ),
    );
  }
  const total = raw.householdsTotal;
  const households = raw.households;
  if (
    Array.isArray(households) &&
    typeof total === 'number' &&
    Number.isInteger(total) &&
    total >= 1 &&
    households.length > total
  ) {
    issues.push(
      makeIssue(
        ['householdsTotal'],
        'too_many_households',
        `${households.length} household records were sent but householdsTotal is ${total}; the total must count every registered household`,
        { expected: 'count', count: households.length, max: total },
      ),
    );
  }
  return {
    fields: parsed.success && issues.length === 0 ? (parsed.data as VillageFields) : undefined,
    issues,
  };
}
