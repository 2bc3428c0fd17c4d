import type { Result } from '../../issues.js';
import { noEntitySection } from '../../model/missing-section.js';
import type { ResolvedModel } from '../../model/resolve.js';
import { parseEntityReference } from '../../schema/entity.js';
import type { EntityResult } from '../../types/entity-result.js';
import { evaluateEntityRecord } from './evaluate-entity.js';

/** Validates and evaluates one entity record: the reference or the compiled path. */
export type EntityEvaluator = (record: unknown, evalYear: number) => Result<EntityResult>;

/**
 * The reference entity path: validate with the zod schema, then evaluate with decimal.js. The
 * compiled path falls back to it. Under a model without an entity scorecard every record is
 * refused with `unsupported_by_model`.
 */
export function referenceEntity(model: ResolvedModel, includePersonal: boolean): EntityEvaluator {
  const entity = model.entity;
  if (entity === undefined) return () => ({ ok: false, issues: [noEntitySection(model)] });
  return (record, evalYear) => {
    const parsed = parseEntityReference(record, model, evalYear);
    return parsed.ok
      ? {
          ok: true,
          value: evaluateEntityRecord(parsed.value, model, entity, evalYear, { includePersonal }),
        }
      : parsed;
  };
}
