/**
 * The entity form as kept across reloads (see lib/persist): the text of every field, the flags,
 * the evaluation year and whether it was chosen. Read back defensively: anything not of the
 * expected shape is dropped (the form starts blank).
 */
import { isObject } from '../../lib/is-object';
import { fromSavedScorecard, toSavedScorecard } from '../../lib/saved-scorecard';
import type { SavedScorecard } from '../../lib/scorecard-state';
import { type EntityForm, emptyEntityForm } from './entity-form';
import type { EntityState } from './entity-state';

/** The key the entity form is kept under. */
export const ENTITY_KEY = 'entity';

/** The form as saved: plain JSON data. */
export function toSavedEntity(state: EntityState): unknown {
  return toSavedScorecard(state);
}

/** The form saved before, when it has the expected shape. */
export function fromSavedEntity(value: unknown): SavedScorecard<EntityForm> | undefined {
  return fromSavedScorecard(value, entityFormFromSaved);
}

/** An entity form kept as plain JSON data, when it has the expected shape. */
function entityFormFromSaved(f: unknown): EntityForm | undefined {
  if (!isObject(f)) return undefined;
  const blank = emptyEntityForm();
  const principal = isObject(f.principal) ? f.principal : undefined;
  if (principal === undefined) return undefined;
  const texts: Record<string, string> = {};
  for (const key of Object.keys(blank) as (keyof EntityForm)[]) {
    const kept = f[key];
    if (typeof blank[key] !== 'string') continue;
    if (typeof kept !== 'string') return undefined;
    texts[key] = kept;
  }
  if (
    typeof f.insured !== 'boolean' ||
    typeof f.salesContracts !== 'boolean' ||
    typeof principal.name !== 'string' ||
    typeof principal.idNumber !== 'string' ||
    !Array.isArray(f.vetoes) ||
    !f.vetoes.every((v) => typeof v === 'string')
  )
    return undefined;
  const form: EntityForm = {
    ...blank,
    ...texts,
    principal: { name: principal.name, idNumber: principal.idNumber },
    insured: f.insured,
    salesContracts: f.salesContracts,
    vetoes: f.vetoes,
  };
  return f.meta === undefined ? form : { ...form, meta: f.meta };
}
