/**
 * The entity form's state: the entity record's fields (docs/formats.md §15.1) as the text the
 * user typed, the two flags as booleans. `toEntityRecord` turns it into a record for the core,
 * `fromEntityRecord` fills it from a loaded record; nothing is scored here.
 */
import { fieldKey } from '../../lib/core-adapter';
import { asObject, asText } from '../../lib/form-text';
import { normalizeDecimal, normalizeInteger } from '../../lib/normalize-input';
import { integer } from '../household/to-record';

/** The form: an entity record's fields as typed. */
export interface EntityForm {
  readonly id: string;
  readonly name: string;
  readonly type: string;
  readonly township: string;
  readonly village: string;
  readonly principal: { readonly name: string; readonly idNumber: string };
  readonly registeredYear: string;
  readonly demonstration: string;
  readonly mainLine: string;
  readonly scale: string;
  readonly assets: string;
  readonly liabilities: string;
  readonly surplus: string;
  readonly creditRecord: string;
  /** Empty: the entity leases no land. */
  readonly leaseYearsLeft: string;
  readonly insured: boolean;
  readonly salesContracts: boolean;
  readonly householdsDriven: string;
  /** A household grade code; empty when not known. */
  readonly principalHouseholdGrade: string;
  readonly vetoes: readonly string[];
  /** A loaded record's free-form `meta`, carried through untouched. */
  readonly meta?: unknown;
}

/** The fields that are typed (not chosen), by how their text is read. */
export type EntityTextKey =
  | 'id'
  | 'name'
  | 'township'
  | 'village'
  | 'registeredYear'
  | 'scale'
  | 'assets'
  | 'liabilities'
  | 'surplus'
  | 'leaseYearsLeft'
  | 'householdsDriven';

/** The fields chosen from the model's lists. */
export type EntitySelectKey =
  | 'type'
  | 'demonstration'
  | 'mainLine'
  | 'creditRecord'
  | 'principalHouseholdGrade';

/** A path into the form, as into the record: `['principal', 'name']`. */
export type EntityPath =
  | readonly [EntityTextKey | EntitySelectKey]
  | readonly ['principal', 'name' | 'idNumber'];

/** An empty form. */
export function emptyEntityForm(): EntityForm {
  return {
    id: '',
    name: '',
    type: '',
    township: '',
    village: '',
    principal: { name: '', idNumber: '' },
    registeredYear: '',
    demonstration: '',
    mainLine: '',
    scale: '',
    assets: '',
    liabilities: '',
    surplus: '',
    creditRecord: '',
    leaseYearsLeft: '',
    insured: false,
    salesContracts: false,
    householdsDriven: '',
    principalHouseholdGrade: '',
    vetoes: [],
  };
}

/** The text at a path of the form. */
export function textAt(form: EntityForm, path: EntityPath): string {
  return path[0] === 'principal' ? form.principal[path[1]] : form[path[0]];
}

/** The form with the text at `path` replaced. */
export function withText(form: EntityForm, path: EntityPath, value: string): EntityForm {
  return path[0] === 'principal'
    ? { ...form, principal: { ...form.principal, [path[1]]: value } }
    : { ...form, [path[0]]: value };
}

/** How a typed field's text is read: an amount or scale, a count or year, or text as it is. */
export type EntityFieldKind = 'decimal' | 'integer' | 'text';

const KINDS: Readonly<Record<EntityTextKey, EntityFieldKind>> = {
  id: 'text',
  name: 'text',
  township: 'text',
  village: 'text',
  registeredYear: 'integer',
  scale: 'decimal',
  assets: 'decimal',
  liabilities: 'decimal',
  surplus: 'decimal',
  leaseYearsLeft: 'integer',
  householdsDriven: 'integer',
};

/** The kind of a typed field (a principal's name and id number are text). */
export function entityFieldKind(path: EntityPath): EntityFieldKind {
  return path[0] === 'principal' ? 'text' : (KINDS[path[0] as EntityTextKey] ?? 'text');
}

/**
 * A field's text made plain as the household form makes it (`５万元` → `50000`), and a scale
 * of head or birds without its measure word (`900头` → `900`).
 */
export function plainText(path: EntityPath, typed: string): string {
  const kind = entityFieldKind(path);
  if (kind === 'integer') return normalizeInteger(typed);
  if (kind === 'text') return typed;
  return normalizeDecimal(path[0] === 'scale' ? typed.trim().replace(/[头只羽]$/, '') : typed);
}

/** The DOM id of the input of a field key: `principal.name` → `e-principal-name`. */
export function entityInputId(key: string): string {
  return `e-${key.replace(/[^A-Za-z0-9_]+/g, '-').replace(/-+$/, '')}`;
}

/** Every field key an issue can land on (see `placeIssues`). */
export function entityFieldKeys(): ReadonlySet<string> {
  const paths: (readonly string[])[] = [
    ['evalYear'],
    ['id'],
    ['name'],
    ['type'],
    ['township'],
    ['village'],
    ['principal'],
    ['principal', 'name'],
    ['principal', 'idNumber'],
    ['registeredYear'],
    ['demonstration'],
    ['mainLine'],
    ['scale'],
    ['assets'],
    ['liabilities'],
    ['surplus'],
    ['creditRecord'],
    ['leaseYearsLeft'],
    ['insured'],
    ['salesContracts'],
    ['householdsDriven'],
    ['principalHouseholdGrade'],
    ['vetoes'],
    ['meta'],
  ];
  return new Set(paths.map(fieldKey));
}

/** Whether the form holds anything typed or chosen (what a clear or a load would replace). */
export function hasEntityWork(form: EntityForm): boolean {
  const { insured, salesContracts, vetoes, principal, meta, ...texts } = form;
  return (
    insured ||
    salesContracts ||
    vetoes.length > 0 ||
    meta !== undefined ||
    [...Object.values(texts), principal.name, principal.idNumber].some((v) => v.trim() !== '')
  );
}

function text(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function compact(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}

/**
 * The entity record the form describes. Empty inputs are left out (the core then says what is
 * required, or applies the format's meaning: no lease, not insured, no households driven);
 * amounts are sent as text, made plain; years and counts as JSON numbers.
 */
export function toEntityRecord(form: EntityForm): Record<string, unknown> {
  const plain = (path: EntityPath) => {
    const typed = text(textAt(form, path));
    if (typed === undefined) return undefined;
    const value = plainText(path, typed);
    return entityFieldKind(path) === 'integer' ? integer(value) : value;
  };
  const principal = compact([
    ['name', plain(['principal', 'name'])],
    ['idNumber', plain(['principal', 'idNumber'])],
  ]);
  return compact([
    ['id', plain(['id'])],
    ['name', plain(['name'])],
    ['type', text(form.type)],
    ['township', plain(['township'])],
    ['village', plain(['village'])],
    ['principal', Object.keys(principal).length === 0 ? undefined : principal],
    ['registeredYear', plain(['registeredYear'])],
    ['demonstration', text(form.demonstration)],
    ['mainLine', text(form.mainLine)],
    ['scale', plain(['scale'])],
    ['assets', plain(['assets'])],
    ['liabilities', plain(['liabilities'])],
    ['surplus', plain(['surplus'])],
    ['creditRecord', text(form.creditRecord)],
    ['leaseYearsLeft', plain(['leaseYearsLeft'])],
    ['insured', form.insured ? true : undefined],
    ['salesContracts', form.salesContracts ? true : undefined],
    ['householdsDriven', plain(['householdsDriven'])],
    ['principalHouseholdGrade', text(form.principalHouseholdGrade)],
    ['vetoes', form.vetoes.length === 0 ? undefined : [...form.vetoes]],
    ['meta', form.meta],
  ]);
}

/**
 * Fills a form from a loaded entity record (any JSON value). What the form cannot show is left
 * out; the caller reports the record's issues from the core, so nothing is dropped silently.
 */
export function fromEntityRecord(record: unknown): EntityForm {
  const r = asObject(record);
  const principal = asObject(r.principal);
  const form: EntityForm = {
    id: asText(r.id),
    name: asText(r.name),
    type: asText(r.type),
    township: asText(r.township),
    village: asText(r.village),
    principal: { name: asText(principal.name), idNumber: asText(principal.idNumber) },
    registeredYear: asText(r.registeredYear),
    demonstration: asText(r.demonstration),
    mainLine: asText(r.mainLine),
    scale: asText(r.scale),
    assets: asText(r.assets),
    liabilities: asText(r.liabilities),
    surplus: asText(r.surplus),
    creditRecord: asText(r.creditRecord),
    leaseYearsLeft: asText(r.leaseYearsLeft),
    insured: r.insured === true,
    salesContracts: r.salesContracts === true,
    householdsDriven: asText(r.householdsDriven),
    principalHouseholdGrade: asText(r.principalHouseholdGrade),
    vetoes: [
      ...new Set(
        (Array.isArray(r.vetoes) ? r.vetoes : []).filter((v): v is string => typeof v === 'string'),
      ),
    ],
  };
  return r.meta === undefined ? form : { ...form, meta: r.meta };
}
