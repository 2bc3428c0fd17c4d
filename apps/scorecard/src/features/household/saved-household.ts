/**
 * The household form as kept across reloads (see lib/persist): the text of every field, the
 * evaluation year and whether it was chosen. Read back defensively: anything not of the
 * expected shape is dropped (a form from an older version of the app starts blank).
 */
import { isObject } from '../../lib/is-object';
import { fromSavedScorecard, toSavedScorecard } from '../../lib/saved-scorecard';
import type { SavedScorecard } from '../../lib/scorecard-state';
import { type HouseholdForm, rowKey } from './form-state';
import type { HouseholdState } from './household-state';

/** The key the household form is kept under. */
export const HOUSEHOLD_KEY = 'household';

/** The form as saved: plain JSON data. */
export function toSavedHousehold(state: HouseholdState): unknown {
  return toSavedScorecard(state);
}

const isText = (v: unknown): v is string => typeof v === 'string';
const texts = (v: unknown): v is Record<string, string> =>
  isObject(v) && Object.values(v).every(isText);

function rows<T extends object>(value: unknown, fields: readonly string[]): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: T[] = [];
  for (const row of value) {
    if (!isObject(row) || !fields.every((f) => isText(row[f]))) return undefined;
    // Row keys only tell rows apart on screen: fresh ones never collide with new rows.
    out.push({
      ...Object.fromEntries(fields.map((f) => [f, row[f]])),
      key: rowKey(),
    } as unknown as T);
  }
  return out;
}

/** The form saved before, when it has the expected shape. */
export function fromSavedHousehold(value: unknown): SavedScorecard<HouseholdForm> | undefined {
  return fromSavedScorecard(value, formFromSaved);
}

/**
 * A household form kept as plain JSON data (by this page, or by the collection page for each
 * household it keeps), when it has the expected shape; `undefined` otherwise.
 */
export function formFromSaved(f: unknown): HouseholdForm | undefined {
  if (!isObject(f)) return undefined;
  const houses = rows<HouseholdForm['houses'][number]>(f.houses, [
    'structure',
    'areaM2',
    'yearBuilt',
  ]);
  const equipment = (list: unknown) =>
    rows<HouseholdForm['machines'][number]>(list, ['price', 'year']);
  const machines = equipment(f.machines);
  const vehicles = equipment(f.vehicles);
  const facilities = equipment(f.facilities);
  if (
    !isText(f.id) ||
    !texts(f.head) ||
    !isText(f.members) ||
    !isText(f.labourers) ||
    houses === undefined ||
    !texts(f.land) ||
    !texts(f.livestock) ||
    machines === undefined ||
    vehicles === undefined ||
    facilities === undefined ||
    !isText(f.deposits) ||
    !isText(f.collectiveShares) ||
    !texts(f.debts) ||
    !texts(f.income) ||
    !texts(f.civility) ||
    !isText(f.creditRecord) ||
    !Array.isArray(f.vetoes) ||
    !f.vetoes.every(isText)
  )
    return undefined;
  const form: HouseholdForm = {
    id: f.id,
    head: { name: f.head.name ?? '', idNumber: f.head.idNumber ?? '' },
    members: f.members,
    labourers: f.labourers,
    houses,
    land: {
      contractedMu: f.land.contractedMu ?? '',
      transferredInMu: f.land.transferredInMu ?? '',
      forestMu: f.land.forestMu ?? '',
    },
    livestock: f.livestock,
    machines,
    vehicles,
    facilities,
    deposits: f.deposits,
    collectiveShares: f.collectiveShares,
    debts: { bankLoans: f.debts.bankLoans ?? '', other: f.debts.other ?? '' },
    income: { net: f.income.net ?? '', operating: f.income.operating ?? '' },
    civility: f.civility,
    creditRecord: f.creditRecord,
    vetoes: f.vetoes,
  };
  return f.meta === undefined ? form : { ...form, meta: f.meta };
}
