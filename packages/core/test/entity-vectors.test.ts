import { evaluateBatch, safeEvaluateBatch, safeParseJson } from '@credit-village/core';
import { describe, expect, it } from 'vitest';
import { batchResultSchema } from '../src/schema/result.js';
import {
  ENTITY_VECTORS,
  projectEntity,
  projectTownship,
  projectVillage,
  readVector,
} from './vectors.js';

// The vectors of docs/model.md §8–9 (entities, townships, the county), on both paths.

interface Expected {
  villages: { id: string; villageErrors?: unknown; errors?: unknown }[];
  entities: unknown[];
  entityErrors: { index: number; id?: string; paths: (string | number)[][] }[];
  townships?: { id: string; townshipErrors?: unknown }[];
  county?: unknown;
  summary: { entities: unknown; byTownshipRating?: unknown };
}

interface ExpectedInvalid {
  villages: {
    id: string;
    rating: string | null;
    villageError?: (string | number)[];
    errors?: { index: number; id?: string; paths: (string | number)[][] }[];
  }[];
  townships: { id: string; rating: string | null; townshipError?: (string | number)[][] }[];
  entities: {
    scored: string[];
    errors: { index: number; id?: string; paths: (string | number)[][] }[];
  };
}

const paths = (issues: readonly { path: readonly (string | number)[] }[]) =>
  issues.map((issue) => JSON.stringify(issue.path));

for (const [path, options] of [
  ['compiled path (the default)', {}],
  ['reference path', { reference: true }],
] as const) {
  describe(`entity and township vectors, ${path}`, () => {
    for (const name of ENTITY_VECTORS) {
      it(`${name}.json matches ${name}.expected.json on every listed field`, () => {
        const result = evaluateBatch(readVector(`${name}.json`), options);
        const expected = readVector(`${name}.expected.json`) as Expected;
        expect(batchResultSchema.safeParse(result).success).toBe(true);
        expect(result.villages.map(projectVillage)).toEqual(expected.villages);
        expect(result.entities?.map(projectEntity)).toEqual(expected.entities);
        expect(
          result.entityErrors?.map((e) => ({ index: e.index, id: e.id, paths: paths(e.issues) })),
        ).toEqual(expected.entityErrors);
        if (expected.townships !== undefined) {
          expect(result.townships?.map(projectTownship)).toEqual(expected.townships);
          expect(result.county).toEqual(expected.county);
        } else {
          expect(result.townships).toBeUndefined();
          expect(result.county).toBeUndefined();
        }
        expect(result.summary.entities).toEqual(expected.summary.entities);
        expect(result.summary.byTownshipRating).toEqual(expected.summary.byTownshipRating);
      });
    }

    it('invalid-v2.json reports every listed path, scores the valid records, loses nothing', () => {
      const doc = readVector('invalid-v2.json') as { entities: unknown[]; townships: unknown[] };
      const result = evaluateBatch(doc, options);
      const expected = readVector('invalid-v2.expected.json') as ExpectedInvalid;
      expect(batchResultSchema.safeParse(result).success).toBe(true);
      expect(result.entities?.map((e) => e.id)).toEqual(expected.entities.scored);
      for (const error of expected.entities.errors) {
        const got = result.entityErrors?.find((e) => e.index === error.index);
        expect(got?.id, `entity ${error.index}`).toBe(error.id);
        for (const p of error.paths)
          expect(paths(got?.issues ?? []), `entity ${error.index}`).toContain(JSON.stringify(p));
      }
      // Every entity exactly once, in `entities` or `entityErrors`.
      expect((result.entities?.length ?? 0) + (result.entityErrors?.length ?? 0)).toBe(
        doc.entities.length,
      );
      expect(result.townships?.map((t) => [t.id, t.rating])).toEqual(
        expected.townships.map((t) => [t.id, t.rating]),
      );
      expected.townships.forEach((t, i) => {
        const got = result.townships?.[i];
        if (t.townshipError === undefined) return;
        const own = got?.errors.find((e) => e.index === undefined);
        for (const p of t.townshipError)
          expect(paths(own?.issues ?? []), `township ${t.id}`).toContain(JSON.stringify(p));
        expect(got?.shares).toBeNull();
        expect(got?.gatesFailed).toBeNull();
      });
      expected.villages.forEach((v, i) => {
        const got = result.villages[i];
        expect([got?.id, got?.rating]).toEqual([v.id, v.rating]);
        if (v.villageError !== undefined) {
          const own = got?.errors.find((e) => e.index === undefined);
          expect(paths(own?.issues ?? [])).toContain(JSON.stringify(v.villageError));
          expect(got?.score).toBeNull();
        }
        for (const error of v.errors ?? []) {
          const bad = got?.errors.find((e) => e.index === error.index);
          expect(bad?.id).toBe(error.id);
          for (const p of error.paths)
            expect(paths(bad?.issues ?? [])).toContain(JSON.stringify(p));
        }
      });
      // A township not rated makes the county's verdict null.
      expect(result.county?.creditCounty).toBeNull();
    });
  });
}

describe('entities of a batch', () => {
  const ff1 = (readVector('entities.json') as { entities: Record<string, unknown>[] })
    .entities[0] as Record<string, unknown>;

  it('compare ids by the id rule: a full-width id repeats a half-width one', () => {
    const result = evaluateBatch({
      evalYear: 2024,
      villages: [],
      entities: [
        { ...ff1, id: 'F1' },
        { ...ff1, id: 'Ｆ1' },
      ],
    });
    expect(result.entities?.map((e) => e.id)).toEqual(['F1']);
    expect(result.entityErrors).toEqual([
      {
        index: 1,
        id: 'Ｆ1',
        issues: [expect.objectContaining({ path: ['id'], code: 'duplicate_id' })],
      },
    ]);
  });

  it('a key written twice inside an entity is its error at its path; at the top, the document is unusable', () => {
    const text = `{"evalYear":2024,"villages":[],"entities":[${JSON.stringify(ff1).replace('"scale":"300"', '"scale":"300","scale":"400"')}]}`;
    const parsed = safeParseJson(text);
    if (!parsed.ok) throw new Error('not JSON');
    const result = evaluateBatch(parsed.value);
    expect(result.entities).toEqual([]);
    expect(result.entityErrors?.[0]?.issues.map((i) => [i.path, i.code])).toEqual([
      [['scale'], 'duplicate_key'],
    ]);
    const twice = safeParseJson('{"evalYear":2024,"villages":[],"entities":[],"entities":[]}');
    if (!twice.ok) throw new Error('not JSON');
    const unusable = safeEvaluateBatch(twice.value);
    expect(unusable.ok ? [] : unusable.issues.map((i) => i.path)).toEqual([['entities']]);
  });
});
