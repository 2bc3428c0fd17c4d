/**
 * From a loaded household record (any JSON value) to the form, and the example household.
 */
import type { Model } from '../../lib/core-adapter';
import { asObject, asText } from '../../lib/form-text';
import { civilityLevelsOf, dimensionsOf, speciesOf } from '../../lib/model-view';
import { type EquipmentRow, type HouseholdForm, rowKey } from './form-state';

function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Fills a form from a loaded household record (any JSON value). What the form cannot show (an
 * unknown key, an object where text belongs) is left out; the caller reports the record's
 * issues from the core, so nothing is dropped silently.
 */
export function fromRecord(record: unknown, model: Model): HouseholdForm {
  const r = asObject(record);
  const head = asObject(r.head);
  const land = asObject(r.land);
  const livestock = asObject(r.livestock);
  const debts = asObject(r.debts);
  const income = asObject(r.income);
  const civility = asObject(r.civility);
  const equipment = (value: unknown): EquipmentRow[] =>
    asArray(value).map((item) => {
      const e = asObject(item);
      return { key: rowKey(), price: asText(e.price), year: asText(e.year) };
    });
  const form: HouseholdForm = {
    id: asText(r.id),
    head: { name: asText(head.name), idNumber: asText(head.idNumber) },
    members: asText(r.members),
    labourers: asText(r.labourers),
    houses: asArray(r.houses).map((item) => {
      const h = asObject(item);
      return {
        key: rowKey(),
        structure: asText(h.structure),
        areaM2: asText(h.areaM2),
        yearBuilt: asText(h.yearBuilt),
      };
    }),
    land: {
      contractedMu: asText(land.contractedMu),
      transferredInMu: asText(land.transferredInMu),
      forestMu: asText(land.forestMu),
    },
    livestock: Object.fromEntries(speciesOf(model).map((s) => [s.code, asText(livestock[s.code])])),
    machines: equipment(r.machines),
    vehicles: equipment(r.vehicles),
    facilities: equipment(r.facilities),
    deposits: asText(r.deposits),
    collectiveShares: asText(r.collectiveShares),
    debts: { bankLoans: asText(debts.bankLoans), other: asText(debts.other) },
    income: { net: asText(income.net), operating: asText(income.operating) },
    civility: Object.fromEntries(
      dimensionsOf(model).map((d) => [d.code, asText(civility[d.code])]),
    ),
    creditRecord: asText(r.creditRecord),
    vetoes: [...new Set(asArray(r.vetoes).filter((v): v is string => typeof v === 'string'))],
  };
  return r.meta === undefined ? form : { ...form, meta: r.meta };
}

/** The example household H1 of the domain brief (grade AAA, limit 163,000.00 by default). */
export function exampleForm(model: Model): HouseholdForm {
  const good = civilityLevelsOf(model)[0]?.code ?? 'good';
  return fromRecord(
    {
      id: 'H1',
      houses: [{ structure: 'brickConcrete', areaM2: '200', yearBuilt: 2014 }],
      land: { contractedMu: '8', transferredInMu: '50' },
      livestock: { pig: 20 },
      machines: [{ price: '60000', year: 2020 }],
      deposits: '50000',
      collectiveShares: '2000',
      debts: { bankLoans: '30000' },
      income: { net: '120000', operating: '100000' },
      civility: Object.fromEntries(dimensionsOf(model).map((d) => [d.code, good])),
      creditRecord: 'none',
    },
    model,
  );
}
