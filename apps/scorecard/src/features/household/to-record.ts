/**
 * From the form to a household record for the core: empty inputs are left out (never sent as
 * "" or as 0), decimals are sent as text, counts and years as JSON numbers. What a clerk types
 * is made plain first (`５万元` → `50000`, see normalize-input.ts); the record stays strict.
 */
import type { Model } from '../../lib/core-adapter';
import { dimensionsOf, speciesOf } from '../../lib/model-view';
import { normalizeDecimal, normalizeInteger } from '../../lib/normalize-input';
import type { EquipmentRow, HouseholdForm } from './form-state';

/** Text → a JSON value for an integer field: a number when it reads as one, else the text. */
export function integer(text: string): number | string {
  // Numbers with a fraction pass too, so that the core (not the app) says they are not whole.
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
}

/** Builds an object from entries, leaving out those whose value is undefined. */
function compact(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
}

function text(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function dec(value: string): string | undefined {
  const trimmed = text(value);
  return trimmed === undefined ? undefined : normalizeDecimal(trimmed);
}

function int(value: string): number | string | undefined {
  const trimmed = text(value);
  return trimmed === undefined ? undefined : integer(normalizeInteger(trimmed));
}

function optionalObject(object: Record<string, unknown>): Record<string, unknown> | undefined {
  return Object.keys(object).length === 0 ? undefined : object;
}

/**
 * The household record the form describes. Empty inputs are left out (so the core applies the
 * format's defaults or says what is required); decimals are sent as text, made plain;
 * counts and years as JSON numbers. `income` and `civility` are always sent, so that a missing
 * value is reported at its own field.
 */
export function toRecord(form: HouseholdForm, model: Model): Record<string, unknown> {
  const livestock = compact(
    speciesOf(model).map((s) => [s.code, int(form.livestock[s.code] ?? '')]),
  );
  const civility = compact(
    dimensionsOf(model).map((d) => [d.code, text(form.civility[d.code] ?? '')]),
  );
  const equipment = (rows: readonly EquipmentRow[]) =>
    rows.length === 0
      ? undefined
      : rows.map((row) =>
          compact([
            ['price', dec(row.price)],
            ['year', int(row.year)],
          ]),
        );
  return compact([
    ['id', text(form.id)],
    [
      'head',
      optionalObject(
        compact([
          ['name', text(form.head.name)],
          ['idNumber', text(form.head.idNumber)],
        ]),
      ),
    ],
    ['members', int(form.members)],
    ['labourers', int(form.labourers)],
    [
      'houses',
      form.houses.length === 0
        ? undefined
        : form.houses.map((h) =>
            compact([
              ['structure', text(h.structure)],
              ['areaM2', dec(h.areaM2)],
              ['yearBuilt', int(h.yearBuilt)],
            ]),
          ),
    ],
    [
      'land',
      optionalObject(
        compact([
          ['contractedMu', dec(form.land.contractedMu)],
          ['transferredInMu', dec(form.land.transferredInMu)],
          ['forestMu', dec(form.land.forestMu)],
        ]),
      ),
    ],
    ['livestock', optionalObject(livestock)],
    ['machines', equipment(form.machines)],
    ['vehicles', equipment(form.vehicles)],
    ['facilities', equipment(form.facilities)],
    ['deposits', dec(form.deposits)],
    ['collectiveShares', dec(form.collectiveShares)],
    [
      'debts',
      optionalObject(
        compact([
          ['bankLoans', dec(form.debts.bankLoans)],
          ['other', dec(form.debts.other)],
        ]),
      ),
    ],
    [
      'income',
      compact([
        ['net', dec(form.income.net)],
        ['operating', dec(form.income.operating)],
      ]),
    ],
    ['civility', civility],
    ['creditRecord', text(form.creditRecord)],
    ['vetoes', form.vetoes.length === 0 ? undefined : [...form.vetoes]],
    ['meta', form.meta],
  ]);
}
