import * as z from 'zod';
import { makeIssue, type Result } from '../issues.js';
import type { ResolvedEntity } from '../model/entity-resolve.js';
import type { ResolvedModel } from '../model/resolve.js';
import { pairMemo } from '../pair-memo.js';
import type { EntityRecord } from '../types/entity-input.js';
import { BOUNDS } from './bounds.js';
import {
  dec2,
  flag,
  id,
  integer,
  jsonObject,
  list,
  oneOf,
  privateText,
  strictObject,
  year,
} from './fields.js';
import { parseWith } from './translate.js';
import type { WithUndefined } from './with-undefined.js';

/** Bounds of the entity record's counts (docs/formats.md). */
export const ENTITY_BOUNDS = { leaseYears: 100, householdsDriven: 100_000 } as const;

/** The zod schema of an entity record under a model's entity scorecard and an evaluation year. */
export function buildEntitySchema(model: ResolvedModel, entity: ResolvedEntity, evalYear: number) {
  return strictObject(
    {
      id: id('the entity id'),
      name: z.string().max(BOUNDS.stringLength).optional(),
      type: oneOf(entity.types, 'the entity type'),
      township: id('the township id').optional(),
      village: id('the village id').optional(),
      principal: strictObject(
        {
          name: privateText('the name').optional(),
          idNumber: privateText('the id number').optional(),
        },
        'the principal',
      ).optional(),
      registeredYear: year(evalYear),
      demonstration: oneOf(entity.demonstration.codes, 'the demonstration level'),
      mainLine: oneOf(entity.lines, 'the main line'),
      scale: dec2('area', 'positive'),
      assets: dec2('money', 'nonNegative'),
      liabilities: dec2('money', 'nonNegative'),
      surplus: dec2('money', 'any'),
      creditRecord: oneOf(entity.creditRecord.codes, 'the credit record'),
      leaseYearsLeft: integer(0, ENTITY_BOUNDS.leaseYears, 'a number of years').optional(),
      insured: flag('insured').optional(),
      salesContracts: flag('salesContracts').optional(),
      householdsDriven: integer(
        0,
        ENTITY_BOUNDS.householdsDriven,
        'a number of households',
      ).optional(),
      principalHouseholdGrade: oneOf(model.gradeCodes, 'the household grade').optional(),
      vetoes: list(
        oneOf(entity.vetoCodes, 'an entity veto code'),
        BOUNDS.vetoes,
        'the veto codes',
      ).optional(),
      meta: jsonObject.optional(),
    },
    'an entity record (a JSON object)',
  );
}

// The schema's output must be assignable to the public record type.
type Output = z.output<ReturnType<typeof buildEntitySchema>>;
export type SchemaMatchesEntity = Output extends WithUndefined<EntityRecord> ? true : never;
const schemaMatchesEntity: SchemaMatchesEntity = true;
void schemaMatchesEntity;

// The reference validator is only called under a model with an entity scorecard.
const schemaFor = pairMemo((model: ResolvedModel, evalYear: number) =>
  buildEntitySchema(model, model.entity as ResolvedEntity, evalYear),
);

/**
 * Validates one entity record (the reference validator, source of every error message): the
 * record, or every problem with its path. The model must have an entity scorecard.
 */
export function parseEntityReference(
  input: unknown,
  model: ResolvedModel,
  evalYear: number,
): Result<EntityRecord> {
  return parseWith<EntityRecord>(schemaFor(model, evalYear), input, () =>
    makeIssue([], 'invalid_type', 'not a valid entity record', { expected: 'object' }),
  );
}
