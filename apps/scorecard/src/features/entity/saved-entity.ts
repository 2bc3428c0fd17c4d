/**
 * The entity form as kept across reloads (see lib/persist): the text of every field, the flags,
 * the evaluation year and whether it was chosen. Read back defensively: anything not of the
 * expected shape is dropped (the form starts blank).
 */
import { type EntityForm, emptyEntityForm } from './entity-form';
import type { EntityState } from './entity-state';

/** The key the entity form is kept under. */
export const ENTITY_KEY = 'entity';

const VERSION = 1;

/** The form as saved: plain JSON data. */
export function toSavedEntity(state: EntityState): unknown {
  return {
    v: VERSION,
    form: state.form,
    evalYear: state.evalYear,
    evalYearChosen: state.evalYearChosen,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The form saved before, when it has the expected shape. */
export function fromSavedEntity(
  value: unknown,
): { form: EntityForm; evalYear: string; evalYearChosen: boolean } | undefined {
  if (!isObject(value) || value.v !== VERSION || !isObject(value.form)) return undefined;
  if (typeof value.evalYear !== 'string') return undefined;
  const f = value.form;
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
  return {
    form: f.meta === undefined ? form : { ...form, meta: f.meta },
    evalYear: value.evalYear,
    evalYearChosen: value.evalYearChosen === true,
  };
}
