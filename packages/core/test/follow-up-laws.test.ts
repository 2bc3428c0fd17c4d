import {
  defaultModel,
  type FollowUpReport,
  FollowUpTracker,
  followUp,
  idKey,
  modelStamp,
} from '@credit-village/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Laws of the credit follow-up (docs/model.md §17) on generated results and ledgers: every line
// accounted once, sums independent of the lines' order and equal to a BigInt recount, overLimit
// exactly when Σ granted of active lines exceeds the limit.

const AS_OF = '2024-12-31';
const MODEL = modelStamp(defaultModel());

/** Fen → money text with 2 decimals. */
function money(fen: number | bigint): string {
  const digits = fen.toString().padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

interface GenHousehold {
  id: string;
  credit: boolean;
  limitFen: number;
}
interface GenVillage {
  id: string;
  township: string | undefined;
  households: GenHousehold[];
  invalid: string[];
  total: number;
}
const householdIds = fc.constantFrom('h1', 'h2', 'h3', 'Ｈ4', 'h5');
const villageIds = fc.constantFrom('v1', 'v2', 'v3', 'ｖ4');
const entityIds = fc.constantFrom('E1', 'E2', 'E3', 'E4');
const lenders = fc.constantFrom('rcb', 'abc', 'psbc', 'ＲＣＢ', 'ｒｃｂ');
const limitArb = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 0, max: 300 }).map((k) => k * 100_000),
);

const villageArb: fc.Arbitrary<GenVillage> = fc.record({
  id: villageIds,
  township: fc.option(fc.constantFrom('t1', 't2', 't9'), { nil: undefined }),
  households: fc.uniqueArray(
    fc.record({ id: householdIds, credit: fc.boolean(), limitFen: limitArb }),
    { selector: (h) => idKey(h.id), minLength: 1, maxLength: 5 },
  ),
  invalid: fc.array(householdIds, { maxLength: 2 }),
  total: fc.integer({ min: 0, max: 9 }),
});

const resultsArb = fc.record({
  villages: fc.array(villageArb, { minLength: 1, maxLength: 4 }),
  entities: fc.uniqueArray(fc.record({ id: entityIds, credit: fc.boolean(), limitFen: limitArb }), {
    selector: (e) => e.id,
    maxLength: 3,
  }),
  entityErrors: fc.array(entityIds, { maxLength: 2 }),
  townships: fc.array(fc.constantFrom('t1', 't2', 't3'), { maxLength: 3 }),
});
type GenResults = typeof resultsArb extends fc.Arbitrary<infer T> ? T : never;

/** A result document of the generated facts (only what the follow-up reads is meaningful). */
function resultDocument(r: GenResults) {
  return {
    model: MODEL,
    evalYear: 2024,
    villages: r.villages.map((v) => ({
      id: v.id,
      ...(v.township === undefined ? {} : { township: v.township }),
      counts: {
        householdsTotal: Math.max(v.total, v.households.length + v.invalid.length),
        collected: v.households.length + v.invalid.length,
      },
      households: v.households.map((h) => ({
        id: h.id,
        creditHousehold: h.credit,
        limit: money(h.limitFen),
      })),
      errors: v.invalid.map((id, i) => ({ index: v.households.length + i, id, issues: [] })),
    })),
    entities: r.entities.map((e) => ({
      id: e.id,
      creditEntity: e.credit,
      limit: money(e.limitFen),
    })),
    entityErrors: r.entityErrors.map((id, index) => ({ index, id, issues: [] })),
    townships: r.townships.map((id) => ({ id })),
  };
}

const amountArb = fc.oneof(
  fc.integer({ min: 1, max: 50_000_000 }),
  fc.integer({ min: 1, max: 1_000_000_000_000 }),
);
const dateArb = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('2024-12-31', '2025-01-01', '2026-06-30') },
  { weight: 2, arbitrary: fc.constant('2024-12-30') },
  { weight: 1, arbitrary: fc.constant('2025-02-30') },
);

/** A ledger line: mostly well-formed, some with errors (a bad date, used above granted, …). */
const lineArb = fc
  .record({
    lender: fc.oneof({ weight: 20, arbitrary: lenders }, { weight: 1, arbitrary: fc.constant('') }),
    subject: fc.oneof(
      { weight: 6, arbitrary: fc.record({ village: villageIds, household: householdIds }) },
      { weight: 1, arbitrary: fc.record({ village: fc.constant('v9'), household: householdIds }) },
      { weight: 3, arbitrary: fc.record({ entity: fc.oneof(entityIds, fc.constant('E9')) }) },
    ),
    granted: amountArb,
    usedShare: fc.oneof(
      { weight: 3, arbitrary: fc.constant(0) },
      { weight: 10, arbitrary: fc.integer({ min: 0, max: 100 }) },
      { weight: 1, arbitrary: fc.integer({ min: 101, max: 110 }) },
    ),
    validUntil: dateArb,
    asNumber: fc.boolean(),
  })
  .map(({ lender, subject, granted, usedShare, validUntil, asNumber }) => {
    const used = Math.floor((granted * usedShare) / 100);
    const amount = (fen: number) => (asNumber ? fen / 100 : money(fen));
    return {
      lender,
      ...subject,
      granted: amount(granted),
      used: amount(used),
      validUntil,
    };
  });

const ledgerArb = fc
  .array(lineArb, { maxLength: 30, size: 'medium' })
  .map((lines) => ({ asOf: AS_OF, lines }));

/** The fen of a well-formed line's amount. */
function fen(amount: string | number): bigint {
  const text = typeof amount === 'number' ? amount.toFixed(2) : amount;
  return BigInt(text.replace('.', ''));
}

/** The parts of a report that do not depend on where a line sits in the ledger. */
function orderFree(report: FollowUpReport) {
  const { villages, townships, county, entities, lenders, summary } = report;
  const exceptions = report.exceptions.map((e) => JSON.stringify({ ...e, line: undefined })).sort();
  return { villages, townships, county, entities, lenders, summary, exceptions };
}

describe('the follow-up, on generated results and ledgers', () => {
  it('accounts every line once: active, expired, an exception or an error', () => {
    fc.assert(
      fc.property(resultsArb, ledgerArb, (r, ledger) => {
        const tracker = new FollowUpTracker();
        tracker.resultDocument(resultDocument(r));
        tracker.asOf(ledger.asOf);
        const outcomes = ledger.lines.map((line, i) => tracker.line(line, i));
        const report = tracker.report();
        const { summary } = report;
        expect(summary.lines).toBe(ledger.lines.length);
        const count = (kind: string) => outcomes.filter((o) => o.kind === kind).length;
        expect(summary.active).toBe(count('active'));
        expect(summary.expired).toBe(count('expired'));
        expect(summary.errors).toBe(count('error'));
        expect(summary.unknownSubject + summary.invalidSubject).toBe(count('exception'));
        // Each error and each per-line exception names its own line, once.
        const errorLines = report.errors.map((e) => e.index);
        const exceptionLines = report.exceptions
          .filter((e) => e.kind !== 'overLimit')
          .map((e) => e.line);
        expect(new Set([...errorLines, ...exceptionLines]).size).toBe(
          errorLines.length + exceptionLines.length,
        );
        outcomes.forEach((o, i) => {
          expect(errorLines.includes(i)).toBe(o.kind === 'error');
          expect(exceptionLines.includes(i)).toBe(o.kind === 'exception');
        });
      }),
    );
  });

  it('gives the same sums and metrics whatever the order of the lines', () => {
    fc.assert(
      fc.property(
        resultsArb,
        ledgerArb,
        fc.array(fc.nat(), { minLength: 30, maxLength: 30 }),
        (r, ledger, keys) => {
          const shuffled = ledger.lines
            .map((line, i) => ({ line, key: keys[i] ?? 0, i }))
            .sort((a, b) => a.key - b.key || a.i - b.i)
            .map(({ line }) => line);
          const document = resultDocument(r);
          const a = followUp(document, ledger);
          const b = followUp(document, { ...ledger, lines: shuffled });
          expect(orderFree(b)).toEqual(orderFree(a));
        },
      ),
    );
  });

  it('sums exactly: the county and the entities add up every active line, recounted in BigInt', () => {
    fc.assert(
      fc.property(resultsArb, ledgerArb, (r, ledger) => {
        const tracker = new FollowUpTracker();
        tracker.resultDocument(resultDocument(r));
        tracker.asOf(ledger.asOf);
        let households = 0n;
        let entities = 0n;
        let used = 0n;
        ledger.lines.forEach((line, i) => {
          if (tracker.line(line, i).kind !== 'active') return;
          if ('entity' in line) entities += fen(line.granted);
          else {
            households += fen(line.granted);
            used += fen(line.used);
          }
        });
        const report = tracker.report();
        expect(report.county.granted).toBe(money(households));
        expect(report.county.used).toBe(money(used));
        expect(report.entities.granted).toBe(money(entities));
        const sum = (list: readonly { granted: string }[]) =>
          list.reduce((s, g) => s + fen(g.granted), 0n);
        expect(money(sum(report.villages))).toBe(report.county.granted);
        expect(money(sum(report.lenders))).toBe(report.county.granted);
        expect(money(sum(report.lenders.map((l) => l.entities)))).toBe(report.entities.granted);
      }),
    );
  });

  it('lists a subject over its limit exactly when Σ granted of its active lines exceeds it, on its earliest active line', () => {
    fc.assert(
      fc.property(resultsArb, ledgerArb, fc.boolean(), (r, ledger, backwards) => {
        const tracker = new FollowUpTracker();
        const document = resultDocument(r);
        tracker.resultDocument(document);
        tracker.asOf(ledger.asOf);
        // The limit of each scored subject, by the key a line resolves it with.
        const limits = new Map<string, bigint>();
        for (const v of document.villages)
          for (const h of v.households) {
            const key = `${idKey(v.id)}/${idKey(h.id)}`;
            if (!limits.has(key)) limits.set(key, fen(h.limit));
          }
        for (const e of document.entities) limits.set(`entity ${idKey(e.id)}`, fen(e.limit));
        const granted = new Map<string, bigint>();
        const earliest = new Map<string, number>();
        // Fed in ledger order, or backwards: the line of the exception is the earliest either way.
        const order = ledger.lines.map((_, i) => i);
        if (backwards) order.reverse();
        for (const i of order) {
          const line = ledger.lines[i] as (typeof ledger.lines)[number];
          if (tracker.line(line, i).kind !== 'active') continue;
          const key =
            'entity' in line
              ? `entity ${idKey(line.entity)}`
              : `${idKey(line.village)}/${idKey(line.household)}`;
          granted.set(key, (granted.get(key) ?? 0n) + fen(line.granted));
          earliest.set(key, Math.min(earliest.get(key) ?? i, i));
        }
        const over = [...granted]
          .filter(([key, sum]) => sum > (limits.get(key) ?? 0n))
          .map(([key]) => `${key} #${earliest.get(key)}`)
          .sort();
        const listed = tracker
          .report()
          .exceptions.flatMap((e) =>
            e.kind !== 'overLimit'
              ? []
              : [
                  `${'entity' in e ? `entity ${idKey(e.entity)}` : `${idKey(e.village)}/${idKey(e.household)}`} #${e.line}`,
                ],
          )
          .sort();
        expect(listed).toEqual(over);
      }),
    );
  });
});
