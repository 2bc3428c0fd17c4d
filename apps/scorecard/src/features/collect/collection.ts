/**
 * A village being collected (采集) on this device: its facts as typed, the evaluation year, and
 * its households, each kept as the household form's text (so what a clerk typed, problems
 * included, is kept exactly until it is fixed). `villageRecord` and `collectionDocument` turn it
 * into the records of docs/formats.md for the core and for export.
 */
import { type Model, villageIdOf } from '../../lib/core-adapter';
import { currentYear } from '../../lib/current-year';
import { normalizeDecimal, normalizeInteger } from '../../lib/normalize-input';
import type { HouseholdForm } from '../household/form-state';
import { integer, toRecord } from '../household/to-record';

/** The village's own fields, as typed (keys as in the village record; `loans` flattened). */
export interface VillageFacts {
  readonly id: string;
  readonly name: string;
  readonly householdsTotal: string;
  readonly partyOrganisation: string;
  readonly loansBalance: string;
  readonly loansNonPerforming: string;
  readonly collectiveOperatingIncome: string;
  /**
   * Fields of an imported village that this page does not edit (`township`, `meta`, …): kept
   * and written back untouched, so importing and exporting loses nothing.
   */
  readonly extra?: Readonly<Record<string, unknown>>;
}

/** A village fact's key in {@link VillageFacts}. */
export type FactKey = Exclude<keyof VillageFacts, 'extra'>;

/** How a fact is typed and read: text, a count, an amount, or a word of the model. */
export type FactKind = 'text' | 'integer' | 'decimal' | 'choice';

/** One village fact: where it sits in the village record, how it is read, whether required. */
export interface FactField {
  readonly key: FactKey;
  readonly path: readonly string[];
  readonly kind: FactKind;
  readonly required: boolean;
}

/** The village facts in form order (docs/formats.md §3). */
export const FACT_FIELDS: readonly FactField[] = [
  { key: 'id', path: ['id'], kind: 'text', required: true },
  { key: 'name', path: ['name'], kind: 'text', required: false },
  { key: 'householdsTotal', path: ['householdsTotal'], kind: 'integer', required: true },
  { key: 'partyOrganisation', path: ['partyOrganisation'], kind: 'choice', required: true },
  { key: 'loansBalance', path: ['loans', 'balance'], kind: 'decimal', required: false },
  { key: 'loansNonPerforming', path: ['loans', 'nonPerforming'], kind: 'decimal', required: false },
  {
    key: 'collectiveOperatingIncome',
    path: ['collectiveOperatingIncome'],
    kind: 'decimal',
    required: false,
  },
];

/** A household of the collection: the form as last saved, under an id of the device's own. */
export interface CollectedHousehold {
  /** Tells households apart on this device (a clerk may type the same 户号 twice). */
  readonly uid: string;
  readonly form: HouseholdForm;
  /** When it was last saved (ISO 8601). */
  readonly savedAt: string;
}

/** The village being collected. */
export interface Collection {
  /** The evaluation year as typed. */
  readonly evalYear: string;
  readonly village: VillageFacts;
  readonly households: readonly CollectedHousehold[];
}

/** Empty facts. */
export function emptyFacts(): VillageFacts {
  return {
    id: '',
    name: '',
    householdsTotal: '',
    partyOrganisation: '',
    loansBalance: '',
    loansNonPerforming: '',
    collectiveOperatingIncome: '',
  };
}

/** A new collection: no village yet, this year. */
export function emptyCollection(): Collection {
  return { evalYear: currentYear(), village: emptyFacts(), households: [] };
}

/** Whether anything was collected or typed (what starting again would throw away). */
export function hasCollected(collection: Collection): boolean {
  const { extra, ...facts } = collection.village;
  return (
    collection.households.length > 0 ||
    extra !== undefined ||
    Object.values(facts).some((value) => value.trim() !== '')
  );
}

/** A new id for a household on this device. */
export function newUid(): string {
  const random = globalThis.crypto?.randomUUID?.();
  return random ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** A fact's text as the village record holds it: left out when empty, numbers made plain. */
function factValue(field: FactField, text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (field.kind === 'integer') return integer(normalizeInteger(trimmed));
  if (field.kind === 'decimal') return normalizeDecimal(trimmed);
  return trimmed;
}

/**
 * The village record of the collection (docs/formats.md §3): its facts (empty ones left out,
 * so the core says what is required), the fields it was imported with, and every household's
 * record in the order they were collected.
 */
export function villageRecord(collection: Collection, model: Model): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const field of FACT_FIELDS) {
    const value = factValue(field, collection.village[field.key]);
    if (value === undefined) continue;
    const [head, leaf] = field.path;
    if (head === undefined) continue;
    if (leaf === undefined) record[head] = value;
    else record[head] = { ...(record[head] as Record<string, unknown> | undefined), [leaf]: value };
  }
  for (const [key, value] of Object.entries(collection.village.extra ?? {}))
    if (!(key in record) && key !== 'households') record[key] = value;
  record.households = collection.households.map((household) => recordOf(household.form, model));
  return record;
}

/**
 * Each saved form's record, made once: forms are never changed in place (an edit saves a new
 * one), and a village of hundreds of households is judged again at every change of its facts.
 */
const records = new WeakMap<HouseholdForm, { model: Model; record: Record<string, unknown> }>();

function recordOf(form: HouseholdForm, model: Model): Record<string, unknown> {
  const made = records.get(form);
  if (made !== undefined && made.model === model) return made.record;
  const record = toRecord(form, model);
  records.set(form, { model, record });
  return record;
}

/** The evaluation year as the batch document holds it (a number when it reads as one). */
export function evalYearValue(collection: Collection): number | string | undefined {
  const text = normalizeInteger(collection.evalYear.trim());
  return text === '' ? undefined : integer(text);
}

/**
 * The collection as a batch document (`{ evalYear, villages: [village] }`): what the command
 * evaluates, what the review opens, and what the workbook is written from. A household not
 * filled in yet has no `income: {}` or `civility: {}` here (the form sends them empty so the
 * core names each missing value; a file says the object is missing, and a sheet cannot hold
 * an empty object), so the JSON and the workbook read back alike.
 */
export function collectionDocument(collection: Collection, model: Model): Record<string, unknown> {
  const year = evalYearValue(collection);
  const village = villageRecord(collection, model);
  const households = village.households as Record<string, unknown>[];
  return {
    ...(year === undefined ? {} : { evalYear: year }),
    villages: [{ ...village, households: households.map(withoutEmptyObjects) }],
  };
}

function withoutEmptyObjects(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).filter(
      ([, value]) =>
        !(
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          Object.keys(value).length === 0
        ),
    ),
  );
}

/** The name of the collection's export files: the village id, else a word. */
export function collectionFileBase(collection: Collection): string {
  const id = villageIdOf({ id: collection.village.id.trim() });
  return id ?? 'village';
}
