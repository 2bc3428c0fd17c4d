import {
  compileModel,
  defaultModel,
  evaluateBatch,
  type Model,
  parseModel,
} from '@credit-village/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../test/setup-fast-check.js';
import { evaluateRecord } from '../src/evaluate/household.js';
import { resolveModel } from '../src/model/resolve.js';
import { parseHouseholdReference } from '../src/schema/household.js';
import {
  countyDocument,
  EVAL_YEAR,
  edgeHousehold,
  household,
  modelDocument,
} from './arbitraries.js';
import { readVector, VALID_VECTORS } from './vectors.js';

/** The reference result of one record: zod validation, then decimal.js evaluation. */
function reference(model: Model, record: unknown, evalYear = EVAL_YEAR) {
  const resolved = resolveModel(model);
  const parsed = parseHouseholdReference(record, resolved, evalYear);
  return parsed.ok
    ? { ok: true as const, value: evaluateRecord(parsed.value, resolved, evalYear) }
    : parsed;
}

const base = countyDocument();

describe('compiled path equals the reference', () => {
  it('compiled_equals_reference_on_the_default_model_and_the_fast_path_ran', () => {
    const compiled = compileModel(defaultModel());
    let evaluated = 0;
    fc.assert(
      fc.property(household(), (record) => {
        const fast = compiled.evaluateHousehold(record, EVAL_YEAR);
        expect(JSON.stringify(fast)).toBe(JSON.stringify(reference(defaultModel(), record)));
        evaluated++;
      }),
      { numRuns: runs(500) },
    );
    // Every generated household is valid and in range: all of them took the fast path.
    expect(compiled.counts()).toEqual({
      fast: evaluated,
      outOfRange: 0,
      reference: 0,
      readerMisses: 0,
    });
  });

  it('compiled_equals_reference_over_random_models_and_bin_edge_households', () => {
    let fast = 0;
    let total = 0;
    fc.assert(
      fc.property(
        modelDocument(base).chain((doc) =>
          fc.tuple(
            fc.constant(doc),
            fc.array(fc.oneof(household(), edgeHousehold(doc)), { minLength: 1, maxLength: 12 }),
          ),
        ),
        ([doc, records]) => {
          const model = parseModel(doc);
          const compiled = compileModel(model);
          for (const record of records) {
            const year = EVAL_YEAR;
            expect(JSON.stringify(compiled.evaluateHousehold(record, year))).toBe(
              JSON.stringify(reference(model, record, year)),
            );
          }
          const counts = compiled.counts();
          expect(counts.readerMisses).toBe(0);
          fast += counts.fast;
          total += records.length;
        },
      ),
      { numRuns: runs(300) },
    );
    // Random models are usually compiled whole; the fast path must carry most households.
    expect(fast / total).toBeGreaterThan(0.8);
  });

  it('the_fast_reader_accepts_exactly_what_the_reference_schema_accepts', () => {
    const compiled = compileModel(defaultModel());
    const mutate = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.string({ maxLength: 6 }),
      fc.constantFrom(
        '1e3',
        '-0',
        '0.005',
        '5.',
        '05',
        '',
        ' 1',
        '1,000',
        '10000000000.01',
        '-10000000000.00',
        'NaN',
        '1000000.01',
      ),
      fc.double(),
      fc.integer(),
      fc.constantFrom(
        -0,
        0.005,
        1e-7,
        2 ** 53,
        1e21,
        10000000000,
        1000000,
        1000000.01,
        2024,
        2025,
        1899,
        1.5,
      ),
      fc.array(fc.anything(), { maxLength: 2 }),
      fc.object({ maxDepth: 1 }),
    );
    const paths = [
      ['id'],
      ['members'],
      ['head'],
      ['head', 'name'],
      ['houses'],
      ['houses', 0],
      ['houses', 0, 'areaM2'],
      ['houses', 0, 'yearBuilt'],
      ['houses', 0, 'structure'],
      ['land'],
      ['land', 'forestMu'],
      ['livestock'],
      ['livestock', 'pig'],
      ['livestock', 'duck'],
      ['machines', 0, 'price'],
      ['machines', 0, 'year'],
      ['vehicles'],
      ['deposits'],
      ['collectiveShares'],
      ['debts', 'other'],
      ['income'],
      ['income', 'net'],
      ['income', 'operating'],
      ['civility', 'honesty'],
      ['civility'],
      ['creditRecord'],
      ['vetoes'],
      ['vetoes', 0],
      ['meta'],
      ['extra'],
    ] as const;
    fc.assert(
      fc.property(household(), fc.constantFrom(...paths), mutate, (record, path, value) => {
        const copy = structuredClone(record) as Record<string, unknown>;
        let target: Record<string | number, unknown> = copy;
        const keys: readonly (string | number)[] = path;
        keys.slice(0, -1).forEach((key, i) => {
          if (typeof target[key] !== 'object' || target[key] === null)
            target[key] = typeof keys[i + 1] === 'number' ? [] : {};
          target = target[key] as Record<string | number, unknown>;
        });
        const last = path[path.length - 1] as string | number;
        if (value === undefined) delete target[last];
        else target[last] = value;
        expect(JSON.stringify(compiled.evaluateHousehold(copy, EVAL_YEAR))).toBe(
          JSON.stringify(reference(defaultModel(), copy)),
        );
      }),
      { numRuns: runs(2000) },
    );
    expect(compiled.counts().readerMisses).toBe(0);
    expect(compiled.counts().fast).toBeGreaterThan(0);
    expect(compiled.counts().reference).toBeGreaterThan(0);
  });

  const h1 = () =>
    (readVector('golden.json') as { villages: { households: Record<string, unknown>[] }[] })
      .villages[0]?.households[0];

  it('uses_BigInt_for_coefficients_too_fine_for_doubles_and_still_agrees', () => {
    const doc = countyDocument() as {
      assets: { livestock: { species: { price: string }[] } };
      id: string;
    };
    doc.id = 'fine-prices';
    doc.assets.livestock.species.forEach((s, i) => {
      s.price = `99999999.99999${i}`;
    });
    const model = parseModel(doc);
    const compiled = compileModel(model);
    expect(compiled.wide).toContain('livestock prices');
    const record = { ...h1(), livestock: { pig: 3, cattle: 2, sheep: 7 } };
    expect(JSON.stringify(compiled.evaluateHousehold(record, EVAL_YEAR))).toBe(
      JSON.stringify(reference(model, record)),
    );
    expect(compiled.counts()).toMatchObject({ fast: 1, outOfRange: 0 });
  });

  it('falls_back_to_the_reference_when_gross_assets_pass_2_53_fen_and_still_agrees', () => {
    const doc = countyDocument() as {
      assets: { houses: { structures: { unitCost: string }[] } };
      id: string;
    };
    doc.id = 'palaces';
    for (const s of doc.assets.houses.structures) s.unitCost = '1000000000000';
    const model = parseModel(doc);
    const compiled = compileModel(model);
    const record = {
      ...h1(),
      houses: [{ structure: 'brickConcrete', areaM2: '1000000', yearBuilt: 2020 }],
    };
    const result = compiled.evaluateHousehold(record, EVAL_YEAR);
    expect(JSON.stringify(result)).toBe(JSON.stringify(reference(model, record)));
    expect(result.ok && result.value.assets.gross.length).toBeGreaterThan(16);
    expect(compiled.counts()).toMatchObject({ fast: 0, outOfRange: 1 });
  });
});

describe('the vector suite on both paths', () => {
  for (const name of [...VALID_VECTORS, 'invalid'] as const) {
    it(`${name}.json gives byte-identical results on the compiled and the reference path`, () => {
      const doc = readVector(`${name}.json`);
      expect(JSON.stringify(evaluateBatch(doc))).toBe(
        JSON.stringify(evaluateBatch(doc, { reference: true })),
      );
    });
  }
});
