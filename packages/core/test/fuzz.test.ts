import {
  compareEvaluations,
  defaultModelDocument,
  evaluateBatch,
  evaluateHousehold,
  InputError,
  ModelError,
  nextGradeOptions,
  parseModel,
  safeParseModel,
} from '@credit-village/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runs } from '../../../test/setup-fast-check.js';
import { batchResultSchema } from '../src/schema/result.js';
import { EVAL_YEAR, household } from './arbitraries.js';

/** Hostile keys and values that collection files have been seen to carry, and worse. */
const key = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 8 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      'id',
      'income',
      'houses',
      'deposits',
      'civility',
    ),
  },
);
const edgeNumber = fc.constantFrom(
  0,
  -0,
  1e-7,
  0.005,
  0.01,
  2 ** 53,
  -(2 ** 53),
  1e21,
  10000000000,
  10000000000.01,
  1000000,
  1000000.01,
  Number.MAX_VALUE,
  1900,
  2100,
  2101,
);
const edgeString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '-0',
    '1e3',
    'NaN',
    'Infinity',
    '0.005',
    '10000000000.01',
    '\u0000',
    '\u202e',
    '𠀀',
    '<script>',
    '=1+1',
  ),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constant('x'.repeat(10_000)),
);
const value = fc.letrec((tie) => ({
  any: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    edgeNumber,
    fc.double(),
    fc.integer(),
    edgeString,
    fc.array(tie('any'), { maxLength: 4 }),
    fc.dictionary(key, tie('any'), { maxKeys: 5 }),
  ),
})).any;

/** A valid household with one field replaced by a hostile value (or an extra hostile key). */
const mutatedHousehold = fc.tuple(household(), key, value).map(([h, k, v]) => ({ ...h, [k]: v }));

/** Objects parsed from JSON: own `__proto__` keys included, as JSON.parse makes them. */
const viaJson = <T>(arb: fc.Arbitrary<T>) =>
  arb.map((x) => JSON.parse(JSON.stringify(x) ?? 'null') as unknown);

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const before = prototypes.map((p) => Object.getOwnPropertyNames(p).sort().join());

afterAll(() => {
  // No input, however hostile, may have added anything to a built-in prototype.
  expect(prototypes.map((p) => Object.getOwnPropertyNames(p).sort().join())).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('fuzzing the library entry points', () => {
  it('evaluateBatch returns a result document or throws InputError, nothing else', () => {
    fc.assert(
      fc.property(viaJson(value), (doc) => {
        try {
          expect(batchResultSchema.safeParse(evaluateBatch(doc)).success).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('with a usable envelope, every village and every household record comes out exactly once', () => {
    const village = fc.oneof(
      value,
      fc.record(
        {
          id: fc.oneof(fc.string(), value),
          householdsTotal: fc.oneof(fc.integer({ min: 1, max: 50 }), value),
          partyOrganisation: fc.constantFrom('good', 'weak', 'bad'),
          households: fc.array(fc.oneof(mutatedHousehold, household(), value), { maxLength: 8 }),
        },
        { requiredKeys: ['households'] },
      ),
    );
    fc.assert(
      fc.property(viaJson(fc.array(village, { maxLength: 5 })), (villages) => {
        const list = villages as unknown[];
        const result = evaluateBatch({ evalYear: EVAL_YEAR, villages: list });
        expect(batchResultSchema.safeParse(result).success).toBe(true);
        expect(result.villages).toHaveLength(list.length);
        result.villages.forEach((v, i) => {
          const input = list[i] as { households?: unknown } | null;
          const sent =
            input !== null && typeof input === 'object' && Array.isArray(input.households)
              ? input.households.length
              : 0;
          const reported = v.errors.filter((e) => e.index !== undefined).map((e) => e.index);
          expect(new Set(reported).size).toBe(reported.length);
          expect(v.households.length + reported.length).toBe(sent);
          for (const e of v.errors)
            for (const issue of e.issues) expect(issue.message.length).toBeGreaterThan(0);
        });
      }),
      { numRuns: runs(300) },
    );
  });

  it('evaluateHousehold and nextGradeOptions return a result or throw InputError', () => {
    fc.assert(
      fc.property(viaJson(fc.oneof(mutatedHousehold, value)), (record) => {
        for (const call of [
          () => evaluateHousehold(record, { evalYear: EVAL_YEAR }),
          () => nextGradeOptions(record, { evalYear: EVAL_YEAR }),
        ]) {
          try {
            call();
          } catch (error) {
            expect(error).toBeInstanceOf(InputError);
          }
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('parseModel of a mutated model gives a model or a ModelError listing issues', () => {
    const paths = [
      'id',
      'version',
      'assets',
      'score',
      'grades',
      'limit',
      'village',
      'display',
      'examples',
      '__proto__',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        viaJson(value),
        fc.boolean(),
        (path, replacement, nested) => {
          const doc = defaultModelDocument() as Record<string, unknown>;
          // Own properties only, as JSON.parse makes them (an assignment to "__proto__" would not be).
          const set = (target: object, k: string, v: unknown) =>
            Object.defineProperty(target, k, {
              value: v,
              enumerable: true,
              writable: true,
              configurable: true,
            });
          const child = Object.hasOwn(doc, path) ? doc[path] : undefined;
          const first =
            typeof child === 'object' && child !== null ? Object.keys(child)[0] : undefined;
          if (nested && first !== undefined) set(child as object, first, replacement);
          else set(doc, path, replacement);
          const result = safeParseModel(JSON.parse(JSON.stringify(doc)));
          if (!result.ok) expect(result.issues.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: runs(300) },
    );
    fc.assert(
      fc.property(viaJson(value), (doc) => {
        const result = safeParseModel(doc);
        expect(result.ok).toBe(false);
        // The throwing twin throws the typed error with the same issues, never anything else.
        const thrown = (() => {
          try {
            parseModel(doc);
          } catch (error) {
            return error;
          }
          return undefined;
        })();
        expect(thrown).toBeInstanceOf(ModelError);
        if (!result.ok) expect((thrown as ModelError).issues).toEqual(result.issues);
      }),
      { numRuns: runs(200) },
    );
  });

  it('compareEvaluations of hostile result documents never pollutes or crashes', () => {
    const result = JSON.parse(
      JSON.stringify(
        evaluateBatch({
          evalYear: EVAL_YEAR,
          villages: [{ id: 'v', householdsTotal: 2, partyOrganisation: 'good', households: [] }],
        }),
      ),
    );
    const hostile = structuredClone(result);
    hostile.villages[0].households = [{ ...structuredClone(result.villages[0]), id: 'x' }];
    const withProtoGrade = JSON.parse(
      JSON.stringify(result).replace('"byGrade":{', '"byGrade":{"__proto__":1,'),
    );
    for (const doc of [hostile, withProtoGrade, {}, null]) {
      try {
        compareEvaluations(result, doc);
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
      }
    }
  });
});
