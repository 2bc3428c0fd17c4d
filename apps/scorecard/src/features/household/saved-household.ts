/**
 * The household form as kept across reloads (see lib/persist): the text of every field, the
 * evaluation year and whether it was chosen. Read back defensively: anything not of the
 * expected shape is dropped (a form from an older version of the app starts blank).
 */
import { type HouseholdForm, rowKey } from './form-state';
import type { HouseholdState } from './household-state';

/** The key the household form is kept under. */
export const HOUSEHOLD_KEY = 'household';

const VERSION = 1;

/** The form as saved: plain JSON data. */
export function toSavedHousehold(state: HouseholdState): unknown {
  return {
    v: VERSION,
    form: state.form,
    evalYear: state.evalYear,
    evalYearChosen: state.evalYearChosen,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
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
export function fromSavedHousehold(
  value: unknown,
): { form: HouseholdForm; evalYear: string; evalYearChosen: boolean } | undefined {
  if (!isObject(value) || value.v !== VERSION || !isObject(value.form)) return undefined;
  const f = value.form;
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
    !f.vetoes.every(isText) ||
    !isText(value.evalYear)
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
  return {
    form: f.meta === undefined ? form : { ...form, meta: f.meta },
    evalYear: value.evalYear,
    evalYearChosen: value.evalYearChosen === true,
  };
}
