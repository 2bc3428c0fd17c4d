import { evaluateBatch, type Model, type PathCounts, parseModel } from '@credit-village/core';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { readVector } from './vectors.js';

/**
 * The differential harness of the compiled path, for households and entities alike: one place
 * for what "the fast path equals the reference" means (the same bytes), for how a record is
 * edited at a path to probe the fast reader, and for what proves which path ran (the compiled
 * model's path counts), so both kinds of record are held to the same proof.
 */

/** The compiled and the reference result are the same bytes (JSON, key order included). */
export function expectSameBytes(compiled: unknown, reference: unknown): void {
  expect(JSON.stringify(compiled)).toBe(JSON.stringify(reference));
}

/** Every one of `evaluated` records was read and evaluated on the fast path, none elsewhere. */
export function expectAllFast(counts: PathCounts, evaluated: number): void {
  expect(counts).toEqual({ fast: evaluated, outOfRange: 0, reference: 0, readerMisses: 0 });
}

/**
 * Both paths ran (some records on the fast path, some refused by it and judged by the
 * reference), and the fast reader never refused a record the reference accepts.
 */
export function expectBothPathsRan(counts: PathCounts): void {
  expect(counts.readerMisses).toBe(0);
  expect(counts.fast).toBeGreaterThan(0);
  expect(counts.reference).toBeGreaterThan(0);
}

/** A path into a record: object keys and array indexes. */
export type EditPath = readonly (string | number)[];

/**
 * A deep copy of `record` with `value` set at `path` (deleted when `undefined`); containers
 * missing on the way are made (an array before an index, else an object).
 */
export function editAt(record: unknown, path: EditPath, value: unknown): Record<string, unknown> {
  const copy = structuredClone(record) as Record<string, unknown>;
  let target: Record<string | number, unknown> = copy;
  path.slice(0, -1).forEach((key, i) => {
    if (typeof target[key] !== 'object' || target[key] === null)
      target[key] = typeof path[i + 1] === 'number' ? [] : {};
    target = target[key] as Record<string | number, unknown>;
  });
  const last = path[path.length - 1] as string | number;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

/** Decimal texts on and past the grammar's edges, which the fast reader must judge as zod does. */
export const EDGE_DECIMAL_TEXTS = [
  '1e3',
  '-0',
  '0.005',
  '5.',
  '05',
  '',
  ' 1',
  '1,000',
  '10000000000.01',
  '-10000000000.00',
  '1000000.01',
] as const;

/** Values of every JSON kind (and `undefined`, a removed field) to put where a field was. */
export function fieldValues(
  texts: readonly string[],
  numbers: readonly number[],
): fc.Arbitrary<unknown> {
  return fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.string({ maxLength: 6 }),
    fc.constantFrom(...EDGE_DECIMAL_TEXTS, ...texts),
    fc.double(),
    fc.integer(),
    fc.constantFrom(...numbers),
    fc.boolean(),
    fc.array(fc.anything(), { maxLength: 2 }),
    fc.object({ maxDepth: 1 }),
  );
}

/** What the reader-agreement property runs on. */
export interface ReaderAgreement<R> {
  /** Valid records to edit. */
  readonly records: fc.Arbitrary<R>;
  /** Where to edit them. */
  readonly paths: readonly EditPath[];
  /** What to put there. */
  readonly values: fc.Arbitrary<unknown>;
  readonly compiled: (record: unknown) => unknown;
  readonly reference: (record: unknown) => unknown;
  readonly numRuns: number;
}

/**
 * The fast reader accepts exactly what the reference schema accepts: valid records edited at a
 * path give the same bytes on both paths, whether the edit leaves them valid or not. The caller
 * then checks with {@link expectBothPathsRan} that the edits reached both paths.
 */
export function expectReaderAgreement<R>(run: ReaderAgreement<R>): void {
  fc.assert(
    fc.property(run.records, fc.constantFrom(...run.paths), run.values, (record, path, value) => {
      const copy = editAt(record, path, value);
      expectSameBytes(run.compiled(copy), run.reference(copy));
    }),
    { numRuns: run.numRuns },
  );
}

/** The two paths of one compiled model, and its path counts. */
export interface BothPaths {
  readonly compiled: (record: unknown) => unknown;
  readonly reference: (record: unknown) => unknown;
  readonly counts: () => PathCounts;
}

/** What the agreement-over-models property runs on. */
export interface ModelAgreement<D> {
  /** Model documents, each with the records to evaluate under it. */
  readonly cases: fc.Arbitrary<readonly [D, readonly unknown[]]>;
  /** Both paths under a model parsed from one of the documents. */
  readonly under: (model: Model) => BothPaths;
  readonly numRuns: number;
}

/**
 * Records under random models give the same bytes on both paths, and the fast reader never
 * refuses a record the reference accepts. Returns the share of the records the fast path carried,
 * for the caller to hold to what its generators promise.
 */
export function fastShareOverModels<D>(run: ModelAgreement<D>): number {
  let fast = 0;
  let total = 0;
  fc.assert(
    fc.property(run.cases, ([doc, records]) => {
      const paths = run.under(parseModel(doc));
      for (const record of records)
        expectSameBytes(paths.compiled(record), paths.reference(record));
      const counts = paths.counts();
      expect(counts.readerMisses).toBe(0);
      fast += counts.fast;
      total += records.length;
    }),
    { numRuns: run.numRuns },
  );
  return fast / total;
}

/** One test per vector file: its batch evaluates to the same bytes on both paths. */
export function bothPathsOnVectors(names: readonly string[]): void {
  for (const name of names) {
    it(`${name}.json gives byte-identical results on the compiled and the reference path`, () => {
      const doc = readVector(`${name}.json`);
      expectSameBytes(evaluateBatch(doc), evaluateBatch(doc, { reference: true }));
    });
  }
}
