import { compileModel, defaultModel, type Model, parseModel } from '@credit-village/core';
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
  type Quorum,
  quorumNeeded,
  reviewedHousehold,
} from './arbitraries.js';
import {
  type BothPaths,
  bothPathsOnVectors,
  editAt,
  expectAllFast,
  expectBothPathsRan,
  expectReaderAgreement,
  expectSameBytes,
  fastShareOverModels,
  fieldValues,
} from './differential.js';
import { readVector, VALID_VECTORS } from './vectors.js';

/** The reference result of one record: zod validation, then decimal.js evaluation. */
function reference(model: Model, record: unknown, evalYear = EVAL_YEAR, includePersonal = false) {
  const resolved = resolveModel(model);
  const parsed = parseHouseholdReference(record, resolved, evalYear);
  return parsed.ok
    ? {
        ok: true as const,
        value: evaluateRecord(parsed.value, resolved, evalYear, { includePersonal }),
      }
    : parsed;
}

/** Both household paths under a model: compiled, and the reference. */
function householdPaths(model: Model, includePersonal: boolean): BothPaths {
  const compiled = compileModel(model, { includePersonal });
  return {
    compiled: (record) => compiled.evaluateHousehold(record, EVAL_YEAR),
    reference: (record) => reference(model, record, EVAL_YEAR, includePersonal),
    counts: () => compiled.counts(),
  };
}

const base = countyDocument();

describe('compiled path equals the reference', () => {
  it('compiled_equals_reference_on_the_default_model_and_the_fast_path_ran', () => {
    const compiled = compileModel(defaultModel());
    let evaluated = 0;
    fc.assert(
      fc.property(household(), (record) => {
        const fast = compiled.evaluateHousehold(record, EVAL_YEAR);
        expectSameBytes(fast, reference(defaultModel(), record));
        evaluated++;
      }),
      { numRuns: runs(500) },
    );
    // Every generated household is valid and in range: all of them took the fast path.
    expectAllFast(compiled.counts(), evaluated);
  });

  it('compiled_equals_reference_over_random_models_and_bin_edge_households', () => {
    const share = fastShareOverModels({
      cases: modelDocument(base).chain((doc) =>
        fc.tuple(
          fc.constant(doc),
          fc.array(fc.oneof(household(), edgeHousehold(doc)), { minLength: 1, maxLength: 12 }),
        ),
      ),
      under: (model) => householdPaths(model, false),
      numRuns: runs(300),
    });
    // Random models are usually compiled whole; the fast path must carry most households.
    expect(share).toBeGreaterThan(0.8);
  });

  it('the_fast_reader_accepts_exactly_what_the_reference_schema_accepts', () => {
    const compiled = compileModel(defaultModel());
    const values = fieldValues(
      ['NaN'],
      [-0, 0.005, 1e-7, 2 ** 53, 1e21, 10000000000, 1000000, 1000000.01, 2024, 2025, 1899, 1.5],
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
    expectReaderAgreement({
      records: household(),
      paths,
      values,
      compiled: (record) => compiled.evaluateHousehold(record, EVAL_YEAR),
      reference: (record) => reference(defaultModel(), record),
      numRuns: runs(2000),
    });
    expectBothPathsRan(compiled.counts());
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
    expectSameBytes(compiled.evaluateHousehold(record, EVAL_YEAR), reference(model, record));
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
    expectSameBytes(result, reference(model, record));
    expect(result.ok && result.value.assets.gross.length).toBeGreaterThan(16);
    expect(compiled.counts()).toMatchObject({ fast: 0, outOfRange: 1 });
  });
});

const TWO_THIRDS: Quorum = { numerator: 2, denominator: 3 };

/** One of the special edits of a reviewed household: reviewers repeated, entries cut. */
function specialEdit(record: unknown, change: string): Record<string, unknown> {
  const copy = structuredClone(record) as Record<string, unknown>;
  const review = copy.review as { panelSize: number; marks: Record<string, unknown>[] };
  const first = review.marks[0] as Record<string, unknown>;
  if (change === 'repeat reviewer' && review.marks[1] !== undefined)
    review.marks[1].reviewer = first.reviewer;
  else if (change === 'repeat reviewer NFKC' && review.marks[1] !== undefined) {
    first.reviewer = 'Ｒ7';
    review.marks[1].reviewer = 'R7';
  } else if (change === 'one entry') review.marks = [first];
  else if (change === 'one short of the quorum')
    review.marks = review.marks.slice(
      0,
      Math.max(1, quorumNeeded(review.panelSize, TWO_THIRDS) - 1),
    );
  else if (change === 'panel one smaller than present') review.panelSize = review.marks.length - 1;
  else copy.civility = first.civility;
  return copy;
}

describe('compiled path equals the reference on reviewed households', () => {
  it('compiled_equals_reference_on_reviewed_households_and_the_fast_path_ran', () => {
    for (const includePersonal of [false, true]) {
      const compiled = compileModel(defaultModel(), { includePersonal });
      let evaluated = 0;
      let withReviewVetoes = 0;
      fc.assert(
        fc.property(reviewedHousehold(), (record) => {
          const fast = compiled.evaluateHousehold(record, EVAL_YEAR);
          expectSameBytes(fast, reference(defaultModel(), record, EVAL_YEAR, includePersonal));
          // Every generated review is valid: a result with its review block.
          expect(fast.ok && fast.value.review !== undefined).toBe(true);
          if (fast.ok && (fast.value.review?.vetoes.length ?? 0) > 0) withReviewVetoes++;
          evaluated++;
        }),
        { numRuns: 400 },
      );
      // Every one of them was read, derived and evaluated on the fast path.
      expectAllFast(compiled.counts(), evaluated);
      expect(withReviewVetoes).toBeGreaterThan(0);
    }
  });

  it('compiled_equals_reference_on_reviewed_households_over_random_review_parameters', () => {
    const share = fastShareOverModels({
      cases: modelDocument(base).chain((doc) =>
        fc.tuple(
          fc.constant(doc),
          fc.array(
            fc.oneof(reviewedHousehold((doc.review as { quorum: Quorum }).quorum), household()),
            { minLength: 1, maxLength: 8 },
          ),
        ),
      ),
      under: (model) => householdPaths(model, true),
      numRuns: 200,
    });
    expect(share).toBeGreaterThan(0.8);
  });

  it('the_fast_review_reader_accepts_exactly_what_the_reference_accepts', () => {
    const compiled = compileModel(defaultModel());
    const value = fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.string({ maxLength: 4 }),
      fc.constantFrom('good', 'fair', 'poor', 'V4', 'V9', '', ' r', 'r\u200b', 'Ｒ1', 'r1'),
      fc.constantFrom(0, 1, 2, 3, 4, 7, 98, 99, 100, 3.5, -0, '7', 2 ** 53),
      fc.array(fc.constantFrom('V1', 'V4', 'V4', 'X'), { maxLength: 3 }),
      fc.array(fc.anything(), { maxLength: 2 }),
      fc.object({ maxDepth: 1 }),
      // The civility of an entry, whole or short of a dimension.
      fc.constantFrom(
        Object.fromEntries(
          defaultModel().document.score.civility.dimensions.map((d) => [d.code, 'fair']),
        ),
        { honesty: 'good' },
      ),
    );
    // Special edits: an entry's reviewer id repeated (also in another Unicode form), entries cut.
    const special = fc.constantFrom(
      'repeat reviewer',
      'repeat reviewer NFKC',
      'one entry',
      'one short of the quorum',
      'panel one smaller than present',
      'civility too',
    );
    const paths = [
      ['review'],
      ['review', 'panelSize'],
      ['review', 'marks'],
      ['review', 'marks', 0],
      ['review', 'marks', 0, 'reviewer'],
      ['review', 'marks', 1, 'reviewer'],
      ['review', 'marks', 0, 'civility'],
      ['review', 'marks', 0, 'civility', 'honesty'],
      ['review', 'marks', 1, 'civility', 'lawAbiding'],
      ['review', 'marks', 0, 'vetoes'],
      ['review', 'marks', 0, 'vetoes', 0],
      ['review', 'marks', 0, 'comment'],
      ['review', 'date'],
      ['vetoes'],
      ['civility'],
    ] as const;
    const edit = fc.oneof(
      fc.tuple(fc.constantFrom(...paths), value),
      fc.tuple(fc.constant(null), special),
    );
    fc.assert(
      fc.property(reviewedHousehold(), edit, (record, [path, change]) => {
        const edited =
          path === null ? specialEdit(record, change as string) : editAt(record, path, change);
        expectSameBytes(
          compiled.evaluateHousehold(edited, EVAL_YEAR),
          reference(defaultModel(), edited),
        );
      }),
      { numRuns: 2000 },
    );
    expectBothPathsRan(compiled.counts());
  });
});

describe('the vector suite on both paths', () => {
  bothPathsOnVectors([...VALID_VECTORS, 'invalid', 'review']);
});
