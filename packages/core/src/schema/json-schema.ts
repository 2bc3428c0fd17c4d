import * as z from 'zod';
import { defaultModel } from '../model/default.js';
import type { Model } from '../model/model.js';
import { resolveModel } from '../model/resolve.js';
import { modelDocumentSchema } from '../model/schema.js';
import { BOUNDS } from './bounds.js';
import { integer, jsonObject, strictObject } from './fields.js';
import { buildHouseholdSchema } from './household.js';
import { toJsonSchema } from './json-hints.js';
import { objectionsDocumentSchema } from './objections.js';
import { batchResultSchema } from './result.js';
import { buildVillageSchema } from './village.js';

/** The documents {@link jsonSchema} describes. */
export type SchemaKind = 'batch' | 'household' | 'village' | 'model' | 'result' | 'objections';

/**
 * A JSON Schema (draft 2020-12) generated from the library's zod schemas, for integrators.
 * Input schemas follow the model (its structures, species, dimensions and codes); years are
 * bounded by 2100 here, while the evaluation also rejects any year after `evalYear`.
 */
export function jsonSchema(
  kind: SchemaKind,
  options: { readonly model?: Model } = {},
): Record<string, unknown> {
  const model = resolveModel(options.model ?? defaultModel());
  const household = buildHouseholdSchema(model, BOUNDS.maxYear);
  const village = buildVillageSchema(model, household);
  const stamp = `${model.model.id}@${model.model.version}`;
  switch (kind) {
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
  }
}
