import { defaultModel, evaluateBatch } from '@credit-village/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchToWorkbook, readWorkbook } from '../src/index.js';
import { householdOf } from './helpers/held-part.js';

type Json = Record<string, unknown>;

const doc = defaultModel().document;
const DIMENSIONS = doc.score.civility.dimensions.map((d) => d.code);
const LEVELS = doc.score.civility.levels.map((l) => l.code);
const VETOES = doc.vetoes.codes.map((v) => v.code);

/** The household around a review: valid, so the review decides what its result is. */
const base = (id: string): Json => ({
  id,
  houses: [{ structure: 'brickConcrete', areaM2: '120.5', yearBuilt: 2010 }],
  deposits: '30000',
  income: { net: '60000', operating: '20000' },
  creditRecord: 'none',
});

const reviewerId = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
  fc.constantFrom('村支书', '五老-张', 'rep-01', 'xiangxian-02'),
);
const civility = fc.record(
  Object.fromEntries(DIMENSIONS.map((d) => [d, fc.constantFrom(...LEVELS)])),
);
const mark = fc.record(
  {
    reviewer: reviewerId,
    civility,
    vetoes: fc.array(fc.constantFrom(...VETOES), { maxLength: 3 }),
  },
  { requiredKeys: ['reviewer', 'civility'] },
);
/** A review a panel could hand in: sizes and counts past the bounds and the quorum included. */
const review = fc.integer({ min: 1, max: 40 }).chain((panelSize) =>
  fc.record({
    panelSize: fc.constant(panelSize),
    marks: fc.array(mark, { minLength: 1, maxLength: 12 }),
  }),
);

/** Values a review's fields may hold in a file made by anything: wrong types, padding, words. */
const junk = fc.oneof(
  fc.constantFrom(
    '',
    '  ',
    ' good',
    'GOOD',
    '好',
    '7',
    ' 7',
    '7.0',
    'V1 ',
    '失信被执行人',
    'TRUE',
    '1e1',
  ),
  fc.integer({ min: -5, max: 120 }),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.constantFrom('V1', 'V2', '', ' V3', 'x'), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('a', 'reviewer', 'good'), fc.constantFrom(1, 'x')),
);

/** A review with any of its fields (or itself) replaced by junk, and unknown keys added. */
const messyReview = fc.oneof(
  junk,
  fc
    .tuple(
      review,
      fc.array(
        fc.tuple(
          fc.constantFrom('panelSize', 'marks', 'reviewer', 'civility', 'vetoes', 'level', 'extra'),
          fc.nat(),
          junk,
        ),
        { minLength: 1, maxLength: 4 },
      ),
    )
    .map(([r, changes]) => {
      const out = structuredClone(r) as Json & { marks: Json[] };
      for (const [field, n, value] of changes) {
        if (field === 'panelSize' || field === 'marks') {
          (out as Json)[field] = value;
          continue;
        }
        // Once `marks` is junk, there is no mark left to change.
        const m = Array.isArray(out.marks) ? out.marks[n % out.marks.length] : undefined;
        if (typeof m !== 'object' || m === null || Array.isArray(m)) continue;
        const entry = m as Json & { civility: Json };
        if (field === 'level') {
          if (typeof entry.civility === 'object' && entry.civility !== null)
            entry.civility[DIMENSIONS[n % DIMENSIONS.length] as string] = value;
        } else if (field === 'extra') entry.comment = value;
        else (entry as Json)[field] = value;
      }
      return out;
    }),
);

function batch(reviews: readonly unknown[]): Json {
  return {
    evalYear: 2024,
    villages: [
      {
        id: 'v1',
        householdsTotal: reviews.length,
        partyOrganisation: 'good',
        households: reviews.map((r, i) => ({ ...base(`H${i + 1}`), review: r })),
      },
    ],
  };
}

/** Every record's result or error as the JSON the result document writes, by household index. */
function records(document: unknown): string[] {
  const [village] = evaluateBatch(document).villages;
  const out: string[] = [];
  const households = village?.households ?? [];
  let scored = 0;
  const errors = new Map((village?.errors ?? []).map((e) => [e.index, e]));
  const count = households.length + errors.size;
  for (let i = 0; i < count; i++) {
    const error = errors.get(i);
    out.push(JSON.stringify(error ?? households[scored++]));
  }
  return out;
}

/** A review as it reads back: a mark's `vetoes: []` is absent, as FORMATS treats it. */
function asReadBack(r: { panelSize: number; marks: Json[] }): unknown {
  return {
    panelSize: r.panelSize,
    marks: r.marks.map(({ vetoes, ...m }) =>
      Array.isArray(vetoes) && vetoes.length === 0 ? m : { ...m, vetoes },
    ),
  };
}

describe('reviews through the workbook, for any panel', () => {
  it('a review a panel hands in comes back as it was, and evaluates to the same bytes', () => {
    fc.assert(
      fc.property(fc.array(review, { minLength: 1, maxLength: 6 }), (reviews) => {
        const document = batch(reviews);
        const written = batchToWorkbook(document);
        expect(written.lost).toEqual([]);
        const read = readWorkbook(written.bytes);
        expect(read.issues).toEqual([]);
        const back = (read.document.villages[0] as { households: Json[] }).households;
        expect(back.map((h) => JSON.stringify(h.review))).toEqual(
          reviews.map((r) => JSON.stringify(asReadBack(r))),
        );
        expect(JSON.stringify(evaluateBatch(read.document))).toBe(
          JSON.stringify(evaluateBatch(document)),
        );
      }),
      { numRuns: 60 },
    );
  });

  it('nothing changes unnamed: a household the workbook does not name in `lost` has the same result', () => {
    fc.assert(
      fc.property(fc.array(messyReview, { minLength: 1, maxLength: 4 }), (reviews) => {
        const document = batch(reviews);
        const written = batchToWorkbook(document);
        const named = new Set(written.lost.map((item) => householdOf(item.path)?.[1]));
        const read = readWorkbook(written.bytes);
        // A cell the importer refuses (a number of more than 15 digits as an id) was named.
        if (!read.ok) {
          expect(named.size).toBeGreaterThan(0);
          return;
        }
        const before = records(document);
        const after = records(read.document);
        expect(after).toHaveLength(before.length);
        for (const [h, result] of before.entries())
          if (!named.has(h)) expect(after[h]).toBe(result);
      }),
      { numRuns: 150 },
    );
  });
});
