import {
  defaultModel,
  type EntityAdviceOption,
  evaluateEntity,
  explainEntity,
  nextEntityGradeOptions,
  safeExplainEntity,
} from '@credit-village/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVAL_YEAR } from './arbitraries.js';
import { entityRecord } from './entity-arbitraries.js';
import { readVector } from './vectors.js';

const entities = (readVector('entities.json') as { entities: Record<string, unknown>[] }).entities;
const byId = (id: string) => entities.find((e) => e.id === id) as Record<string, unknown>;
const options = { evalYear: EVAL_YEAR };
const grades = defaultModel().document.grades.map((g) => g.code);
const rank = (grade: string) => {
  const i = grades.indexOf(grade);
  return i < 0 ? grades.length : i;
};

describe('the receipt of an entity', () => {
  it('FF1: every component with its bin and input, the limit derivation of MODEL.md §8', () => {
    const receipt = explainEntity(byId('FF1'), options);
    expect(receipt.result).toEqual(evaluateEntity(byId('FF1'), options));
    const parts = Object.fromEntries(
      receipt.components.flatMap((c) => c.parts.map((p) => [p.part, [p.value, p.rule, p.points]])),
    );
    expect(parts).toEqual({
      years: ['5', '>= 3', 4],
      demonstration: ['city', 'levels', 4],
      scale: ['1.5000', '>= 1', 9],
      debtRatio: ['0.3500', '<= 0.4', 20],
      surplus: ['260000.00', '>= 100000', 12],
      creditRecord: ['normal', 'levels', 15],
      lease: ['6', '>= 5', 4],
      insured: ['true', 'yes', 3],
      salesContracts: [null, 'no', 0],
      householdsDriven: ['12', '>= 10', 2],
      principalHouseholdGrade: ['AA', 'levels', 4],
    });
    expect(receipt.components.find((c) => c.id === 'scale')?.parts[0]?.inputs).toEqual({
      mainLine: 'grain',
      scale: '300',
      threshold: '200',
    });
    expect(receipt.grade).toEqual({
      code: 'A',
      score: 77,
      minScore: 70,
      creditEntity: true,
      vetoes: [],
    });
    expect(receipt.limit).toMatchObject({
      boundBy: 'formula',
      base: '200000.00',
      assetsTerm: '120000',
      surplusCounted: '260000.00',
      surplusTerm: '78000',
      raw: '398000',
      cap: '1000000.00',
      limit: '398000.00',
      creditOnlyCeiling: '1000000.00',
      creditOnly: '398000.00',
      guaranteed: '0.00',
    });
  });

  it('COOP1: the limit above the credit-only ceiling is guaranteed; LSH1: the cap binds', () => {
    expect(explainEntity(byId('COOP1'), options).limit).toMatchObject({
      raw: '1660000',
      limit: '1660000.00',
      creditOnly: '1000000.00',
      guaranteed: '660000.00',
    });
    expect(explainEntity(byId('LSH1'), options).limit).toMatchObject({
      boundBy: 'cap',
      raw: '730000',
      cap: '600000.00',
      limit: '600000.00',
    });
    expect(explainEntity(byId('VNAE'), options).limit).toMatchObject({
      boundBy: 'veto',
      base: null,
      raw: null,
      limit: '0.00',
    });
  });

  it('parts add up to their component, components to the score, terms to the raw limit', () => {
    fc.assert(
      fc.property(entityRecord(), (record) => {
        const r = explainEntity(record, options);
        for (const c of r.components)
          expect(c.parts.reduce((sum, p) => sum + p.points, 0)).toBe(c.points);
        expect(r.components.reduce((sum, c) => sum + c.points, 0)).toBe(r.result.score);
        const l = r.limit;
        if (l.raw !== null)
          expect(Number(l.base) + Number(l.assetsTerm) + Number(l.surplusTerm)).toBeCloseTo(
            Number(l.raw),
            2,
          );
        expect(Number(l.creditOnly) + Number(l.guaranteed)).toBeCloseTo(Number(l.limit), 2);
      }),
      { numRuns: 200 },
    );
  });

  it('an invalid record is a list of issues, not a receipt', () => {
    const result = safeExplainEntity({ ...byId('FF1'), scale: '0' }, options);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual([['scale']]);
  });
});

describe('next-grade advice for an entity', () => {
  it('a vetoed entity is advised to clear its vetoes; the top grade needs none', () => {
    const vetoed = nextEntityGradeOptions(byId('VNAE'), options);
    expect(vetoed.target).toBe('A');
    expect(vetoed.options.map((o) => o.change)).toEqual([{ kind: 'clearVetoes', codes: ['E1'] }]);
    expect(nextEntityGradeOptions(byId('COOP1'), options)).toMatchObject({
      target: null,
      options: [],
    });
  });

  it('FF1 (A, 77 points) reaches AA by any one of several smallest changes', () => {
    const advice = nextEntityGradeOptions(byId('FF1'), options);
    expect(advice.target).toBe('AA');
    const kinds = advice.options.map((o) => o.change.kind);
    // 3 points short: a national or provincial demonstration (+2), … only changes worth ≥ 3.
    expect(kinds).toContain('raiseScale');
    expect(kinds).toContain('raiseSurplus');
    expect(kinds).toContain('salesContracts');
    const scale = advice.options.find((o) => o.change.kind === 'raiseScale');
    // r = 2 gives 12 points (+3): scale 400 of 200.
    expect(scale?.change).toEqual({ kind: 'raiseScale', amount: '100.00', scaleAfter: '400.00' });
  });

  it('every option reaches the next grade, and every amount is the smallest by one step', () => {
    const oneLess = (option: EntityAdviceOption): Record<string, unknown> | undefined => {
      const c = option.change;
      const r = option.record as unknown as Record<string, unknown>;
      switch (c.kind) {
        case 'raiseScale':
          return { ...r, scale: (Number(c.scaleAfter) - 0.01).toFixed(2) };
        case 'raiseSurplus':
          return { ...r, surplus: (Number(c.surplusAfter) - 0.01).toFixed(2) };
        case 'repayLiabilities':
          return { ...r, liabilities: (Number(c.liabilitiesAfter) + 0.01).toFixed(2) };
        case 'driveHouseholds':
          return { ...r, householdsDriven: c.householdsDrivenAfter - 1 };
        case 'extendLease':
          return { ...r, leaseYearsLeft: c.to - 1 };
        default:
          return undefined;
      }
    };
    let options_ = 0;
    fc.assert(
      fc.property(entityRecord(), (record) => {
        const advice = nextEntityGradeOptions(record, options);
        const now = evaluateEntity(record, options);
        for (const option of advice.options) {
          options_++;
          const after = evaluateEntity(option.record, options);
          expect(after.grade).toBe(option.grade);
          if (now.vetoes.length === 0) expect(rank(after.grade)).toBe(rank(now.grade) - 1);
          const less = oneLess(option);
          if (less !== undefined && JSON.stringify(less) !== JSON.stringify(record))
            expect(rank(evaluateEntity(less, options).grade)).toBeGreaterThanOrEqual(
              rank(now.grade),
            );
        }
      }),
      { numRuns: 150 },
    );
    expect(options_).toBeGreaterThan(50);
  });
});
