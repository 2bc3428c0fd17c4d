import {
  compileModel,
  defaultModel,
  defaultModelDocument,
  type Model,
  parseModel,
} from '@credit-village/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateEntityRecord } from '../src/evaluate/entity/evaluate-entity.js';
import { resolveModel } from '../src/model/resolve.js';
import { parseEntityReference } from '../src/schema/entity.js';
import { countyDocument, EVAL_YEAR, modelDocument } from './arbitraries.js';
import {
  bothPathsOnVectors,
  expectAllFast,
  expectBothPathsRan,
  expectReaderAgreement,
  expectSameBytes,
  fastShareOverModels,
  fieldValues,
} from './differential.js';
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
        expectSameBytes(
          compiled.evaluateEntity(record, EVAL_YEAR),
          reference(defaultModel(), record),
        );
        evaluated++;
      }),
      { numRuns: 1000 },
    );
    // Every generated entity is valid: all of them took the fast path.
    expectAllFast(compiled.entityCounts(), evaluated);
  });

  it('compiled_equals_reference_over_random_models_and_entities_on_bin_edges', () => {
    const models = entityModelDocument(
      fc.oneof(fc.constant(countyDocument()), modelDocument(countyDocument())),
    );
    const share = fastShareOverModels({
      cases: models.chain((doc) =>
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
      under: (model) => {
        const compiled = compileModel(model);
        return {
          compiled: (record) => compiled.evaluateEntity(record, EVAL_YEAR),
          reference: (record) => reference(model, record),
          counts: () => compiled.entityCounts(),
        };
      },
      numRuns: 300,
    });
    // Every generated entity is valid under its model: the fast path carried all of them.
    expect(share).toBe(1);
  });

  it('the_fast_entity_reader_accepts_exactly_what_the_reference_schema_accepts', () => {
    const compiled = compileModel(defaultModel());
    const values = fieldValues(
      ['0', 'grain', 'farm', 'E1', 'V1', 'AAA', 'NR', 'overdue', 'county'],
      [-0, 0.005, 2 ** 53, 1e21, 100, 101, 2.5, 100000, 100001, 2024, 2025, 1899],
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
    expectReaderAgreement({
      records: entityRecord(),
      paths,
      values,
      compiled: (record) => compiled.evaluateEntity(record, EVAL_YEAR),
      reference: (record) => reference(defaultModel(), record),
      numRuns: 3000,
    });
    expectBothPathsRan(compiled.entityCounts());
  });

  it('a known field set to undefined is absent on both paths, an unknown one an error on both', () => {
    const compiled = compileModel(defaultModel());
    const ff1 = (readVector('entities.json') as { entities: Record<string, unknown>[] })
      .entities[0] as Record<string, unknown>;
    for (const record of [
      { ...ff1, insured: undefined },
      { ...ff1, extra: undefined },
    ])
      expectSameBytes(
        compiled.evaluateEntity(record, EVAL_YEAR),
        reference(defaultModel(), record),
      );
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
        expectSameBytes(compiled.evaluateEntity(record, EVAL_YEAR), reference(model, record));
      }),
      { numRuns: 200 },
    );
    expect(compiled.entityCounts()).toMatchObject({ reference: 0, readerMisses: 0 });
  });
});

describe('the entity vectors on both paths', () => {
  bothPathsOnVectors(['entities', 'townships', 'invalid-v2']);
});
