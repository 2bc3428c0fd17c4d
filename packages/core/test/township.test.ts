import {
  BatchEvaluator,
  evaluateBatch,
  readBatchLine,
  safeParseJson,
  type TownshipResult,
} from '@credit-village/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readVector } from './vectors.js';

// Townships and the county (docs/model.md §9): the roll-up from counts, its edge cases, and the
// NDJSON line rules for entity and township lines.

const GOOD = {
  lawAbiding: 'good',
  familyHarmony: 'good',
  filialPiety: 'good',
  familyEducation: 'good',
  neighbourliness: 'good',
  customsReform: 'good',
  honesty: 'good',
  publicSpirit: 'good',
};

/** An AAA household (the golden H1). */
const h1 = (id: string) => ({
  id,
  deposits: '500000',
  income: { net: '200000', operating: '0' },
  civility: GOOD,
  creditRecord: 'none',
});

/** A village of one household rated AAA (or, with `weak`, `none`; with a bad record, unrated). */
function village(id: string, township: string | undefined, kind: 'AAA' | 'none' | 'unrated') {
  return {
    id,
    ...(township === undefined ? {} : { township }),
    householdsTotal: 1,
    partyOrganisation: kind === 'none' ? 'weak' : 'good',
    loans: { balance: '1000000', nonPerforming: '0' },
    collectiveOperatingIncome: '600000',
    households: [kind === 'unrated' ? { ...h1('x'), creditRecord: 'bad' } : h1('h')],
  };
}

function batch(townships: unknown[], villages: unknown[]) {
  return { evalYear: 2024, townships, villages };
}

describe('a township', () => {
  it('rated from its villages: AAA share ≥ 0.5 exactly at the edge', () => {
    const result = evaluateBatch(
      batch(
        [{ id: 't', villagesTotal: 4 }],
        [
          village('a', 't', 'AAA'),
          village('b', 't', 'AAA'),
          village('c', 't', 'none'),
          village('d', 't', 'none'),
        ],
      ),
    );
    const t = result.townships?.[0] as TownshipResult;
    expect(t.rating).toBe('AAA');
    expect(t.shares).toEqual({ credit: '0.5000', aa: '0.5000', aaa: '0.5000' });
    expect(t.villages).toEqual({
      total: 4,
      inBatch: 4,
      AAA: 2,
      AA: 0,
      A: 0,
      none: 2,
      unrated: 0,
    });
    expect([t.npl, t.nplIncrement, t.performing]).toEqual(['0.0000', '0.0000', '1.0000']);
  });

  it('registered villages not in the batch count as not credit villages', () => {
    const result = evaluateBatch(
      batch([{ id: 't', villagesTotal: 5 }], [village('a', 't', 'AAA'), village('b', 't', 'AAA')]),
    );
    expect(result.townships?.[0]?.rating).toBe('none');
    expect(result.townships?.[0]?.shares?.credit).toBe('0.4000');
  });

  it('with an unrated village is unrated, its gates, shares and ratios still given', () => {
    const result = evaluateBatch(
      batch(
        [{ id: 't', villagesTotal: 2 }],
        [village('a', 't', 'AAA'), village('b', 't', 'unrated')],
      ),
    );
    const t = result.townships?.[0] as TownshipResult;
    expect(t.rating).toBeNull();
    expect(t.errors).toEqual([]);
    expect(t.shares).toEqual({ credit: '0.5000', aa: '0.5000', aaa: '0.5000' });
    expect(t.gatesFailed).toEqual([]);
    expect(result.county?.creditCounty).toBeNull();
    expect(result.summary.byTownshipRating).toEqual({
      AAA: 0,
      AA: 0,
      A: 0,
      none: 0,
      unrated: 1,
    });
  });

  it('writes a tiny negative increment as 0.0000 and a larger one with its sign', () => {
    const tiny = {
      id: 't',
      villagesTotal: 1,
      loans: {
        balance: '3000000',
        nonPerforming: '1',
        balanceStartOfYear: '3000000',
        nonPerformingStartOfYear: '2',
      },
    };
    const big = { ...tiny, id: 'u', loans: { ...tiny.loans, nonPerformingStartOfYear: '60001' } };
    const result = evaluateBatch(batch([tiny, big], []));
    expect(result.townships?.map((t) => t.nplIncrement)).toEqual(['0.0000', '-0.0200']);
    // −0.02 is no gate: the increment gate fails only above +0.01.
    expect(result.townships?.map((t) => t.gatesFailed)).toEqual([[], []]);
  });

  it('fails each gate exactly past its edge, in the model order', () => {
    const edge = {
      id: 'edge',
      villagesTotal: 1,
      loans: {
        balance: '1000000',
        nonPerforming: '50000',
        balanceStartOfYear: '1000000',
        nonPerformingStartOfYear: '40000',
      },
      borrowers: 10,
      borrowersInArrears: 1,
    };
    const past = {
      ...edge,
      id: 'past',
      loans: { ...edge.loans, nonPerforming: '50000.01', nonPerformingStartOfYear: '40000' },
      borrowersInArrears: 2,
    };
    const result = evaluateBatch(
      batch([edge, past], [village('a', 'edge', 'AAA'), village('b', 'past', 'AAA')]),
    );
    expect(result.townships?.map((t) => t.gatesFailed)).toEqual([
      [],
      ['npl', 'nplIncrement', 'arrears'],
    ]);
    expect(result.townships?.map((t) => t.rating)).toEqual(['AAA', 'none']);
  });

  it('with invalid own fields has no rating, gates, shares or ratios, and an errors entry', () => {
    const result = evaluateBatch(
      batch(
        [{ id: 't', villagesTotal: 1, loans: { balance: '1', nonPerforming: '2' }, extra: 1 }],
        [village('a', 't', 'AAA')],
      ),
    );
    const t = result.townships?.[0] as TownshipResult;
    expect([t.rating, t.gatesFailed, t.shares, t.npl, t.nplIncrement, t.performing]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(t.errors).toHaveLength(1);
    expect(t.errors[0]?.index).toBeUndefined();
    expect(t.errors[0]?.issues.map((i) => i.path)).toEqual([['extra'], ['loans', 'nonPerforming']]);
    // The village names a township of the batch: it stays valid and counts in it.
    expect(result.villages[0]?.errors).toEqual([]);
    expect(t.villages.inBatch).toBe(1);
  });
});

describe('the county', () => {
  it('is credit when all three conditions hold, exactly at their edges', () => {
    // 3 of 5 villages credit (0.6), 1 of 2 townships credit (0.5), NPL 100 / 2000 = 0.05; a
    // credit village naming no township counts nowhere.
    const loans = {
      balance: '1000',
      nonPerforming: '50',
      balanceStartOfYear: '1000',
      nonPerformingStartOfYear: '50',
    };
    const t1 = { id: 't1', villagesTotal: 3, loans };
    const t2 = { id: 't2', villagesTotal: 2, loans };
    const result = evaluateBatch(
      batch(
        [t1, t2],
        [
          village('a', 't1', 'AAA'),
          village('b', 't1', 'AAA'),
          village('c', 't1', 'AAA'),
          village('d', 't2', 'none'),
          village('e', undefined, 'AAA'),
        ],
      ),
    );
    expect(result.townships?.map((t) => t.rating)).toEqual(['AAA', 'none']);
    expect(result.county).toEqual({
      creditCounty: true,
      villagesTotal: 5,
      creditVillages: 3,
      creditVillageShare: '0.6000',
      townships: 2,
      creditTownships: 1,
      creditTownshipShare: '0.5000',
      npl: '0.0500',
    });
    // One fen more of non-performing loans and the county is not a credit county.
    const worse = evaluateBatch(
      batch(
        [
          t1,
          { ...t2, loans: { ...loans, nonPerforming: '50.01', nonPerformingStartOfYear: '50.01' } },
        ],
        [village('a', 't1', 'AAA'), village('b', 't1', 'AAA'), village('c', 't1', 'AAA')],
      ),
    );
    expect(worse.county?.creditCounty).toBe(false);
  });

  it('is not computed without townships, and an empty townships array gives no county', () => {
    const none = evaluateBatch({ evalYear: 2024, villages: [village('a', undefined, 'AAA')] });
    expect(none.townships).toBeUndefined();
    expect(none.county).toBeUndefined();
    expect(none.summary.byTownshipRating).toBeUndefined();
    expect(none.summary.entities).toBeUndefined();
    const empty = evaluateBatch({ evalYear: 2024, villages: [], townships: [], entities: [] });
    expect(empty.townships).toEqual([]);
    expect(empty.county).toBeUndefined();
    expect(empty.entities).toEqual([]);
    expect(empty.entityErrors).toEqual([]);
    expect(empty.summary.byTownshipRating).toEqual({ AAA: 0, AA: 0, A: 0, none: 0, unrated: 0 });
    expect(empty.summary.entities).toMatchObject({ entities: 0, invalid: 0 });
  });
});

describe('villages and their townships', () => {
  it('a village naming no township of the batch is a village error at ["township"]', () => {
    const result = evaluateBatch(
      batch([{ id: 't', villagesTotal: 2 }], [village('a', 'T', 'AAA'), village('b', 't', 'AAA')]),
    );
    expect(result.villages[0]?.rating).toBeNull();
    expect(result.villages[0]?.score).toBeNull();
    expect(result.villages[0]?.errors[0]?.issues.map((i) => [i.path, i.code])).toEqual([
      [['township'], 'unknown_township'],
    ]);
    expect(result.villages[0]?.township).toBe('T');
    expect(result.townships?.[0]?.villages.inBatch).toBe(1);
  });

  it('the ids compare by the id rule (NFKC), and a duplicate township keeps the first', () => {
    const result = evaluateBatch(
      batch(
        [
          { id: 'Ｔ1', villagesTotal: 1 },
          { id: 'T1', villagesTotal: 5 },
        ],
        [village('a', 'T1', 'AAA')],
      ),
    );
    expect(result.villages[0]?.errors).toEqual([]);
    expect(result.townships?.map((t) => t.villages.inBatch)).toEqual([1, 0]);
    expect(result.townships?.[1]?.errors[0]?.issues[0]?.code).toBe('duplicate_id');
  });

  it('more villages naming a township than villagesTotal is an error at ["villagesTotal"]', () => {
    const result = evaluateBatch(
      batch([{ id: 't', villagesTotal: 1 }], [village('a', 't', 'AAA'), village('b', 't', 'AAA')]),
    );
    expect(result.townships?.[0]?.errors[0]?.issues.map((i) => [i.path, i.code])).toEqual([
      [['villagesTotal'], 'too_many_villages'],
    ]);
  });

  it('a key written twice inside a township is its error, at its path', () => {
    const text =
      '{"evalYear":2024,"villages":[],"townships":[{"id":"t","villagesTotal":1,"villagesTotal":2}]}';
    const parsed = safeParseJson(text);
    if (!parsed.ok) throw new Error('not JSON');
    const result = evaluateBatch(parsed.value);
    expect(result.townships?.[0]?.errors[0]?.issues.map((i) => [i.path, i.code])).toEqual([
      [['villagesTotal'], 'duplicate_key'],
    ]);
  });
});

describe('the roll-up keeps counts only', () => {
  it('township results are the same whatever the order of the villages (a property)', () => {
    const doc = readVector('townships.json') as { villages: unknown[] };
    const expected = JSON.stringify(evaluateBatch(doc).townships);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(doc.villages, {
          minLength: doc.villages.length,
          maxLength: doc.villages.length,
        }),
        (villages) => {
          expect(JSON.stringify(evaluateBatch({ ...doc, villages }).townships)).toBe(expected);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('a BatchEvaluator fed line by line gives the batch document results', () => {
    const doc = readVector('townships.json') as {
      evalYear: number;
      villages: Record<string, unknown>[];
      entities: Record<string, unknown>[];
      townships: Record<string, unknown>[];
    };
    const lines = [
      ...doc.townships.map((t) => JSON.stringify({ kind: 'township', ...t })),
      ...doc.villages.map((v) => JSON.stringify({ evalYear: doc.evalYear, ...v })),
      ...doc.entities.map((e) => JSON.stringify({ kind: 'entity', evalYear: doc.evalYear, ...e })),
    ];
    const evaluator = new BatchEvaluator();
    const villages: unknown[] = [];
    const entities: unknown[] = [];
    lines.forEach((text, i) => {
      const outcome = evaluator.batchLine(readBatchLine(text, i + 1));
      if (outcome.kind === 'village') villages.push(outcome.result);
      if (outcome.kind === 'entity' && outcome.outcome.ok) entities.push(outcome.outcome.result);
    });
    const whole = evaluateBatch(doc);
    expect(villages).toEqual(whole.villages);
    expect(entities).toEqual(whole.entities);
    expect(evaluator.townshipResults()).toEqual({
      townships: whole.townships,
      county: whole.county,
    });
    expect(evaluator.summary()).toEqual(whole.summary);
  });
});

describe('NDJSON lines of entities and townships', () => {
  it('reads kind lines, the year of an entity line, and rejects an unknown kind', () => {
    const entity = readBatchLine('{"kind":"entity","evalYear":2024,"id":"E"}', 3);
    expect(entity).toMatchObject({ kind: 'entity', line: 3, evalYear: 2024, id: 'E' });
    expect((entity as { entity: unknown }).entity).toEqual({ id: 'E' });
    const noYear = readBatchLine(
      '{"kind":"entity","id":"E"}',
      4,
      undefined,
      'run with --eval-year',
    );
    expect(noYear.kind).toBe('entityRejected');
    const township = readBatchLine('{"kind":"township","evalYear":2024,"id":"t"}', 5);
    expect(township).toEqual({ kind: 'township', line: 5, township: { id: 't' }, id: 't' });
    const village = readBatchLine('{"kind":"village","evalYear":2024,"id":"v"}', 6);
    expect(village).toMatchObject({ kind: 'village', village: { id: 'v' } });
    const unknown = readBatchLine('{"kind":"farm","evalYear":2024,"id":"v"}', 7);
    expect(unknown.kind).toBe('rejected');
    expect(unknown.kind === 'rejected' && unknown.issues[0]?.path).toEqual(['kind']);
    const twice = readBatchLine('{"kind":"entity","kind":"township","id":"v"}', 8);
    expect(twice.kind).toBe('rejected');
  });

  it('an entity line without a year is counted as an invalid entity, never dropped', () => {
    const evaluator = new BatchEvaluator();
    const outcome = evaluator.batchLine(readBatchLine('{"kind":"entity","id":"E"}', 1));
    expect(outcome.kind === 'entity' && !outcome.outcome.ok && outcome.outcome.error).toMatchObject(
      {
        index: 0,
        id: 'E',
      },
    );
    expect(evaluator.summary().entities).toMatchObject({ entities: 0, invalid: 1 });
  });
});
