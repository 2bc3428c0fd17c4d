import {
  evaluateBatch,
  FollowUpTracker,
  followUp,
  parseLedger,
  safeFollowUp,
  safeParseJson,
  safeParseLedger,
} from '@credit-village/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ledgerLineCounts, readLedgerLine, schemaLine } from '../src/follow-up/ledger-line.js';
import { readVector } from './vectors.js';

// The credit ledger read strictly (docs/formats.md §13), and the edges of the
// follow-up the vectors do not reach.

const LINE = {
  lender: 'wj-rcb',
  village: 't1-v01',
  household: 't1-v01-h1',
  granted: '150000.00',
  used: '80000.00',
  validUntil: '2025-12-31',
};

function parsed(text: string) {
  const read = safeParseJson(text);
  if (!read.ok) throw new Error('test text is JSON');
  return read.value;
}

describe('parseLedger', () => {
  it('reads a well-formed line, amounts as money text with 2 decimals', () => {
    const ledger = parseLedger({ asOf: '2024-12-31', lines: [{ ...LINE, granted: 150000.5 }] });
    expect(ledger).toEqual({
      asOf: '2024-12-31',
      lines: [{ index: 0, ...LINE, granted: '150000.50' }],
      errors: [],
      count: 1,
    });
  });

  it('reports a key written twice in a line as an error at its path, the line counted nowhere', () => {
    const text = `{"asOf":"2024-12-31","lines":[${JSON.stringify(LINE).replace(
      '"used":"80000.00"',
      '"used":"0","used":"80000.00"',
    )}]}`;
    const ledger = parseLedger(parsed(text));
    expect(ledger.lines).toEqual([]);
    expect(ledger.errors[0]?.issues.map((i) => [i.path, i.code])).toContainEqual([
      ['used'],
      'duplicate_key',
    ]);
  });

  it.each([
    ['not an object', [], []],
    ['no lines', { asOf: '2024-12-31' }, ['lines']],
    ['lines not an array', { asOf: '2024-12-31', lines: {} }, ['lines']],
    ['no asOf', { lines: [] }, ['asOf']],
    ['a date that does not exist', { asOf: '2024-02-30', lines: [] }, ['asOf']],
    ['asOf as a number', { asOf: 20241231, lines: [] }, ['asOf']],
    ['an unknown top-level key', { asOf: '2024-12-31', lines: [], bank: 'x' }, ['bank']],
  ])('finds the ledger unusable: %s', (_name, document, path) => {
    const read = safeParseLedger(document);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issues.map((i) => i.path)).toContainEqual(path);
  });

  it('finds a top-level key written twice unusable', () => {
    const read = safeParseLedger(parsed('{"asOf":"2024-12-31","asOf":"2025-01-01","lines":[]}'));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.issues[0]?.code).toBe('duplicate_key');
  });

  it.each([
    ['a negative used', { ...LINE, used: '-0.01' }, ['used'], 'too_small'],
    ['granted 0', { ...LINE, granted: 0 }, ['granted'], 'too_small'],
    ['three decimals', { ...LINE, granted: '1.005' }, ['granted'], 'too_many_decimals'],
    ['used above granted', { ...LINE, used: '150000.01' }, ['used'], 'too_big'],
    ['an id with a tab', { ...LINE, household: 'H\t1' }, ['household'], 'invalid_id'],
    ['an unknown key', { ...LINE, note: 'x' }, ['note'], 'unknown_key'],
    ['no date', { ...LINE, validUntil: undefined }, ['validUntil'], 'required'],
    ['a line that is a string', 'wj-rcb,H1', [], 'invalid_type'],
  ])('reports %s at its path', (_name, line, path, code) => {
    const ledger = parseLedger({ asOf: '2024-12-31', lines: [line] });
    expect(ledger.errors).toHaveLength(1);
    expect(ledger.errors[0]?.issues.map((i) => [i.path, i.code])).toContainEqual([path, code]);
  });
});

/** Mostly `good`, sometimes one of `bad`. */
function mostly<T>(good: fc.Arbitrary<T>, ...bad: T[]): fc.Arbitrary<T> {
  return fc.oneof(
    { weight: 5, arbitrary: good },
    { weight: 1, arbitrary: fc.constantFrom(...bad) },
  );
}

/** Lines near the usual one: each field sometimes changed into something the format refuses. */
const lineArb = fc
  .record({
    lender: mostly<unknown>(
      fc.constantFrom('wj-rcb', '农商行'),
      ' x',
      '',
      'a\u200bb',
      5,
      undefined,
    ),
    subject: mostly<Record<string, unknown>>(
      fc.constantFrom(
        { village: 'v1', household: 'H1' },
        { village: 'v1', household: 'Ｈ1' },
        { entity: 'FF1' },
      ),
      { village: 'v1' },
      { household: 'H1' },
      { village: 'v1', household: 'H1', entity: 'FF1' },
      {},
      { village: 'v1', household: 7 },
    ),
    granted: mostly<unknown>(
      fc.oneof(
        fc.integer({ min: 0, max: 1_000_000_000_001 }).map((fen) => (fen / 100).toFixed(2)),
        fc.integer({ min: 0, max: 100_000_000 }).map((fen) => fen / 100),
      ),
      '1e3',
      '01',
      '1.005',
      '-5',
      '',
      ' 5',
      1e21,
      0.1 + 0.2,
      '10000000000.00',
    ),
    used: mostly<unknown>(fc.integer({ min: 0, max: 120 }), '-0', '-0.00', 'x', null),
    validUntil: mostly<unknown>(
      fc.constantFrom('2025-12-31', '2024-02-29'),
      '2023-02-29',
      '2025-1-05',
      20251231,
    ),
    extra: mostly<Record<string, unknown>>(fc.constant({}), { note: 'x' }),
  })
  .map(({ lender, subject, granted, used, validUntil, extra }) => {
    const g = typeof granted === 'number' ? granted : Number(granted);
    // A share of granted (in percent), or a value written as it is.
    const drawn =
      typeof used === 'number' ? (Number.isFinite(g) ? Math.floor(g * used) / 100 : 0) : used;
    return { lender, ...subject, granted, used: drawn, validUntil, ...extra };
  });

describe('the fast reading of a ledger line', () => {
  it('gives exactly what the schema gives, on lines valid and not', () => {
    const before = { ...ledgerLineCounts };
    fc.assert(
      fc.property(lineArb, fc.nat(1000), (line, index) => {
        expect(readLedgerLine(line, index)).toEqual(schemaLine(line, index));
      }),
    );
    // Both paths ran many times: the usual lines took the fast one.
    expect(ledgerLineCounts.fast - before.fast).toBeGreaterThan(10);
    expect(ledgerLineCounts.schema - before.schema).toBeGreaterThan(10);
  });

  it('takes the usual line fast (ids in Chinese too), and leaves "-0" to the schema', () => {
    const before = { ...ledgerLineCounts };
    readLedgerLine(LINE, 0);
    readLedgerLine({ ...LINE, lender: '农商行' }, 1);
    expect(ledgerLineCounts.fast).toBe(before.fast + 2);
    const read = readLedgerLine({ ...LINE, used: '-0' }, 2);
    expect(read.ok && read.line.used).toBe('0.00');
    expect(ledgerLineCounts.misses).toBe(before.misses + 1);
  });
});

describe('the follow-up at its edges', () => {
  const results = evaluateBatch(readVector('townships.json'));

  it('resolves ids as the id rule compares them (NFKC): a full-width id is the same subject', () => {
    const report = followUp(results, {
      asOf: '2024-12-31',
      lines: [{ ...LINE, household: 't1-v01-ｈ1', granted: '1000', used: '0' }],
    });
    expect(report.summary.active).toBe(1);
    expect(report.villages[0]?.metrics.coverage.numerator).toBe(1);
  });

  it('counts a line valid on asOf, and not one expired the day before', () => {
    const report = (validUntil: string) =>
      followUp(results, { asOf: '2024-12-31', lines: [{ ...LINE, validUntil }] }).summary;
    expect(report('2024-12-31')).toMatchObject({ active: 1, expired: 0 });
    expect(report('2024-12-30')).toMatchObject({ active: 0, expired: 1 });
  });

  it('names a lender by the least of its spellings, and lists only lenders of scored subjects', () => {
    const report = followUp(results, {
      asOf: '2024-12-31',
      lines: [
        { ...LINE, lender: 'ｒｃｂ', granted: '1000', used: '0' },
        { ...LINE, lender: 'rcb', granted: '1000', used: '0' },
        { ...LINE, lender: 'ghost', household: 'nobody' },
      ],
    });
    expect(report.lenders.map((l) => l.lender)).toEqual(['rcb']);
    expect(report.lenders[0]?.metrics.coverage.numerator).toBe(1);
  });

  it('sums past 2^53 fen exactly', () => {
    const big = { ...LINE, granted: '10000000000.00', used: '9999999999.99' };
    const report = followUp(results, {
      asOf: '2024-12-31',
      lines: Array.from({ length: 1000 }, () => big),
    });
    expect(report.county.granted).toBe('10000000000000.00');
    expect(report.county.used).toBe('9999999999990.00');
    expect(report.exceptions[0]).toMatchObject({ kind: 'overLimit', granted: '10000000000000.00' });
  });

  it('refuses results that are not results, naming the path', () => {
    const read = safeFollowUp(
      { model: results.model, villages: [{ id: 'v' }] },
      {
        asOf: '2024-12-31',
        lines: [],
      },
    );
    expect(read.ok).toBe(false);
    if (!read.ok)
      expect(read.issues.map((i) => i.path)).toContainEqual(['results', 'villages', 0, 'counts']);
  });

  it('has townships exactly when the results have a list of them, even an empty one', () => {
    const ledger = { asOf: '2024-12-31', lines: [] };
    const { townships: _t, county: _c, ...without } = results;
    expect(followUp(without, ledger).townships).toBeUndefined();
    expect(followUp({ ...without, townships: [] }, ledger).townships).toEqual([]);
    expect(followUp(results, ledger).townships).toHaveLength(2);
  });

  it('takes asOf once', () => {
    const tracker = new FollowUpTracker();
    tracker.resultDocument(results);
    tracker.asOf('2024-12-31');
    expect(() => tracker.asOf('2024-12-30')).toThrow(/once/);
  });

  it('refuses results of two models', () => {
    const tracker = new FollowUpTracker();
    tracker.model(results.model);
    expect(() => tracker.model({ ...results.model, hash: `sha256:${'0'.repeat(64)}` })).toThrow(
      /another model/,
    );
  });
});
