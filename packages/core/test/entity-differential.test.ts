import {
  compileModel,
  defaultModel,
  defaultModelDocument,
  evaluateBatch,
  type Model,
  parseModel,
} from '@credit-village/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateEntityRecord } from '../src/evaluate/entity/evaluate-entity.js';
import { resolveModel } from '../src/model/resolve.js';
import { parseEntityReference } from '../src/schema/entity.js';
import { countyDocument, EVAL_YEAR, modelDocument } from './arbitraries.js';
import { edgeEntity, entityModelDocument, entityRecord } from './entity-arbitraries.js';
import { readVector } from './vectors.js';

/** The reference result of one entity record: zod validation, then decimal.js evaluation. */
function reference(model: Model, record: unknown, evalYear = EVAL_YEAR) {
  const resolved = resolveModel(model);
  const entity = resolved.entity;
  if (entity === undefined) throw new Error('the model has no entity scorecard');
  const parsed = parseEntityReference(record, resolved, evalYear);
  return parsed.ok
    ? { ok: true as const, value: evaluateEntityRecord(parsed.value, resolved, entity, evalYear) }
    : parsed;
}

describe('the compiled entity path equals the reference', () => {
  it('compiled_equals_reference_on_the_default_model_and_the_fast_path_ran_for_entities', () => {
    const compiled = compileModel(defaultModel());
    let evaluated = 0;
    fc.assert(
      fc.property(entityRecord(), (record) => {
        expect(JSON.stringify(compiled.evaluateEntity(record, EVAL_YEAR))).toBe(
          JSON.stringify(reference(defaultModel(), record)),
        );
        evaluated++;
      }),
      { numRuns: 1000 },
    );
    // Every generated entity is valid: all of them took the fast path.
    expect(compiled.entityCounts()).toEqual({
      fast: evaluated,
      outOfRange: 0,
      reference: 0,
      readerMisses: 0,
    });
  });

  it('compiled_equals_reference_over_random_models_and_entities_on_bin_edges', () => {
    let fast = 0;
    let total = 0;
    const models = entityModelDocument(
      fc.oneof(fc.constant(countyDocument()), modelDocument(countyDocument())),
    );
    fc.assert(
      fc.property(
        models.chain((doc) =>
          fc.tuple(
            fc.constant(doc),
            fc.array(
              fc.oneof(
                edgeEntity(doc),
                entityRecord([
                  ...(doc.grades as { code: string }[]).map((g) => g.code),
                  (doc.vetoes as { grade: string }).grade,
                ]),
              ),
              { minLength: 1, maxLength: 12 },
            ),
          ),
        ),
        ([doc, records]) => {
          const model = parseModel(doc);
          const compiled = compileModel(model);
          for (const record of records)
            expect(JSON.stringify(compiled.evaluateEntity(record, EVAL_YEAR))).toBe(
              JSON.stringify(reference(model, record)),
            );
          const counts = compiled.entityCounts();
          expect(counts.readerMisses).toBe(0);
          fast += counts.fast;
          total += records.length;
        },
      ),
      { numRuns: 300 },
    );
    // Every generated entity is valid under its model: the fast path carried all of them.
    expect(fast).toBe(total);
  });

  it('the_fast_entity_reader_accepts_exactly_what_the_reference_schema_accepts', () => {
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
        '1000000.01',
        '0',
        'grain',
        'farm',
        'E1',
        'V1',
        'AAA',
        'NR',
        'overdue',
        'county',
      ),
      fc.double(),
      fc.integer(),
      fc.constantFrom(-0, 0.005, 2 ** 53, 1e21, 100, 101, 2.5, 100000, 100001, 2024, 2025, 1899),
      fc.boolean(),
      fc.array(fc.anything(), { maxLength: 2 }),
      fc.object({ maxDepth: 1 }),
    );
    const paths = [
      ['id'],
      ['name'],
      ['type'],
      ['township'],
      ['village'],
      ['principal'],
      ['principal', 'name'],
      ['principal', 'other'],
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
      ['vetoes', 0],
      ['meta'],
      ['extra'],
    ] as const;
    fc.assert(
      fc.property(entityRecord(), fc.constantFrom(...paths), mutate, (record, path, value) => {
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
        expect(JSON.stringify(compiled.evaluateEntity(copy, EVAL_YEAR))).toBe(
          JSON.stringify(reference(defaultModel(), copy)),
        );
      }),
      { numRuns: 3000 },
    );
    const counts = compiled.entityCounts();
    expect(counts.readerMisses).toBe(0);
    expect(counts.fast).toBeGreaterThan(0);
    expect(counts.reference).toBeGreaterThan(0);
  });

  it('a known field set to undefined is absent on both paths, an unknown one an error on both', () => {
    const compiled = compileModel(defaultModel());
    const ff1 = (readVector('entities.json') as { entities: Record<string, unknown>[] })
      .entities[0] as Record<string, unknown>;
    for (const record of [
      { ...ff1, insured: undefined },
      { ...ff1, extra: undefined },
    ]) {
      expect(JSON.stringify(compiled.evaluateEntity(record, EVAL_YEAR))).toBe(
        JSON.stringify(reference(defaultModel(), record)),
      );
    }
    expect(compiled.entityCounts()).toMatchObject({ fast: 1, readerMisses: 0 });
  });

  it('uses_BigInt_for_entity_limit_coefficients_too_fine_for_doubles_and_still_agrees', () => {
    const doc = defaultModelDocument() as {
      id: string;
      examples?: unknown;
      entity: {
        limit: {
          coefficients: { assets: string; surplus: string };
          byGrade: { base: string; caps: { cap: string }[] }[];
        };
      };
    };
    doc.id = 'fine-coefficients';
    delete doc.examples;
    doc.entity.limit.coefficients = { assets: '0.123457', surplus: '0.654321' };
    for (const row of doc.entity.limit.byGrade) {
      row.base = '999999999999.999999';
      for (const cap of row.caps) cap.cap = '1000000000000';
    }
    const model = parseModel(doc);
    const compiled = compileModel(model);
    expect(compiled.wide.some((w) => w.startsWith('entity limit of grade'))).toBe(true);
    fc.assert(
      fc.property(entityRecord(), (record) => {
        expect(JSON.stringify(compiled.evaluateEntity(record, EVAL_YEAR))).toBe(
          JSON.stringify(reference(model, record)),
        );
      }),
      { numRuns: 200 },
    );
    expect(compiled.entityCounts()).toMatchObject({ reference: 0, readerMisses: 0 });
  });
});

describe('the entity vectors on both paths', () => {
  for (const name of ['entities', 'townships', 'invalid-v2'] as const) {
    it(`${name}.json gives byte-identical results on the compiled and the reference path`, () => {
      const doc = readVector(`${name}.json`);
      expect(JSON.stringify(evaluateBatch(doc))).toBe(
        JSON.stringify(evaluateBatch(doc, { reference: true })),
      );
    });
  }
});
