import * as z from 'zod';
import { InputError } from '../issues.js';
import { defaultModel } from '../model/default.js';
import { noEntitySection, noTownshipSection } from '../model/missing-section.js';
import type { Model } from '../model/model.js';
import { resolveModel } from '../model/resolve.js';
import { modelDocumentSchema } from '../model/schema.js';
import { BOUNDS } from './bounds.js';
import { buildEntitySchema } from './entity.js';
import { integer, jsonObject, strictObject } from './fields.js';
import { buildHouseholdSchema } from './household.js';
import { toJsonSchema } from './json-hints.js';
import { ledgerDocumentSchema } from './ledger.js';
import { objectionsDocumentSchema } from './objections.js';
import { batchResultSchema } from './result.js';
import { townshipSchema } from './township.js';
import { buildVillageSchema } from './village.js';

/** The documents {@link jsonSchema} describes. */
export type SchemaKind =
  | 'batch'
  | 'household'
  | 'village'
  | 'entity'
  | 'township'
  | 'model'
  | 'result'
  | 'objections'
  | 'ledger';

/**
 * A JSON Schema (draft 2020-12) generated from the library's zod schemas, for integrators.
 * Input schemas follow the model (its structures, species, dimensions and codes); years are
 * bounded by 2100 here, while the evaluation also rejects any year after `evalYear`. The entity
 * schema (and the batch's `entities`) needs a model with an entity scorecard, as the township
 * schema needs township rules (model version 2).
 *
 * @throws {InputError} for `entity` or `township` under a model without those sections.
 */
export function jsonSchema(
  kind: SchemaKind,
  options: { readonly model?: Model } = {},
): Record<string, unknown> {
  const model = resolveModel(options.model ?? defaultModel());
  const household = buildHouseholdSchema(model, BOUNDS.maxYear);
  const village = buildVillageSchema(model, household);
  const stamp = `${model.model.id}@${model.model.version}`;
  // Entities and townships (docs/model.md §8–9), when the model has their sections.
  const entity =
    model.entity === undefined ? undefined : buildEntitySchema(model, model.entity, BOUNDS.maxYear);
  const township = model.township === undefined ? undefined : townshipSchema;
  switch (kind) {
    case 'entity':
      if (entity === undefined) throw new InputError([noEntitySection(model)], 'no entity schema');
      return toJsonSchema(entity, `Entity record (${stamp})`);
    case 'township':
      if (township === undefined)
        throw new InputError([noTownshipSection(model)], 'no township schema');
      return toJsonSchema(township, `Township record (${stamp})`);
    case 'household':
      return toJsonSchema(household, `Household record (${stamp})`);
    case 'village':
      return toJsonSchema(village, `Village (${stamp})`);
    case 'batch':
      return toJsonSchema(
        strictObject(
          {
            evalYear: integer(BOUNDS.minYear, BOUNDS.maxYear, 'the evaluation year'),
            villages: z.array(village),
            ...(entity === undefined ? {} : { entities: z.array(entity).optional() }),
            ...(township === undefined ? {} : { townships: z.array(township).optional() }),
            meta: jsonObject.optional(),
          },
          'a batch document',
        ),
        `Batch document (${stamp})`,
      );
    case 'model':
      return toJsonSchema(modelDocumentSchema, 'Model document');
    case 'result':
      return toJsonSchema(batchResultSchema as z.ZodType, 'Result document');
    case 'objections':
      return toJsonSchema(objectionsDocumentSchema, 'Objections document');
    case 'ledger':
      return toJsonSchema(ledgerDocumentSchema, 'Credit ledger');
  }
}
