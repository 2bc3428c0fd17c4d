import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  parseLines,
  readVector,
  runCli,
  temporaryDirectory,
  toNdjson,
  VECTORS,
} from './helpers/cli.js';

// The shared vectors through the built command, as a batch document and as NDJSON: the
// command must pass the core's results through untouched, the same both ways.

type Json = Record<string, unknown>;
interface Batch {
  evalYear: number;
  villages: Json[];
}

const VALID = ['golden', 'random', 'random-edge'] as const;
const temporary = temporaryDirectory();
afterAll(() => temporary.remove());

/** A village result reduced to the fields a `.expected.json` file lists. */
function expectedShape(village: Json): Json {
  const items = village.items as { id: string; points: number }[] | null;
  return {
    id: village.id,
    score: village.score,
    items: items === null ? null : Object.fromEntries(items.map((i) => [i.id, i.points])),
    gatesFailed: village.gatesFailed,
    rating: village.rating,
    households: (village.households as Json[]).map((h) => {
      const assets = h.assets as Json;
      const components = h.components as { id: string; points: number }[];
      return {
        id: h.id,
        assets: { gross: assets.gross, liabilities: assets.liabilities, net: assets.net },
        score: h.score,
        components: Object.fromEntries(components.map((c) => [c.id, c.points])),
        grade: h.grade,
        creditHousehold: h.creditHousehold,
        vetoes: h.vetoes,
        limit: h.limit,
      };
    }),
  };
}

/** Runs a vector as JSON and as NDJSON; returns both outputs. */
async function runBothWays(name: string) {
  const json = await runCli(['evaluate', join(VECTORS, `${name}.json`)]);
  const ndjsonFile = join(temporary.path, `${name}.ndjson`);
  writeFileSync(ndjsonFile, toNdjson(readVector(`${name}.json`) as Batch));
  const ndjson = await runCli(['evaluate', ndjsonFile, '--format', 'ndjson']);
  return { json, ndjson };
}

/** The NDJSON lines must be the JSON run's villages plus `line`, `model` and `evalYear`. */
function expectSameResults(document: Json, lines: Json[], evalYear: number): void {
  const villages = document.villages as Json[];
  expect(lines).toHaveLength(villages.length);
  lines.forEach((line, index) => {
    const { line: number, model, evalYear: year, ...village } = line;
    expect(Object.keys(line).slice(0, 3)).toEqual(['line', 'model', 'evalYear']);
    expect(number).toBe(index + 1);
    expect(model).toEqual(document.model);
    expect(year).toBe(evalYear);
    expect(village).toEqual(villages[index]);
  });
}

describe.each(VALID)('the %s vectors', (name) => {
  it('give the expected results as a batch document and the same as NDJSON (exit 0)', async () => {
    const { json, ndjson } = await runBothWays(name);
    expect(json.status, json.stderr).toBe(0);
    expect(ndjson.status, ndjson.stderr).toBe(0);
    const document = JSON.parse(json.stdout) as Json;
    const expected = readVector(`${name}.expected.json`) as { villages: Json[] };
    expect((document.villages as Json[]).map(expectedShape)).toEqual(expected.villages);
    expectSameResults(
      document,
      parseLines(ndjson.stdout),
      (readVector(`${name}.json`) as Batch).evalYear,
    );
  });
});

describe('the invalid vectors', () => {
  interface ExpectedError {
    index: number;
    id: string;
    paths: (string | number)[][];
  }
  interface ExpectedVillage {
    id: string;
    rating?: null;
    scored?: string[];
    errors?: ExpectedError[];
    villageError?: (string | number)[];
  }
  interface RecordError {
    index?: number;
    id?: string;
    issues: { path: (string | number)[]; code: string; message: string }[];
  }

  function expectReported(villages: Json[]): void {
    const expected = readVector('invalid.expected.json') as { villages: ExpectedVillage[] };
    expect(villages.map((v) => v.id)).toEqual(expected.villages.map((v) => v.id));
    expected.villages.forEach((want, i) => {
      const got = villages[i] as Json;
      const errors = got.errors as RecordError[];
      expect(got.rating).toBeNull();
      if (want.scored !== undefined) {
        expect((got.households as Json[]).map((h) => h.id)).toEqual(want.scored);
      }
      for (const error of want.errors ?? []) {
        const actual = errors.find((e) => e.index === error.index);
        expect(actual, `record ${error.index}`).toBeDefined();
        expect(actual?.id).toBe(error.id);
        const paths = actual?.issues.map((issue) => issue.path);
        for (const path of error.paths) expect(paths).toContainEqual(path);
      }
      if (want.villageError !== undefined) {
        const own = errors.filter((e) => e.index === undefined).flatMap((e) => e.issues);
        expect(own.map((issue) => issue.path)).toContainEqual(want.villageError);
      }
    });
  }

  it('report every bad record with its paths, score the valid ones, exit 1, both ways', async () => {
    const { json, ndjson } = await runBothWays('invalid');
    const expected = readVector('invalid.expected.json') as { exitStatus: number };
    expect(json.status).toBe(expected.exitStatus);
    expect(ndjson.status).toBe(expected.exitStatus);
    const document = JSON.parse(json.stdout) as Json;
    expectReported(document.villages as Json[]);
    expectSameResults(document, parseLines(ndjson.stdout), 2024);
  });

  it('name the village, the household and the field on standard error', async () => {
    const { json, ndjson } = await runBothWays('invalid');
    expect(json.stderr).toContain(
      'village bad-records, household b-area3dp (record 1): houses[0].areaM2: at most 2 decimal places',
    );
    expect(json.stderr).toContain('village bad-village-npl: loans.nonPerforming:');
    expect(ndjson.stderr).toContain(
      'village bad-records (line 1), household b-unknown-key (record 2): deposit:',
    );
    expect(json.stderr).toMatch(/invalid records: +16 household records, 3 villages/);
  });
});

describe('--reference', () => {
  it.each(['random-edge', 'invalid'])(
    'gives byte-identical results to the default path for %s',
    async (name) => {
      const file = join(VECTORS, `${name}.json`);
      const [fast, reference] = await Promise.all([
        runCli(['evaluate', file]),
        runCli(['evaluate', file, '--reference']),
      ]);
      expect(reference.status).toBe(fast.status);
      expect(reference.stdout).toBe(fast.stdout);
    },
  );
});
