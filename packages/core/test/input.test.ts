import {
  checkHousehold,
  evaluateBatch,
  evaluateHousehold,
  InputError,
  type Issue,
} from '@credit-village/core';
import { describe, expect, it } from 'vitest';
import { readVector } from './vectors.js';

const golden = readVector('golden.json') as {
  villages: { households: Record<string, unknown>[] }[];
};
const h1 = golden.villages[0]?.households[0] as Record<string, unknown>;
const options = { evalYear: 2024 };

function issuesOf(record: unknown, evalYear = 2024): Issue[] {
  const result = checkHousehold(record, { evalYear });
  return result.ok ? [] : [...result.issues];
}

describe('household validation', () => {
  it('accepts H1 and evaluates it to AAA with a limit of 163000.00', () => {
    const h = evaluateHousehold(h1, options);
    expect(h.grade).toBe('AAA');
    expect(h.limit).toBe('163000.00');
    expect(h.limitBoundBy).toBe('formula');
  });

  it('reports an unknown key at its own path with a spelling hint', () => {
    const [issue] = issuesOf({ ...h1, deposit: '5' });
    expect(issue).toMatchObject({ path: ['deposit'], code: 'unknown_key' });
    expect(issue?.message).toContain('"deposits"');
  });

  it('lists every problem of a record, not the first', () => {
    const issues = issuesOf({
      ...h1,
      deposits: '1e3',
      members: 2.5,
      houses: [{ structure: 'castle', areaM2: '0', yearBuilt: 2030 }],
    });
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual(
      expect.arrayContaining([
        ['deposits', 'invalid_decimal'],
        ['members', 'not_integer'],
        ['houses.0.structure', 'invalid_value'],
        ['houses.0.areaM2', 'too_small'],
        ['houses.0.yearBuilt', 'year_after_eval_year'],
      ]),
    );
  });

  it('enforces the bounds and names them', () => {
    const issues = issuesOf({
      ...h1,
      deposits: '10000000000.01',
      land: { contractedMu: '1000000.01' },
      livestock: { pig: 1_000_001 },
      members: 101,
      machines: Array.from({ length: 1001 }, () => ({ price: '1', year: 2020 })),
    });
    const byPath = new Map(issues.map((i) => [i.path.join('.'), i]));
    expect(byPath.get('deposits')?.message).toContain('10000000000');
    expect(byPath.get('land.contractedMu')?.code).toBe('too_big');
    expect(byPath.get('livestock.pig')?.message).toContain('1000000');
    expect(byPath.get('members')?.code).toBe('too_big');
    expect(byPath.get('machines')?.code).toBe('too_many_items');
    // Exactly at the bound is fine.
    expect(issuesOf({ ...h1, deposits: '10000000000.00', livestock: { pig: 1_000_000 } })).toEqual(
      [],
    );
  });

  it('rejects a string for a count and a year before 1900', () => {
    const issues = issuesOf({
      ...h1,
      livestock: { pig: '20' },
      machines: [{ price: '1', year: 1899 }],
    });
    expect(issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(['invalid_type', 'too_small']),
    );
  });

  it('never echoes personal data in a message', () => {
    const issues = issuesOf({
      ...h1,
      head: { name: 12345, idNumber: '3408271990010112345'.repeat(20) },
    });
    expect(issues).toHaveLength(2);
    for (const issue of issues) {
      expect(issue.message).not.toContain('12345');
      expect(issue.message).not.toContain('340827');
    }
  });

  it('keeps head out of results unless asked', () => {
    const record = { ...h1, head: { name: '王某', idNumber: '340827199001011234' } };
    expect(evaluateHousehold(record, options)).not.toHaveProperty('head');
    expect(evaluateHousehold(record, { ...options, includePersonal: true }).head).toEqual(
      record.head,
    );
  });

  it('carries members, labourers and meta through', () => {
    const h = evaluateHousehold(
      { ...h1, members: 4, labourers: 2, meta: { collector: 'c-17' } },
      options,
    );
    expect(h).toMatchObject({ members: 4, labourers: 2, meta: { collector: 'c-17' } });
  });

  it('throws InputError with every issue for evaluateHousehold of a bad record', () => {
    expect(() => evaluateHousehold({ id: 'x' }, options)).toThrow(InputError);
  });
});

describe('batch documents', () => {
  it('an unusable document throws InputError listing every reason', () => {
    for (const doc of [null, [], 'x', 5]) expect(() => evaluateBatch(doc)).toThrow(InputError);
    try {
      evaluateBatch({ villages: 'no', extra: 1 });
      expect.unreachable();
    } catch (error) {
      const issues = (error as InputError).issues.map((i) => i.path.join('.'));
      expect(issues).toEqual(expect.arrayContaining(['villages', 'evalYear', 'extra']));
    }
  });

  it('--eval-year overrides the document and a later year is an error, not age 0', () => {
    const doc = {
      evalYear: 2024,
      villages: [{ id: 'v', householdsTotal: 1, partyOrganisation: 'good', households: [h1] }],
    };
    const early = evaluateBatch(doc, { evalYear: 2019 });
    expect(early.evalYear).toBe(2019);
    // H1's machine was bought in 2020, after 2019; its house (2014) is fine.
    expect(early.villages[0]?.errors[0]?.issues.map((i) => [i.path.join('.'), i.code])).toEqual([
      ['machines.0.year', 'year_after_eval_year'],
    ]);
  });

  it('a repeated village id is a village error and its households are still scored', () => {
    const v = { id: 'v', householdsTotal: 1, partyOrganisation: 'good', households: [h1] };
    const result = evaluateBatch({ evalYear: 2024, villages: [v, v] });
    expect(result.villages[0]?.rating).not.toBeNull();
    expect(result.villages[1]?.rating).toBeNull();
    expect(result.villages[1]?.score).toBeNull();
    expect(result.villages[1]?.errors[0]?.issues[0]?.code).toBe('duplicate_id');
    expect(result.villages[1]?.households).toHaveLength(1);
    expect(result.summary.byRating.unrated).toBe(1);
  });

  it('a village that is not an object is reported, not dropped', () => {
    const result = evaluateBatch({ evalYear: 2024, villages: [42] });
    expect(result.villages).toHaveLength(1);
    expect(result.villages[0]?.id).toBeNull();
    expect(result.summary.invalidVillages).toBe(1);
  });
});

describe('deep nesting', () => {
  const deep = (levels: number): unknown => {
    let value: unknown = {};
    for (let i = 0; i < levels; i++) value = { x: value };
    return value;
  };

  it('a meta nested deeper than 32 levels is an error, measured without recursion', () => {
    const issues = issuesOf({ ...h1, meta: deep(200_000) as Record<string, unknown> });
    expect(issues.map((i) => [i.path.join('.'), i.code])).toEqual([['meta', 'too_big']]);
    expect(issuesOf({ ...h1, meta: deep(31) as Record<string, unknown> })).toEqual([]);
  });

  it('a batch whose village meta is 200,000 levels deep is reported, and the result can be written', () => {
    const result = evaluateBatch({
      evalYear: 2024,
      villages: [
        {
          id: 'v',
          householdsTotal: 1,
          partyOrganisation: 'good',
          households: [h1],
          meta: deep(200_000),
        },
      ],
    });
    expect(result.villages[0]?.errors[0]?.issues[0]?.path).toEqual(['meta']);
    expect(() => JSON.stringify(result)).not.toThrow();
  });
});
