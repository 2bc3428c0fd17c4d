import {
  checkHousehold,
  defaultModel,
  evaluateBatch,
  evaluateHousehold,
  explainHousehold,
  type HouseholdResult,
  nextGradeOptions,
  parseModel,
  safeParseModel,
} from '@credit-village/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchResultSchema } from '../src/schema/result.js';
import { countyDocument, EVAL_YEAR, household, reviewedHousehold } from './arbitraries.js';
import { projectHousehold, readVector } from './vectors.js';

/** review.expected.json (test/vectors/README.md, "Democratic review and objections"). */
interface ExpectedReview {
  reviewHouseholds: number;
  exitStatus: number;
  villages: {
    id: string;
    score: number | null;
    rating: string | null;
    gatesFailed: string[] | null;
    items: Record<string, number> | null;
    households: (ReturnType<typeof projectHousehold> & { review?: unknown })[];
    errors?: { index: number; id: string; paths: (string | number)[][] }[];
  }[];
}

interface Batch {
  evalYear: number;
  villages: { id: string; households: Record<string, unknown>[] }[];
}

const options = { evalYear: EVAL_YEAR };
const batch = () => readVector('review.json') as Batch;
const worked = (id: string) =>
  batch().villages[0]?.households.find((h) => h.id === id) as Record<string, unknown>;

/** The household projection of the expected file: the listed fields, and `review` when present. */
function project(h: HouseholdResult) {
  const { panelSize, present, civility, vetoes } = h.review ?? {};
  return {
    ...projectHousehold(h),
    ...(h.review === undefined ? {} : { review: { panelSize, present, civility, vetoes } }),
  };
}

for (const [path, extra] of [
  ['compiled path (the default)', {}],
  ['reference path', { reference: true }],
] as const) {
  describe(`review.json, ${path}`, () => {
    it('matches review.expected.json on every listed field', () => {
      const result = evaluateBatch(batch(), extra);
      const expected = readVector('review.expected.json') as ExpectedReview;
      expect(batchResultSchema.safeParse(result).success).toBe(true);
      expect(result.villages.map((v) => v.id)).toEqual(expected.villages.map((v) => v.id));
      expected.villages.forEach((ev, i) => {
        const village = result.villages[i];
        if (village === undefined) throw new Error(`village ${ev.id} missing`);
        const items =
          village.items === null
            ? null
            : Object.fromEntries(village.items.map((item) => [item.id, item.points]));
        expect(
          {
            id: village.id,
            score: village.score,
            rating: village.rating,
            gatesFailed: village.gatesFailed,
            items,
          },
          `village ${ev.id}`,
        ).toEqual({
          id: ev.id,
          score: ev.score,
          rating: ev.rating,
          gatesFailed: ev.gatesFailed,
          items: ev.items,
        });
        expect(village.households.map(project), `village ${ev.id}`).toEqual(ev.households);
        const errors = ev.errors ?? [];
        expect(village.errors.map((e) => e.index)).toEqual(errors.map((e) => e.index));
        for (const error of errors) {
          const got = village.errors.find((e) => e.index === error.index);
          expect(got?.id, `record ${error.index}`).toBe(error.id);
          const paths = (got?.issues ?? []).map((issue) => JSON.stringify(issue.path));
          for (const want of error.paths)
            expect(paths, `record ${error.index} (${error.id})`).toContain(JSON.stringify(want));
        }
      });
    });

    it('gives every scored review household its review block, and loses no record', () => {
      const doc = batch();
      const result = evaluateBatch(doc, extra);
      const expected = readVector('review.expected.json') as ExpectedReview;
      const sent = doc.villages.flatMap((v) => v.households);
      expect(sent.filter((h) => h.review !== undefined)).toHaveLength(expected.reviewHouseholds);
      result.villages.forEach((village, i) => {
        const records = doc.villages[i]?.households ?? [];
        expect(village.households.length + village.errors.length).toBe(records.length);
        for (const h of village.households) {
          const record = records.find((r) => r.id === h.id);
          expect(h.review !== undefined, h.id).toBe(record?.review !== undefined);
          // The reviewers' entries are personal: not copied unless asked for.
          expect(h.review?.marks).toBeUndefined();
        }
      });
    });
  });
}

describe('the worked examples R1–R3 (docs/model.md §13)', () => {
  it('R1: honesty good, publicSpirit fair, V4 vetoed by 3 of 5 → NR', () => {
    const h = evaluateHousehold(worked('R1'), options);
    expect(h.review).toEqual({
      panelSize: 7,
      present: 5,
      civility: expect.objectContaining({ honesty: 'good', publicSpirit: 'fair' }),
      vetoes: ['V4'],
    });
    expect(h).toMatchObject({ score: 87, grade: 'NR', vetoes: ['V4'], limit: '0.00' });
  });

  it('R2: lawAbiding good, good, fair, fair → fair (ties downward); V3 by 2 of 4 is no veto', () => {
    const h = evaluateHousehold(worked('R2'), options);
    expect(h.review?.civility.lawAbiding).toBe('fair');
    expect(h.review?.vetoes).toEqual([]);
    expect(h).toMatchObject({ grade: 'AA', vetoes: [], limit: '108000.00' });
  });

  it('R3: 5 of a panel of 9 (15 < 18) is no quorum, an error at ["review"]', () => {
    const checked = checkHousehold(worked('R3'), options);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.issues.map((i) => [i.path, i.code])).toEqual([[['review'], 'no_quorum']]);
    expect(checked.issues[0]?.params).toEqual({ count: 5, min: 6, max: 9 });
  });

  it('the receipt shows every mark, the one the median took, and which proposals vetoed', () => {
    const receipt = explainHousehold(worked('R1'), options);
    expect(receipt.review).toMatchObject({
      panelSize: 7,
      present: 5,
      quorum: { numerator: 2, denominator: 3, needed: 5 },
      evenCount: 'lower',
      position: 2,
      vetoMajority: { numerator: 1, denominator: 2 },
      proposals: [{ code: 'V4', count: 3, vetoed: true }],
      vetoes: ['V4'],
    });
    const honesty = receipt.review?.dimensions.find((d) => d.dimension === 'honesty');
    expect(honesty).toEqual({
      dimension: 'honesty',
      marks: ['good', 'good', 'fair', 'poor', 'good'],
      sorted: ['poor', 'fair', 'good', 'good', 'good'],
      mark: 'good',
    });
    // The civility component scores on the derived marks.
    const civility = receipt.components.find((c) => c.id === 'civility');
    expect(civility?.levels?.honesty).toEqual({ level: 'good', points: 5 });
    expect(civility?.levels?.filialPiety).toEqual({ level: 'poor', points: 0 });
    const r2 = explainHousehold(worked('R2'), options).review;
    expect(r2?.proposals).toEqual([{ code: 'V3', count: 2, vetoed: false }]);
    expect(r2?.dimensions.find((d) => d.dimension === 'lawAbiding')?.sorted).toEqual([
      'fair',
      'fair',
      'good',
      'good',
    ]);
  });

  it('advice works on the review outcome: R1 clears the vetoed V4, R2 keeps its derived marks', () => {
    const r1 = nextGradeOptions(worked('R1'), options);
    expect(r1.options[0]?.change).toEqual({ kind: 'clearVetoes', codes: ['V4'] });
    expect(r1.options[0]?.grade).toBe('AA');
    const r2 = nextGradeOptions(worked('R2'), options);
    expect(r2.current).toMatchObject({ grade: 'AA', score: 85 });
    expect(r2.options.length).toBeGreaterThan(0);
    const derived = evaluateHousehold(worked('R2'), options).review?.civility;
    for (const option of r2.options) {
      expect(option.record.review).toBeUndefined();
      expect(option.record.civility).toEqual(derived);
      expect(option.grade).toBe('AAA');
    }
  });

  it('copies the reviewers entries only when personal data is asked for', () => {
    const record = worked('R1');
    for (const reference of [false, true]) {
      const h = evaluateHousehold(record, { ...options, includePersonal: true, reference });
      const marks = h.review?.marks ?? [];
      expect(marks.map((m) => m.reviewer)).toEqual([
        'party-secretary',
        'rep-wang',
        'rep-li',
        'wulao-zhang',
        'xiangxian-chen',
      ]);
      expect(marks[0]?.vetoes).toEqual(['V4']);
      expect(marks[4]?.vetoes).toBeUndefined();
    }
  });
});

describe('review laws', () => {
  const sortedMarks = (marks: string[]) => {
    const scale = ['poor', 'fair', 'good'];
    return [...marks].sort((a, b) => scale.indexOf(a) - scale.indexOf(b));
  };

  it('each derived mark is the lower middle of the sorted marks, and order of reviewers does not matter', () => {
    fc.assert(
      fc.property(reviewedHousehold(), fc.integer(), (record, seed) => {
        const review = record.review as {
          panelSize: number;
          marks: { reviewer: string; civility: Record<string, string> }[];
        };
        const h = evaluateHousehold(record, options);
        const n = review.marks.length;
        for (const [dimension, mark] of Object.entries(h.review?.civility ?? {})) {
          const sorted = sortedMarks(review.marks.map((m) => m.civility[dimension] as string));
          expect(mark).toBe(sorted[Math.floor((n - 1) / 2)]);
        }
        const shuffled = [...review.marks].sort(
          (a, b) => ((a.reviewer.length * seed) % 7) - ((b.reviewer.length * seed) % 7),
        );
        const again = evaluateHousehold(
          { ...record, review: { ...review, marks: shuffled } },
          options,
        );
        expect(again.review?.civility).toEqual(h.review?.civility);
        expect(again.review?.vetoes).toEqual(h.review?.vetoes);
        expect(again.score).toBe(h.score);
      }),
      { numRuns: 300 },
    );
  });

  it('a review scores as its outcome typed in as final marks, with every veto', () => {
    fc.assert(
      fc.property(reviewedHousehold(), (record) => {
        const h = evaluateHousehold(record, options);
        const { review: _review, ...rest } = record;
        const settled = evaluateHousehold(
          { ...rest, civility: h.review?.civility, vetoes: h.vetoes },
          options,
        );
        const { review: _block, ...figures } = h;
        expect(settled).toEqual(figures);
      }),
      { numRuns: 300 },
    );
  });

  it('a unanimous panel decides its own mark; the quorum is met exactly at n × 3 = P × 2', () => {
    fc.assert(
      fc.property(
        household(),
        fc.constantFrom('good', 'fair', 'poor'),
        fc.integer({ min: 1, max: 33 }),
        (base, level, k) => {
          const { civility: _c, ...rest } = base;
          const panelSize = 3 * k;
          const civility = Object.fromEntries(
            defaultModel().document.score.civility.dimensions.map((d) => [d.code, level]),
          );
          const entries = (n: number) =>
            Array.from({ length: n }, (_, i) => ({
              reviewer: `r${i}`,
              civility,
              vetoes: i < Math.floor(n / 2) ? ['V1'] : [],
            }));
          const atQuorum = { ...rest, review: { panelSize, marks: entries(2 * k) } };
          const h = evaluateHousehold(atQuorum, options);
          expect(Object.values(h.review?.civility ?? {}).every((m) => m === level)).toBe(true);
          // Exactly half proposed V1: no veto.
          expect(h.review?.vetoes).toEqual([]);
          const short = { ...rest, review: { panelSize, marks: entries(2 * k - 1) } };
          const checked = checkHousehold(short, options);
          expect(checked.ok || checked.issues.map((i) => i.code)).toEqual(['no_quorum']);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('a reviewer listing a code twice proposes it once', () => {
    const civility = Object.fromEntries(
      defaultModel().document.score.civility.dimensions.map((d) => [d.code, 'good']),
    );
    const { civility: _c, ...rest } = worked('R2');
    const marks = [
      { reviewer: 'a', civility, vetoes: ['V2', 'V2'] },
      { reviewer: 'b', civility },
      { reviewer: 'c', civility },
    ];
    const h = evaluateHousehold({ ...rest, review: { panelSize: 3, marks } }, options);
    expect(h.review?.vetoes).toEqual([]);
    const twice = [marks[0], { ...marks[1], vetoes: ['V2'] }, marks[2]];
    const vetoed = evaluateHousehold({ ...rest, review: { panelSize: 3, marks: twice } }, options);
    expect(vetoed.review?.vetoes).toEqual(['V2']);
    expect(vetoed.grade).toBe('NR');
  });
});

describe('review parameters in a model', () => {
  const reviewed = () => worked('R2');

  it('a model without review parameters does not know the field', () => {
    const doc = countyDocument();
    delete doc.review;
    const model = parseModel(doc);
    const checked = checkHousehold(reviewed(), { ...options, model });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    const codes = checked.issues.map((i) => [JSON.stringify(i.path), i.code]);
    expect(codes).toContainEqual(['["review"]', 'unknown_key']);
    expect(codes).toContainEqual(['["civility"]', 'required']);
  });

  it('evenCount "upper" takes the upper middle mark (R2 lawAbiding good)', () => {
    const doc = countyDocument() as { review: { aggregation: { evenCount: string } } };
    doc.review.aggregation.evenCount = 'upper';
    const h = evaluateHousehold(reviewed(), { ...options, model: parseModel(doc) });
    expect(h.review?.civility.lawAbiding).toBe('good');
  });

  it('a quorum of 3/4 turns R2 (4 of 6) away; a majority of 1/3 makes its V3 a veto', () => {
    const doc = countyDocument() as {
      review: {
        quorum: { numerator: number; denominator: number };
        vetoMajority: { numerator: number; denominator: number };
      };
    };
    doc.review.quorum = { numerator: 3, denominator: 4 };
    const strict = parseModel(doc);
    expect(checkHousehold(reviewed(), { ...options, model: strict }).ok).toBe(false);
    doc.review.quorum = { numerator: 2, denominator: 3 };
    doc.review.vetoMajority = { numerator: 1, denominator: 3 };
    const h = evaluateHousehold(reviewed(), { ...options, model: parseModel(doc) });
    expect(h.review?.vetoes).toEqual(['V3']);
  });

  it('rejects review parameters no panel can meet and scales that miss a level', () => {
    const doc = countyDocument() as {
      review: {
        quorum: { numerator: number; denominator: number };
        vetoMajority: { numerator: number; denominator: number };
        aggregation: { scale: string[] };
      };
    };
    doc.review.quorum = { numerator: 4, denominator: 3 };
    doc.review.vetoMajority = { numerator: 2, denominator: 2 };
    doc.review.aggregation.scale = ['poor', 'good', 'poor'];
    const parsed = safeParseModel(doc);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const paths = parsed.issues.map((i) => JSON.stringify(i.path));
    expect(paths).toEqual(
      expect.arrayContaining([
        '["review","quorum","numerator"]',
        '["review","vetoMajority","numerator"]',
        '["review","aggregation","scale",2]',
        '["review","aggregation","scale"]',
      ]),
    );
  });

  it('a worked example expecting an invalid record must be invalid at the named path', () => {
    const doc = defaultModel().document;
    const r3 = doc.examples?.find((e) => e.name.startsWith('R3'));
    expect(r3?.expect.invalidAt).toEqual([['review']]);
    const changed = JSON.parse(JSON.stringify(doc)) as {
      examples: { name: string; expect: Record<string, unknown> }[];
    };
    const example = changed.examples.find((e) => e.name.startsWith('R3'));
    if (example === undefined) throw new Error('R3 missing');
    example.expect = { invalidAt: [['review', 'marks']] };
    const parsed = safeParseModel(changed);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.issues.map((i) => i.code)).toEqual(['example_mismatch']);
  });
});
