/**
 * The household form's state: the record's shape with every value as the text the user typed
 * (decimals stay text all the way). `toRecord` (to-record.ts) turns it into a record for the
 * core; `fromRecord` (from-record.ts) fills it from a loaded record.
 */
import { fieldKey, type Model } from '../../lib/core-adapter';
import { dimensionsOf, speciesOf } from '../../lib/model-view';

/** One house as typed. `key` only identifies the row for rendering. */
export interface HouseRow {
  readonly key: number;
  readonly structure: string;
  readonly areaM2: string;
  readonly yearBuilt: string;
}

/** One machine, vehicle or facility as typed. */
export interface EquipmentRow {
  readonly key: number;
  readonly price: string;
  readonly year: string;
}

/** The record's lists of equipment. */
export type EquipmentList = 'machines' | 'vehicles' | 'facilities';

/** The lists the user adds rows to and removes rows from. */
export type ListName = 'houses' | EquipmentList;

/** The form: the household record's fields as text. */
export interface HouseholdForm {
  readonly id: string;
  readonly head: { readonly name: string; readonly idNumber: string };
  readonly members: string;
  readonly labourers: string;
  readonly houses: readonly HouseRow[];
  readonly land: {
    readonly contractedMu: string;
    readonly transferredInMu: string;
    readonly forestMu: string;
  };
  /** Heads per species code. */
  readonly livestock: Readonly<Record<string, string>>;
  readonly machines: readonly EquipmentRow[];
  readonly vehicles: readonly EquipmentRow[];
  readonly facilities: readonly EquipmentRow[];
  readonly deposits: string;
  readonly collectiveShares: string;
  readonly debts: { readonly bankLoans: string; readonly other: string };
  readonly income: { readonly net: string; readonly operating: string };
  /** Level code per dimension code; absent or "" when not chosen. */
  readonly civility: Readonly<Record<string, string>>;
  readonly creditRecord: string;
  readonly vetoes: readonly string[];
  /** A loaded record's free-form `meta`, carried through untouched. */
  readonly meta?: unknown;
}

let nextKey = 1;

/** A fresh row key. */
export function rowKey(): number {
  return nextKey++;
}

/** An empty form. */
export function emptyForm(): HouseholdForm {
  return {
    id: '',
    head: { name: '', idNumber: '' },
    members: '',
    labourers: '',
    houses: [],
    land: { contractedMu: '', transferredInMu: '', forestMu: '' },
    livestock: {},
    machines: [],
    vehicles: [],
    facilities: [],
    deposits: '',
    collectiveShares: '',
    debts: { bankLoans: '', other: '' },
    income: { net: '', operating: '' },
    civility: {},
    creditRecord: '',
    vetoes: [],
  };
}

/** A new empty row for a list. */
export function emptyRow(list: ListName): HouseRow | EquipmentRow {
  return list === 'houses'
    ? { key: rowKey(), structure: '', areaM2: '', yearBuilt: '' }
    : { key: rowKey(), price: '', year: '' };
}

/** A path into the form, as into the record: `['houses', 0, 'areaM2']`. */
export type FormPath = readonly (string | number)[];

/** The form with the value at `path` replaced (structural sharing; the form is immutable). */
export function setAt(form: HouseholdForm, path: FormPath, value: unknown): HouseholdForm {
  return setIn(form, path, value) as HouseholdForm;
}

function setIn(target: unknown, path: FormPath, value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  if (Array.isArray(target) && typeof head === 'number') {
    const copy = [...target];
    copy[head] = setIn(copy[head], rest, value);
    return copy;
  }
  const object = (target ?? {}) as Record<string, unknown>;
  return { ...object, [head]: setIn(object[String(head)], rest, value) };
}

/** The form with a row added to the end of a list. */
export function addRow(form: HouseholdForm, list: ListName): HouseholdForm {
  return { ...form, [list]: [...form[list], emptyRow(list)] };
}

/** The form without the row at `index` of a list. */
export function removeRow(form: HouseholdForm, list: ListName, index: number): HouseholdForm {
  return { ...form, [list]: form[list].filter((_, i) => i !== index) };
}

/** The DOM id of the input of a field key: `houses[0].areaM2` → `f-houses-0-areaM2`. */
export function inputId(key: string): string {
  return `f-${key.replace(/[^A-Za-z0-9_]+/g, '-').replace(/-+$/, '')}`;
}

/**
 * Every field key the form can mark with an issue: each input and each group (a list, a row,
 * an object), so that an issue lands on the nearest one (see `placeIssues`).
 */
export function fieldKeys(form: HouseholdForm, model: Model): ReadonlySet<string> {
  const paths: FormPath[] = [
    ['evalYear'],
    ['id'],
    ['head'],
    ['head', 'name'],
    ['head', 'idNumber'],
    ['members'],
    ['labourers'],
    ['houses'],
    ['land'],
    ['land', 'contractedMu'],
    ['land', 'transferredInMu'],
    ['land', 'forestMu'],
    ['livestock'],
    ['machines'],
    ['vehicles'],
    ['facilities'],
    ['deposits'],
    ['collectiveShares'],
    ['debts'],
    ['debts', 'bankLoans'],
    ['debts', 'other'],
    ['income'],
    ['income', 'net'],
    ['income', 'operating'],
    ['civility'],
    ['creditRecord'],
    ['vetoes'],
    ['meta'],
  ];
  form.houses.forEach((_, i) => {
    paths.push(['houses', i], ['houses', i, 'structure'], ['houses', i, 'areaM2']);
    paths.push(['houses', i, 'yearBuilt']);
  });
  for (const list of ['machines', 'vehicles', 'facilities'] as const) {
    form[list].forEach((_, i) => {
      paths.push([list, i], [list, i, 'price'], [list, i, 'year']);
    });
  }
  for (const s of speciesOf(model)) paths.push(['livestock', s.code]);
  for (const d of dimensionsOf(model)) paths.push(['civility', d.code]);
  return new Set(paths.map(fieldKey));
}

/**
 * Whether the form holds anything typed or chosen: what a clear, the example or a file would
 * replace, and so what the user is asked about first.
 */
export function hasTypedWork(form: HouseholdForm): boolean {
  const filled = (value: unknown): boolean => {
    if (typeof value === 'string') return value.trim() !== '';
    if (Array.isArray(value)) return value.length > 0;
    if (typeof value === 'object' && value !== null)
      return Object.entries(value).some(([key, v]) => key !== 'key' && filled(v));
    return false;
  };
  return filled({ ...form, meta: undefined }) || form.meta !== undefined;
}

/** How a field's text is read: an amount or area, a count or year, or text as it is. */
export type FieldKind = 'decimal' | 'integer' | 'text';

const INTEGER_FIELDS = new Set(['members', 'labourers', 'yearBuilt', 'year', 'evalYear']);

/** The kind of the field at `path` (livestock heads, years and people are counts). */
export function fieldKind(path: FormPath): FieldKind {
  const last = path.at(-1);
  if (path[0] === 'livestock' || (typeof last === 'string' && INTEGER_FIELDS.has(last)))
    return 'integer';
  if (path[0] === 'id' || path[0] === 'head') return 'text';
  return 'decimal';
}
