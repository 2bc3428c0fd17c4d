import { evaluateBatch } from '@credit-village/core';
import { describe, expect, it } from 'vitest';
import { batchResultSchema } from '../src/schema/result.js';
import { projectBatch, projectVillage, readVector, VALID_VECTORS } from './vectors.js';

interface ExpectedInvalid {
  villages: {
    id: string;
    rating?: null;
    scored?: string[];
    errors?: { index: number; id: string; paths: (string | number)[][] }[];
    villageError?: (string | number)[];
  }[];
}

for (const [path, options] of [
  ['compiled path (the default)', {}],
  ['reference path', { reference: true }],
] as const) {
  describe(`shared vectors, ${path}`, () => {
    for (const name of VALID_VECTORS) {
      it(`${name}.json matches ${name}.expected.json on every listed field`, () => {
        const result = evaluateBatch(readVector(`${name}.json`), options);
        const expected = readVector(`${name}.expected.json`) as { villages: { id: string }[] };
        expect(batchResultSchema.safeParse(result).success).toBe(true);
        expect(result.villages.map((v) => v.id)).toEqual(expected.villages.map((v) => v.id));
        // Compare village by village so a failure names the village.
        result.villages.forEach((village, i) => {
          expect(projectVillage(village), `village ${village.id}`).toEqual(expected.villages[i]);
        });
        expect(projectBatch(result)).toEqual(expected);
      });
    }

    it('invalid.json reports every listed path and scores the valid records', () => {
      const result = evaluateBatch(readVector('invalid.json'), options);
      const expected = readVector('invalid.expected.json') as ExpectedInvalid;
      expect(batchResultSchema.safeParse(result).success).toBe(true);
      expect(result.villages).toHaveLength(expected.villages.length);
      expected.villages.forEach((ev, i) => {
        const village = result.villages[i];
        expect(village?.id).toBe(ev.id);
        if (village === undefined) return;
        expect(village.rating).toBeNull();
        if (ev.scored !== undefined) expect(village.households.map((h) => h.id)).toEqual(ev.scored);
        for (const error of ev.errors ?? []) {
          const got = village.errors.find((e) => e.index === error.index);
          expect(got?.id, `record ${error.index}`).toBe(error.id);
          const paths = (got?.issues ?? []).map((issue) => JSON.stringify(issue.path));
          for (const path of error.paths)
            expect(paths, `record ${error.index}`).toContain(JSON.stringify(path));
        }
        if (ev.villageError !== undefined) {
          const own = village.errors.find((e) => e.index === undefined);
          expect(own?.issues.map((issue) => JSON.stringify(issue.path))).toContain(
            JSON.stringify(ev.villageError),
          );
          expect(village.score).toBeNull();
          expect(village.items).toBeNull();
        }
      });
      // Nothing lost: every record sent is scored or reported.
      const doc = readVector('invalid.json') as { villages: { households: unknown[] }[] };
      result.villages.forEach((village, i) => {
        const sent = doc.villages[i]?.households.length ?? 0;
        const reported = village.errors.filter((e) => e.index !== undefined).length;
        expect(village.households.length + reported).toBe(sent);
      });
    });

    it('gives byte-identical output for the same input', () => {
      const doc = readVector('random-edge.json');
      expect(JSON.stringify(evaluateBatch(doc, options))).toBe(
        JSON.stringify(evaluateBatch(structuredClone(doc), options)),
      );
    });
  });
}
