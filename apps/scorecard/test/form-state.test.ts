import { describe, expect, test } from 'vitest';
import {
  addRow,
  emptyForm,
  fieldKeys,
  inputId,
  removeRow,
  setAt,
} from '../src/features/household/form-state';
import { fromRecord } from '../src/features/household/from-record';
import { toRecord } from '../src/features/household/to-record';
import { defaultModel } from '../src/lib/core-adapter';
import { vectorText } from './helpers';

const model = defaultModel();

describe('the form and the record', () => {
  test('an empty form sends no empty strings and no zeros, only the required objects', () => {
    expect(toRecord(emptyForm(), model)).toEqual({ income: {}, civility: {} });
  });

  test('empty optional inputs are omitted; decimals stay text; counts and years become numbers', () => {
    let form = setAt(emptyForm(), ['id'], ' H1 ');
    form = setAt(form, ['land', 'contractedMu'], '8.50');
    form = setAt(form, ['livestock', 'pig'], '20');
    form = setAt(form, ['debts', 'other'], '');
    form = addRow(form, 'houses');
    form = setAt(form, ['houses', 0, 'areaM2'], '120.555');
    form = setAt(form, ['houses', 0, 'yearBuilt'], '2014');
    expect(toRecord(form, model)).toEqual({
      id: 'H1',
      houses: [{ areaM2: '120.555', yearBuilt: 2014 }],
      land: { contractedMu: '8.50' },
      livestock: { pig: 20 },
      income: {},
      civility: {},
    });
  });

  test('text that is not a whole number is passed on for the core to judge', () => {
    const form = setAt(setAt(emptyForm(), ['members'], 'abc'), ['labourers'], '2.5');
    const record = toRecord(form, model);
    expect(record.members).toBe('abc');
    expect(record.labourers).toBe(2.5);
  });

  test('every golden household survives fromRecord → toRecord unchanged', () => {
    const document = JSON.parse(vectorText('golden.json')) as {
      villages: { households: Record<string, unknown>[] }[];
    };
    for (const household of document.villages[0]?.households ?? []) {
      expect(toRecord(fromRecord(household, model), model)).toEqual(household);
    }
  });

  test('rows are added and removed', () => {
    let form = addRow(addRow(emptyForm(), 'machines'), 'machines');
    form = setAt(form, ['machines', 1, 'price'], '100');
    form = removeRow(form, 'machines', 0);
    expect(form.machines).toHaveLength(1);
    expect(form.machines[0]?.price).toBe('100');
  });

  test('field keys follow the core’s path format and name each row and group', () => {
    const keys = fieldKeys(addRow(emptyForm(), 'houses'), model);
    for (const key of [
      'houses',
      'houses[0]',
      'houses[0].areaM2',
      'livestock.pig',
      'civility.honesty',
      'evalYear',
    ]) {
      expect(keys.has(key)).toBe(true);
    }
    expect(inputId('houses[0].areaM2')).toBe('f-houses-0-areaM2');
  });
});
