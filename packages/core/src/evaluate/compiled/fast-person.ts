import { isObject, tooLong } from './parse-fast.js';

/** A person block as the results carry it: a household's `head`, an entity's `principal`. */
export interface PersonCopy {
  name?: string;
  idNumber?: string;
}

/**
 * Whether a person block (`head` of a household, `principal` of an entity) is one the reference
 * schema accepts: an object of at most `name` and `idNumber`, each a string within the length
 * bound. One reader for both fast paths, since both blocks follow the one rule of the format.
 */
export function validPerson(value: unknown): boolean {
  if (!isObject(value)) return false;
  for (const key in value) {
    if (key !== 'name' && key !== 'idNumber') return false;
    const v = value[key];
    if (v !== undefined && (typeof v !== 'string' || tooLong(v))) return false;
  }
  return true;
}

/** A valid person block as the reference schema outputs it: only the known keys, in schema order. */
export function personCopy(person: Record<string, unknown>): PersonCopy {
  const out: PersonCopy = {};
  if (typeof person.name === 'string') out.name = person.name;
  if (typeof person.idNumber === 'string') out.idNumber = person.idNumber;
  return out;
}
