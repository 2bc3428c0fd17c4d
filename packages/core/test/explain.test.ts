import {
  compareEvaluations,
  compareModels,
  defaultModel,
  evaluateBatch,
  evaluateHousehold,
  explainHousehold,
  InputError,
  maskIdNumber,
  maskName,
  nextGradeOptions,
  parseModel,
  publicNotice,
} from '@credit-village/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../test/setup-fast-check.js';
import { countyDocument, EVAL_YEAR, household } from './arbitraries.js';
import { readVector } from './vectors.js';

const options = { evalYear: EVAL_YEAR };
const golden = () =>
  readVector('golden.json') as {
    evalYear: number;
    villages: { id: string; households: Record<string, unknown>[] }[];
  };
const rank = (grade: string) => ['AAA', 'AA', 'A', 'B', 'C', 'NR'].indexOf(grade);
const fen = (money: string) => BigInt(money.replace('.', ''));
const minusFen = (money: string) => {
  const f = fen(money) - 1n;
  const s = f.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
};

describe('calculation receipt', () => {
  it('explains H9: the raw limit 152799.991 is floored to 152000', () => {
    const h9 = golden().villages[0]?.households[8];
    const receipt = explainHousehold(h9, options);
    expect(receipt.limit).toMatchObject({
      boundBy: 'formula',
      base: '100000.00',
      raw: '152799.991',
      cap: '300000.00',
      limit: '152000.00',
    });
    expect(receipt.assets.lines.map((l) => l.value)).toEqual(
      receipt.result.assets.lines.map((l) => l.value),
    );
    expect(receipt.model.hash).toBe(defaultModel().hash);
  });

  it('shows the exact value before the half-up rounding of H5 (2715.905 → 2715.91)', () => {
    const h5 = golden().villages[0]?.households[4];
    const machine = explainHousehold(h5, options).assets.lines.find(
      (l) => l.item === 'machine' && l.index === 0,
    );
    expect(machine).toMatchObject({ exact: '2715.905', value: '2715.91' });
  });
});

describe('next-grade advice', () => {
  it('H5 (69, B) reaches A by one civility step, the credit record, or repaying 297.10', () => {
    const advice = nextGradeOptions(golden().villages[0]?.households[4], options);
    expect(advice.current.grade).toBe('B');
    expect(advice.target).toBe('A');
    const kinds = advice.options.map((o) => o.change.kind);
    expect(kinds).toEqual(expect.arrayContaining(['civility', 'creditRecord', 'repayDebt']));
    const repay = advice.options.find((o) => o.change.kind === 'repayDebt');
    expect(repay?.change).toMatchObject({ amount: '297.10' });
  });

  it('a vetoed household is told which vetoes stand between it and its grade', () => {
    const advice = nextGradeOptions(golden().villages[0]?.households[7], options);
    expect(advice.current.grade).toBe('NR');
    expect(advice.options).toEqual([
      expect.objectContaining({ change: { kind: 'clearVetoes', codes: ['V4'] }, grade: 'AA' }),
    ]);
  });

  it('every_option_reaches_the_next_grade_and_every_amount_is_the_smallest_to_the_fen', () => {
    fc.assert(
      fc.property(household(), (record) => {
        const advice = nextGradeOptions(record, options);
        if (advice.target === null) {
          expect(advice.current.grade).toBe('AAA');
          return;
        }
        for (const o of advice.options) {
          // The changed record, evaluated independently, gives what the advice says.
          const again = evaluateHousehold(o.record, options);
          expect({ score: again.score, grade: again.grade, limit: again.limit }).toEqual({
            score: o.score,
            grade: o.grade,
            limit: o.limit,
          });
          if (o.change.kind === 'clearVetoes') continue;
          expect(rank(o.grade)).toBeLessThanOrEqual(rank(advice.target));
          const change = o.change;
          if (change.kind === 'repayDebt' && change.amount !== '0.01') {
            // One fen less repaid is not enough.
            const debts = { bankLoans: addFen(change.liabilitiesAfter, 1n), other: '0.00' };
            const fewer = evaluateHousehold({ ...o.record, debts }, options);
            expect(rank(fewer.grade)).toBeGreaterThan(rank(advice.target));
          }
          if (change.kind === 'raiseNetIncome') {
            const less = evaluateHousehold(
              {
                ...o.record,
                income: { ...(o.record.income as object), net: minusFen(change.netIncomeAfter) },
              },
              options,
            );
            expect(rank(less.grade)).toBeGreaterThan(rank(advice.target));
          }
          if (change.kind === 'addDeposits') {
            const less = evaluateHousehold(
              { ...o.record, deposits: minusFen(change.depositsAfter) },
              options,
            );
            expect(rank(less.grade)).toBeGreaterThan(rank(advice.target));
          }
        }
      }),
      { numRuns: runs(60) },
    );
  });
});

function addFen(money: string, n: bigint): string {
  const f = fen(money) + n;
  const s = f.toString().padStart(3, '0');
  return `${s.slice(0, -2)}.${s.slice(-2)}`;
}

describe('comparisons', () => {
  it('an evaluation compared with itself is unchanged and stable', () => {
    const result = JSON.parse(JSON.stringify(evaluateBatch(readVector('random.json'))));
    const report = compareEvaluations(result, result);
    expect(report.overall.upgrades + report.overall.downgrades).toBe(0);
    expect(report.overall.households.matched).toBe(result.summary.households);
    expect(report.overall.stability).toMatchObject({ psi: '0.0000', band: 'stable' });
    expect(report.overall.totalLimit.change).toBe('0.00');
    expect(report.creditChanges).toEqual([]);
  });

  it('a year later: the transition matrix adds up, new and missing households and delisted villages are counted', () => {
    const before = evaluateBatch(readVector('random.json'));
    const doc = readVector('random.json') as {
      evalYear: number;
      villages: { households: unknown[] }[];
    };
    doc.evalYear += 1;
    doc.villages.pop();
    for (const v of doc.villages) v.households = v.households.slice(2);
    const after = evaluateBatch(doc);
    const report = compareEvaluations(before, after);
    const matrixTotal = Object.values(report.overall.transitions)
      .flatMap((row) => Object.values(row))
      .reduce((a, b) => a + b, 0);
    expect(matrixTotal).toBe(report.overall.households.matched);
    expect(report.overall.upgrades + report.overall.downgrades + report.overall.unchanged).toBe(
      matrixTotal,
    );
    expect(report.overall.households.missing).toBe(
      before.summary.households - report.overall.households.matched,
    );
    expect(report.overall.villages.missing).toBe(1);
    expect(fen(report.overall.totalLimit.change)).toBe(
      fen(after.summary.totalLimit) - fen(before.summary.totalLimit),
    );
  });

  it('rejects a document that is not a result document', () => {
    expect(() => compareEvaluations({ villages: [] }, {})).toThrow(InputError);
  });

  it('the same batch under a stricter model migrates grades down and names the credit-status changes', () => {
    const doc = countyDocument() as { id: string; grades: { minScore: number }[] };
    doc.id = 'stricter';
    (doc.grades[2] as { minScore: number }).minScore = 75; // A needs 75
    const report = compareModels(readVector('golden.json'), defaultModel(), parseModel(doc));
    // H3 (73) drops from A to B and loses its credit.
    expect(report.creditChanges).toEqual([
      expect.objectContaining({
        household: 'H3',
        gradeBefore: 'A',
        gradeAfter: 'B',
        limitAfter: '0.00',
      }),
    ]);
    expect(report.overall.transitions.A?.B).toBe(1);
  });
});

describe('public notice', () => {
  it('masks names and id numbers', () => {
    expect(maskName('王小明')).toBe('王**');
    expect(maskName('李')).toBe('李*');
    expect(maskIdNumber('340827199001011234')).toBe('3408**********1234');
    expect(maskIdNumber('12345')).toBe('*****');
  });

  it('lists every evaluated household with a 7-day period, a BOM CSV and escaped HTML', () => {
    const doc = golden();
    const first = doc.villages[0]?.households[0] as Record<string, unknown>;
    first.head = { name: '<script>alert(1)</script>', idNumber: '340827199001011234' };
    const notice = publicNotice(doc, 'golden', { date: '2024-12-28' });
    expect(notice.period).toEqual({ from: '2024-12-28', to: '2025-01-03', days: 7 });
    expect(notice.rows).toHaveLength(9);
    expect(notice.csv.startsWith('\uFEFF')).toBe(true);
    expect(notice.csv).toContain('3408**********1234');
    expect(notice.csv).not.toContain('340827199001011234');
    expect(notice.html).not.toContain('<script>');
    expect(notice.html).toContain('&#60;*');
    expect(notice.html).toContain(
      `${defaultModel().document.name?.zh}（第 ${defaultModel().version} 版）`,
    );
  });

  it('rejects an unknown village and a bad date', () => {
    expect(() => publicNotice(golden(), 'nowhere', { date: '2024-12-01' })).toThrow(InputError);
    expect(() => publicNotice(golden(), 'golden', { date: '2024-02-30' })).toThrow(InputError);
  });
});
