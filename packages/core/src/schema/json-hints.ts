import * as z from 'zod';

/**
 * JSON Schema fragments for fields whose zod schema is a transform (decimals, counts, years,
 * codes): zod cannot see through a transform, so each field says what it accepts.
 */
export const jsonHints = z.registry<{ json: Record<string, unknown> }>();

/** Attaches a JSON Schema fragment to a field schema and returns the schema. */
export function hint<T extends z.ZodType>(schema: T, json: Record<string, unknown>): T {
  jsonHints.add(schema, { json });
  return schema;
}

/** zod → JSON Schema (draft 2020-12) of what a schema accepts, with the hints applied. */
export function toJsonSchema(schema: z.ZodType, title: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const hinted = jsonHints.get(ctx.zodSchema as unknown as z.ZodType)?.json;
      if (hinted === undefined) return;
      for (const key of Object.keys(ctx.jsonSchema))
        delete (ctx.jsonSchema as Record<string, unknown>)[key];
      Object.assign(ctx.jsonSchema, hinted);
    },
  });
  return { ...json, title };
}
