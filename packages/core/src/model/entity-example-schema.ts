import * as z from 'zod';
import { integer } from '../schema/fields.js';

/**
 * What a worked example of the model document adds for entities and townships (docs/model.md
 * §8–9): its subject (`entity`, or `township` with its `villages` counted by rating) and the
 * figures it must give.
 */

export const entityExampleShape = {
  entity: z.unknown().optional(),
  township: z.unknown().optional(),
  villages: z.record(z.string().max(64), integer(0, 10_000, 'a number of villages')).optional(),
};

const ratio = z.string().max(40);

export const entityExpectShape = {
  creditEntity: z.boolean().optional(),
  creditOnly: z.string().optional(),
  guaranteed: z.string().optional(),
  limitBoundBy: z.string().optional(),
  rating: z.string().nullable().optional(),
  gatesFailed: z.array(z.string()).max(100).optional(),
  shares: z.record(z.string().max(64), ratio).optional(),
  npl: ratio.optional(),
  nplIncrement: ratio.optional(),
  performing: ratio.optional(),
};

/** An example holds exactly one subject: a household, an entity or a township. */
export function oneSubject(
  example: { household?: unknown; entity?: unknown; township?: unknown; villages?: unknown },
  ctx: z.RefinementCtx,
): void {
  const subjects = (['household', 'entity', 'township'] as const).filter(
    (key) => example[key] !== undefined,
  );
  if (subjects.length !== 1)
    ctx.addIssue({
      code: 'custom',
      path: subjects.length === 0 ? ['household'] : [subjects[1] as string],
      message:
        subjects.length === 0
          ? 'required: the subject of the example (household, entity or township)'
          : `an example holds one subject, not ${subjects.join(' and ')}`,
      params: { code: subjects.length === 0 ? 'required' : 'invalid_value' },
    });
  if (example.villages !== undefined && example.township === undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['villages'],
      message: 'villages by rating belong to a township example',
      params: { code: 'invalid_value' },
    });
}
