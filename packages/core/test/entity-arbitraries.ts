import { defaultModelDocument } from '@credit-village/core';
import fc from 'fast-check';
import {
  bins,
  decimalIn,
  EVAL_YEAR,
  modelDecimal,
  money,
  roundingMode,
  validId,
} from './arbitraries.js';

/**
 * Arbitraries for entity records and entity scorecards (docs/model.md §8): random valid models
 * whose every entity number varies, and entities that sit on their bin edges or 0.01 off.
 */

export const ENTITY_TYPES = ['familyFarm', 'cooperative', 'largeHousehold', 'enterprise'] as const;
export const MAIN_LINES = [
  'grain',
  'cashCrops',
  'vegetables',
  'aquaculture',
  'forestry',
  'pigs',
  'cattle',
  'sheep',
  'poultry',
] as const;
export const DEMONSTRATION = ['national', 'provincial', 'city', 'county', 'none'] as const;
export const ENTITY_CREDIT = ['normal', 'blank', 'cleared', 'overdue'] as const;
export const ENTITY_VETOES = ['E1', 'E2', 'E3', 'E4', 'E5'] as const;
const DEFAULT_GRADES = ['AAA', 'AA', 'A', 'B', 'C', 'NR'];
/** The default model's entity section: the codes and labels a random scorecard keeps. */
const DEFAULT_ENTITY_SECTION = (defaultModelDocument() as { entity: unknown }).entity;

/** Whole hundredths → decimal text or a JSON number, as collection files send them. */
function hundredths(cents: number, asNumber: boolean): string | number {
  if (asNumber) return cents / 100;
  const abs = Math.abs(cents);
  const text = `${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
  return cents < 0 ? `-${text}` : text;
}

/** A valid entity record of a model with the default codes and the given grade codes. */
export function entityRecord(grades: readonly string[] = DEFAULT_GRADES) {
  return fc.record(
    {
      id: validId,
      name: fc.string({ maxLength: 20 }),
      type: fc.constantFrom(...ENTITY_TYPES),
      township: validId,
      village: validId,
      principal: fc.record(
        { name: fc.string({ maxLength: 6 }), idNumber: fc.string({ maxLength: 18 }) },
        { requiredKeys: [] },
      ),
      registeredYear: fc.oneof(
        fc.integer({ min: 1900, max: EVAL_YEAR }),
        fc.integer({ min: EVAL_YEAR - 4, max: EVAL_YEAR }),
      ),
      demonstration: fc.constantFrom(...DEMONSTRATION),
      mainLine: fc.constantFrom(...MAIN_LINES),
      scale: fc
        .tuple(
          fc.oneof(fc.integer({ min: 1, max: 200_000 }), fc.integer({ min: 1, max: 100_000_000 })),
          fc.boolean(),
        )
        .map(([c, n]) => hundredths(c, n)),
      assets: money(),
      liabilities: money(),
      surplus: money({ min: -1_000_000_000_000 }),
      creditRecord: fc.constantFrom(...ENTITY_CREDIT),
      leaseYearsLeft: fc.integer({ min: 0, max: 100 }),
      insured: fc.boolean(),
      salesContracts: fc.boolean(),
      householdsDriven: fc.oneof(
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 100_000 }),
      ),
      principalHouseholdGrade: fc.constantFrom(...grades),
      vetoes: fc.array(fc.constantFrom(...ENTITY_VETOES), { maxLength: 3 }),
      meta: fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }),
    },
    {
      requiredKeys: [
        'id',
        'type',
        'registeredYear',
        'demonstration',
        'mainLine',
        'scale',
        'assets',
        'liabilities',
        'surplus',
        'creditRecord',
      ],
    },
  );
}

/** Values of the bins of `list` and 0.01 (or 1) either side. */
function around(values: readonly string[], step: number): number[] {
  return values.flatMap((v) => [Number(v) - step, Number(v), Number(v) + step]);
}

/**
 * An entity of a model document placed on a bin edge of its scorecard, or 0.01 off: its scale
 * on threshold × a scale bin, its liabilities on a debt-ratio bin × assets, its surplus, years,
 * lease and households on an edge of theirs. Always valid.
 */
// biome-ignore lint/suspicious/noExplicitAny: a JSON document read by a test generator
export function edgeEntity(doc: Record<string, any>): fc.Arbitrary<Record<string, unknown>> {
  const c = doc.entity.components;
  const edges = (list: { value: string }[]) => list.map((b) => b.value);
  const grades = [...doc.grades.map((g: { code: string }) => g.code), doc.vetoes.grade];
  const pick = (values: number[], fallback: number) =>
    values.length === 0 ? fc.constant(fallback) : fc.constantFrom(...values);
  return fc
    .record({
      base: entityRecord(grades),
      line: fc.constantFrom(...MAIN_LINES),
      scaleEdge: pick(edges(c.scale.bins).map(Number), 1),
      scaleNudge: fc.constantFrom(-1, 0, 1),
      ratioEdge: pick(edges(c.debtRatio.bins).map(Number), 0.5),
      ratioNudge: fc.constantFrom(-1, 0, 1),
      k: fc.integer({ min: 1, max: 5000 }),
      surplus: pick(around(edges(c.surplus.bins), 0.01), 0),
      years: pick(around(edges(c.standing.years.bins), 1), 2),
      lease: pick(around(edges(c.stability.lease.bins), 1), 3),
      driven: pick(around(edges(c.linkage.householdsDriven.bins), 1), 10),
      which: fc.constantFrom('scale', 'ratio', 'surplus', 'years', 'lease', 'driven'),
      asNumber: fc.boolean(),
    })
    .map((p) => {
      const record: Record<string, unknown> = { ...p.base, mainLine: p.line };
      const threshold = Number(
        c.scale.thresholds.find((t: { line: string }) => t.line === p.line)?.value ?? '1',
      );
      const clampInt = (n: number, lo: number, hi: number) =>
        Math.min(hi, Math.max(lo, Math.round(n)));
      switch (p.which) {
        case 'scale': {
          const cents = Math.round(p.scaleEdge * threshold * 100) + p.scaleNudge;
          record.scale = hundredths(clampInt(cents, 1, 100_000_000), p.asNumber);
          break;
        }
        case 'ratio': {
          // Assets a multiple of 10^6 fen, so t × A is whole fen and L = t × A ± 1 fen.
          const assetsFen = p.k * 1_000_000;
          const liabilitiesFen = Math.max(0, Math.round(p.ratioEdge * assetsFen) + p.ratioNudge);
          record.assets = hundredths(assetsFen, p.asNumber);
          record.liabilities = hundredths(Math.min(liabilitiesFen, 1_000_000_000_000), p.asNumber);
          break;
        }
        case 'surplus':
          record.surplus = hundredths(
            clampInt(p.surplus * 100, -1_000_000_000_000, 1_000_000_000_000),
            p.asNumber,
          );
          break;
        case 'years':
          record.registeredYear = clampInt(EVAL_YEAR - Math.ceil(p.years), 1900, EVAL_YEAR);
          break;
        case 'lease':
          record.leaseYearsLeft = clampInt(Math.ceil(p.lease), 0, 100);
          break;
        case 'driven':
          record.householdsDriven = clampInt(Math.ceil(p.driven), 0, 100_000);
          break;
      }
      return record;
    });
}

/** Sorted bins with whole-number-ish values, lower or upper bounds. */
const someBins = (min: number, max: number, decimals: number) =>
  fc.boolean().chain((lower) => bins(min, max, decimals, lower));

/**
 * A random valid model document with an entity scorecard: `base` is a random model (with its
 * own grade bands) or the default one; every number of the entity section varies, and grade
 * bands the entity scorecard cannot reach are dropped (with their limit rows).
 */
export function entityModelDocument(
  base: fc.Arbitrary<Record<string, unknown>>,
): fc.Arbitrary<Record<string, unknown>> {
  const levelPoints = (n: number) =>
    fc.array(fc.integer({ min: 0, max: 12 }), { minLength: n, maxLength: n });
  return fc
    .record({
      doc: base,
      years: someBins(0, 40, 2),
      demonstration: levelPoints(5),
      scale: someBins(0, 8, 6),
      thresholds: fc.array(modelDecimal(0.000001, 30000, 6), { minLength: 9, maxLength: 9 }),
      debtRatio: fc.tuple(
        someBins(0, 3, 6),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 25 }),
      ),
      surplus: someBins(-500000, 3000000, 2),
      credit: levelPoints(4),
      lease: fc.tuple(someBins(0, 100, 2), fc.integer({ min: 0, max: 10 })),
      insured: fc.integer({ min: 0, max: 8 }),
      contracts: fc.integer({ min: 0, max: 8 }),
      driven: someBins(0, 2000, 2),
      principal: fc.tuple(levelPoints(6), fc.integer({ min: 0, max: 8 })),
      coefficients: fc.tuple(decimalIn(0, 0.5), decimalIn(0, 0.6)),
      rounding: fc.record({
        mode: roundingMode,
        step: fc.constantFrom('1000', '100', '0.01', '500'),
      }),
      rows: fc.array(
        fc.tuple(
          decimalIn(0, 800000),
          fc.array(decimalIn(0, 5000000), { minLength: 4, maxLength: 4 }),
        ),
        { minLength: 6, maxLength: 6 },
      ),
      ceiling: modelDecimal(0, 5000000, 2),
    })
    .map((p) => {
      // biome-ignore lint/suspicious/noExplicitAny: a JSON document edited in place by a test generator
      const doc = structuredClone(p.doc) as Record<string, any>;
      doc.entity = structuredClone(
        (p.doc as { entity?: unknown }).entity ?? DEFAULT_ENTITY_SECTION,
      );
      const e = doc.entity;
      const c = e.components;
      c.standing.years = p.years;
      c.standing.demonstration.levels.forEach((l: { points: number }, i: number) => {
        l.points = p.demonstration[i] ?? 0;
      });
      c.scale = {
        ...p.scale,
        thresholds: MAIN_LINES.map((line, i) => ({ line, value: p.thresholds[i] ?? '1' })),
      };
      c.scale.thresholds.forEach((t: { value: string }) => {
        if (Number(t.value) === 0) t.value = '0.5';
      });
      c.debtRatio = { ...p.debtRatio[0], noDebt: p.debtRatio[1], noAssets: p.debtRatio[2] };
      c.surplus = p.surplus;
      c.creditRecord.levels.forEach((l: { points: number }, i: number) => {
        l.points = p.credit[i] ?? 0;
      });
      c.stability = {
        lease: { ...p.lease[0], noLease: p.lease[1] },
        insured: p.insured,
        salesContracts: p.contracts,
      };
      c.linkage.householdsDriven = p.driven;
      const codes = [...doc.grades.map((g: { code: string }) => g.code), doc.vetoes.grade];
      c.linkage.principalHouseholdGrade = {
        levels: codes.map((code: string, i: number) => ({ code, points: p.principal[0][i] ?? 0 })),
        otherwise: p.principal[1],
      };
      const top = (b: { bins: { points: number }[]; otherwise: number }) =>
        Math.max(b.otherwise, ...b.bins.map((x) => x.points));
      const maxScore =
        top(c.standing.years) +
        Math.max(...p.demonstration) +
        top(c.scale) +
        Math.max(top(c.debtRatio), c.debtRatio.noDebt, c.debtRatio.noAssets) +
        top(c.surplus) +
        Math.max(...p.credit) +
        Math.max(top(c.stability.lease), c.stability.lease.noLease) +
        p.insured +
        p.contracts +
        top(c.linkage.householdsDriven) +
        Math.max(p.principal[1], ...p.principal[0].slice(0, codes.length));
      // Bands the entity scorecard cannot reach make an invalid model: drop them.
      doc.grades = doc.grades.filter(
        (g: { minScore: number }) => g.minScore <= maxScore || g.minScore === 0,
      );
      const kept = new Set(doc.grades.map((g: { code: string }) => g.code));
      doc.limit.byGrade = doc.limit.byGrade.filter((r: { grade: string }) => kept.has(r.grade));
      c.linkage.principalHouseholdGrade.levels = c.linkage.principalHouseholdGrade.levels.filter(
        (l: { code: string }) => kept.has(l.code) || l.code === doc.vetoes.grade,
      );
      e.limit = {
        coefficients: { assets: p.coefficients[0], surplus: p.coefficients[1] },
        rounding: p.rounding,
        byGrade: doc.grades
          .filter((g: { creditHousehold: boolean }) => g.creditHousehold)
          .map((g: { code: string }, i: number) => {
            const [base, caps] = p.rows[i] ?? ['0', ['0', '0', '0', '0']];
            return {
              grade: g.code,
              base,
              caps: ENTITY_TYPES.map((type, j) => {
                const cap = caps[j] ?? '0';
                return { type, cap: Number(cap) < Number(base) ? base : cap };
              }),
            };
          }),
        creditOnlyCeiling: p.ceiling,
      };
      return doc;
    });
}
