import { checkHousehold, defaultModelDocument, jsonSchema, parseModel } from '@credit-village/core';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from './arbitraries.js';

// The published JSON Schema says what the validator accepts: an integrator who checks records
// with the schema must not be told yes where evaluation says no (or the other way round).
// JSON Schema's multipleOf works in binary floating point, so validators are asked to compare
// with a tolerance (ajv's multipleOfPrecision); float artefacts such as 0.30000000000000004 can
// only be judged exactly by the library itself (its schema description says so).

const ajv = new Ajv2020({ strict: false, multipleOfPrecision: 9 });
const validate = ajv.compile(jsonSchema('household'));

const base = {
  id: 'H1',
  income: { net: '1000', operating: '0' },
  civility: Object.fromEntries(DIMENSIONS.map((d) => [d, 'good'])),
  creditRecord: 'none',
};

const VALUES: readonly unknown[] = [
  '-0',
  '-0.00',
  '-0.0',
  '0',
  0,
  '0.5',
  '5.0',
  5.0,
  1.5,
  0.07,
  0.29,
  '1.005',
  1.005,
  1e-7,
  1e21,
  '1e3',
  '99999999999999.99',
  '10000000000',
  '10000000000.00',
  '10000000000.01',
  10000000000,
  10000000000.01,
  '9999999999.99',
  '-1',
  -1,
  '05',
  ' 5',
  '1,000',
  'abc',
  null,
  true,
];

function agree(field: (value: unknown) => Record<string, unknown>) {
  for (const value of VALUES) {
    const record = { ...base, ...field(value) };
    const schemaSays = validate(record) === true;
    const validatorSays = checkHousehold(record, { evalYear: 2024 }).ok;
    expect(
      schemaSays,
      `${JSON.stringify(value)}: schema ${schemaSays}, validator ${validatorSays}`,
    ).toBe(validatorSays);
  }
}

describe('the household JSON Schema agrees with the validator', () => {
  it('on money that must not be negative (deposits)', () => agree((v) => ({ deposits: v })));
  it('on money of any sign (net income)', () =>
    agree((v) => ({ income: { net: v, operating: '0' } })));
  it('on areas that must be positive (a house)', () =>
    agree((v) => ({ houses: [{ structure: 'brickConcrete', areaM2: v, yearBuilt: 2000 }] })));
  it('on areas that may be zero (land)', () => agree((v) => ({ land: { contractedMu: v } })));
});

describe('model labels', () => {
  it('are keyed by language codes: a __proto__ key is an error, never dropped with the hash unchanged', () => {
    const doc = defaultModelDocument() as { name: Record<string, string> };
    const text = JSON.stringify(doc).replace('"name":{', '"name":{"__proto__":"x",');
    expect(() => parseModel(JSON.parse(text))).toThrow(/name/);
  });
});
