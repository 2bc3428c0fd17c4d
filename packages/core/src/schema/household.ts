import type * as z from 'zod';
import { type Issue, makeIssue, nonEmpty, type Result } from '../issues.js';
import type { ResolvedModel } from '../model/resolve.js';
import { pairMemo } from '../pair-memo.js';
import type { HouseholdRecord } from '../types/input.js';
import { BOUNDS } from './bounds.js';
import {
  dec2,
  id,
  integer,
  jsonObject,
  list,
  oneOf,
  privateText,
  strictObject,
  year,
} from './fields.js';
import { buildReviewSchema, reviewIssues } from './review.js';
import { parseWith } from './translate.js';
import type { WithUndefined } from './with-undefined.js';

/** The zod schema of a household record under a model and an evaluation year (docs/formats.md). */
export function buildHouseholdSchema(model: ResolvedModel, evalYear: number) {
  const equipment = (what: string) =>
    list(
      strictObject({ price: dec2('money', 'nonNegative'), year: year(evalYear) }, what),
      BOUNDS.assetItems,
      `the ${what}s`,
    ).optional();
  const species = Object.fromEntries(
    model.livestock.codes.map((code) => [
      code,
      integer(0, BOUNDS.livestockHeads, 'a number of head').optional(),
    ]),
  );
  const civility = Object.fromEntries(
    model.civility.dimensions.map((code) => [
      code,
      oneOf(model.civility.codes, 'the review result'),
    ]),
  );
  const civilityWhat = civilityDescription(model);
  const shape = {
    id: id('the household id'),
    head: strictObject(
      {
        name: privateText('the name').optional(),
        idNumber: privateText('the id number').optional(),
      },
      'the head of household',
    ).optional(),
    members: integer(0, BOUNDS.persons, 'a number of people').optional(),
    labourers: integer(0, BOUNDS.persons, 'a number of people').optional(),
    houses: list(
      strictObject(
        {
          structure: oneOf([...model.structures.keys()], 'the structure'),
          areaM2: dec2('area', 'positive'),
          yearBuilt: year(evalYear),
        },
        'a house',
      ),
      BOUNDS.assetItems,
      'the houses',
    ).optional(),
    land: strictObject(
      {
        contractedMu: dec2('area', 'nonNegative').optional(),
        transferredInMu: dec2('area', 'nonNegative').optional(),
        forestMu: dec2('area', 'nonNegative').optional(),
      },
      'the land',
    ).optional(),
    livestock: strictObject(species, 'the livestock').optional(),
    machines: equipment('machine'),
    vehicles: equipment('vehicle'),
    facilities: equipment('facility'),
    deposits: dec2('money', 'nonNegative').optional(),
    collectiveShares: dec2('money', 'nonNegative').optional(),
    debts: strictObject(
      {
        bankLoans: dec2('money', 'nonNegative').optional(),
        other: dec2('money', 'nonNegative').optional(),
      },
      'the debts',
    ).optional(),
    income: strictObject(
      { net: dec2('money', 'any'), operating: dec2('money', 'nonNegative') },
      'the income ({ "net": …, "operating": … })',
    ),
    civility: strictObject(civility, civilityWhat).optional(),
    review: buildReviewSchema(model, civility, civilityWhat).optional(),
    creditRecord: oneOf(model.creditRecord.codes, 'the credit record'),
    vetoes: list(oneOf(model.vetoCodes, 'a veto code'), BOUNDS.vetoes, 'the veto codes').optional(),
    meta: jsonObject.optional(),
  };
  // A model with democratic review accepts the panel's marks instead of the final ones (which
  // of the two a record gives is checked by `parseHouseholdReference`); under a model without
  // it, `review` is an unknown field.
  const { review: _review, ...withoutReview } = shape;
  return strictObject(
    model.review === undefined ? (withoutReview as typeof shape) : shape,
    'a household record (a JSON object)',
  );
}

// The schema's output must be assignable to the public record type.
type Output = z.output<ReturnType<typeof buildHouseholdSchema>>;
export type SchemaMatchesRecord = Output extends WithUndefined<HouseholdRecord> ? true : never;
const schemaMatchesRecord: SchemaMatchesRecord = true;
void schemaMatchesRecord;

// Built once per model and year: the year bounds the years a record may give.
const schemaFor = pairMemo(buildHouseholdSchema);

/**
 * Validates one household record (the reference validator, source of every error message).
 * Lists every problem of the record, each with its path: the fields' own (zod), then which of
 * `civility` and `review` it gives (exactly one) and the review's cross-field checks.
 */
export function parseHouseholdReference(
  input: unknown,
  model: ResolvedModel,
  evalYear: number,
): Result<HouseholdRecord> {
  const parsed = parseWith<HouseholdRecord>(schemaFor(model, evalYear), input, () =>
    makeIssue([], 'invalid_type', 'not a valid household record', { expected: 'object' }),
  );
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return parsed;
  const more = civilityIssues(input as Record<string, unknown>, model);
  if (!nonEmpty(more)) return parsed;
  return { ok: false, issues: parsed.ok ? more : [...parsed.issues, ...more] };
}

function civilityDescription(model: ResolvedModel): string {
  return `the civility review (${model.civility.dimensions.length} dimensions)`;
}

/** Exactly one of `civility` and `review` (when the model has review), and the review's own checks. */
function civilityIssues(record: Record<string, unknown>, model: ResolvedModel): Issue[] {
  const hasCivility = record.civility !== undefined;
  const hasReview = record.review !== undefined && model.review !== undefined;
  if (hasCivility && hasReview)
    return [
      makeIssue(
        ['review'],
        'invalid_value',
        "give either the final civility marks (civility) or the panel's marks (review), not both",
      ),
    ];
  if (!hasCivility && !hasReview)
    return [
      makeIssue(
        ['civility'],
        'required',
        `required: ${civilityDescription(model)}${model.review === undefined ? '' : ", or the panel's marks (review)"}`,
        { expected: 'object', got: 'nothing' },
      ),
    ];
  return hasReview && model.review !== undefined ? reviewIssues(record.review, model.review) : [];
}
