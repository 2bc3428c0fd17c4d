/**
 * A village of an imported file (a collection workbook read by the worker, or a batch document
 * or village as JSON) made into a collection to carry on with: its facts as text, its
 * households as forms. What the household form cannot hold (a panel's `review`, an unknown
 * field) is listed, never dropped in silence.
 */
import type { Model } from '../../lib/core-adapter';
import { currentYear } from '../../lib/current-year';
import { asObject, asText } from '../../lib/form-text';
import { fromRecord } from '../household/from-record';
import { type CollectedHousehold, type Collection, emptyFacts, newUid } from './collection';

/** A village offered for import: its id, name and number of households. */
export interface ImportChoice {
  readonly index: number;
  readonly id: string | null;
  readonly name: string | null;
  readonly households: number;
}

/** A field of a household the form cannot hold, by the household's position (from 1). */
export interface LeftOut {
  readonly n: number;
  readonly field: string;
}

/** A collection made from an imported village, with what could not be carried. */
export interface ImportedCollection {
  readonly collection: Collection;
  readonly leftOut: readonly LeftOut[];
}

/** The household record fields the form holds (docs/formats.md §4, `meta` carried as it is). */
const FORM_FIELDS = new Set([
  'id',
  'head',
  'members',
  'labourers',
  'houses',
  'land',
  'livestock',
  'machines',
  'vehicles',
  'facilities',
  'deposits',
  'collectiveShares',
  'debts',
  'income',
  'civility',
  'creditRecord',
  'vetoes',
  'meta',
]);
/** The village fields the facts form edits. */
const FACT_RECORD_FIELDS = new Set([
  'id',
  'name',
  'householdsTotal',
  'partyOrganisation',
  'loans',
  'collectiveOperatingIncome',
  'households',
]);

/**
 * The villages of a batch document (`{ villages }`) or of a single village (`{ households }`),
 * or `null` when the value is neither.
 */
export function importedVillages(value: unknown): readonly unknown[] | null {
  const object = asObject(value);
  if (Array.isArray(object.villages)) return object.villages;
  if (Array.isArray(object.households)) return [object];
  return null;
}

/** The villages offered for import. */
export function importChoices(villages: readonly unknown[]): ImportChoice[] {
  return villages.map((village, index) => {
    const v = asObject(village);
    return {
      index,
      id: typeof v.id === 'string' ? v.id : null,
      name: typeof v.name === 'string' ? v.name : null,
      households: Array.isArray(v.households) ? v.households.length : 0,
    };
  });
}

/**
 * The collection of an imported village, in the file's evaluation year (the current year when
 * it has none). `savedAt` is the time of the import.
 */
export function collectionFrom(
  village: unknown,
  evalYear: unknown,
  model: Model,
): ImportedCollection {
  const v = asObject(village);
  const loans = asObject(v.loans);
  const extra = Object.fromEntries(
    Object.entries(v).filter(([key]) => !FACT_RECORD_FIELDS.has(key)),
  );
  const savedAt = new Date().toISOString();
  const leftOut: LeftOut[] = [];
  const households: CollectedHousehold[] = (Array.isArray(v.households) ? v.households : []).map(
    (record, i) => {
      const fields = Object.keys(asObject(record)).filter((key) => !FORM_FIELDS.has(key));
      for (const field of fields) leftOut.push({ n: i + 1, field });
      if (typeof record !== 'object' || record === null || Array.isArray(record))
        leftOut.push({ n: i + 1, field: '—' });
      return { uid: newUid(), form: fromRecord(record, model), savedAt };
    },
  );
  const year = asText(evalYear);
  return {
    collection: {
      evalYear: year === '' ? currentYear() : year,
      village: {
        ...emptyFacts(),
        id: asText(v.id),
        name: asText(v.name),
        householdsTotal: asText(v.householdsTotal),
        partyOrganisation: asText(v.partyOrganisation),
        loansBalance: asText(loans.balance),
        loansNonPerforming: asText(loans.nonPerforming),
        collectiveOperatingIncome: asText(v.collectiveOperatingIncome),
        ...(Object.keys(extra).length === 0 ? {} : { extra }),
      },
      households,
    },
    leftOut,
  };
}
