import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { runs } from '../../../test/setup-fast-check.js';
import { readVector, runCli, temporaryDirectory } from './helpers/cli.js';

// The command under hostile input: whatever the file holds, it exits 0, 1 or 2, never prints a
// stack trace, and every household record sent comes out exactly once (scored or as an error).

const temporary = temporaryDirectory();
afterAll(() => temporary.remove());
type Json = Record<string, unknown>;
const golden = readVector('golden.json') as { villages: (Json & { households: Json[] })[] };
const households = golden.villages[0]?.households ?? [];

const key = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom('__proto__', 'constructor', 'income', 'deposits', 'id', 'houses'),
);
const hostile = fc.oneof(
  fc.constantFrom(
    null,
    true,
    -0,
    1e-7,
    0.005,
    2 ** 53,
    1e21,
    10000000000.01,
    '',
    '1e3',
    'NaN',
    '\u0000',
    '\u202e',
    '<b>',
    '=1+1',
    'x'.repeat(3000),
  ),
  fc.string({ maxLength: 8 }),
  fc.double(),
  fc.jsonValue({ maxDepth: 2 }),
);
/** A golden household with one field replaced by a hostile value, or a hostile value instead. */
const household = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(...households), key, hostile)
      .map(([h, k, v]) => JSON.parse(JSON.stringify({ ...h, [k]: v })) as unknown),
  },
  { weight: 1, arbitrary: fc.constantFrom(...households) },
  { weight: 1, arbitrary: hostile },
);
const village = fc.record({
  id: fc.oneof(fc.string({ minLength: 1, maxLength: 5 }), hostile),
  householdsTotal: fc.oneof(fc.constant(50), hostile),
  partyOrganisation: fc.constantFrom('good', 'weak', 'great'),
  households: fc.array(household, { maxLength: 6 }),
});

function sentHouseholds(v: unknown): number {
  const list =
    typeof v === 'object' && v !== null ? (v as { households?: unknown }).households : undefined;
  return Array.isArray(list) ? list.length : 0;
}

function outcome(result: Json): number {
  const scored = (result.households as unknown[]).length;
  const errors = (result.errors as { index?: number }[]).filter(
    (e) => e.index !== undefined,
  ).length;
  return scored + errors;
}

describe('fuzzing the command', () => {
  it('json: exit 0, 1 or 2; no stack trace; every household exactly once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          {
            weight: 4,
            arbitrary: fc
              .array(village, { maxLength: 4 })
              .map((villages) => ({ evalYear: 2024, villages })),
          },
          { weight: 1, arbitrary: hostile },
        ),
        async (doc) => {
          const path = join(temporary.path, 'fuzz.json');
          writeFileSync(path, JSON.stringify(doc) ?? 'null');
          const run = await runCli(['evaluate', path]);
          expect([0, 1, 2]).toContain(run.status);
          expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+|internal error/);
          if (run.status === 2) return;
          const result = JSON.parse(run.stdout) as { villages: Json[] };
          const input = (doc as { villages: unknown[] }).villages;
          expect(result.villages).toHaveLength(input.length);
          result.villages.forEach((v, i) => {
            expect(outcome(v)).toBe(sentHouseholds(input[i]));
          });
        },
      ),
      { numRuns: runs(25) },
    );
  });

  it('ndjson: exit 0, 1 or 2; no stack trace; one result per line; every household once', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            { weight: 4, arbitrary: village.map((v) => JSON.stringify(v)) },
            { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
          ),
          { minLength: 1, maxLength: 6 },
        ),
        async (lines) => {
          const path = join(temporary.path, 'fuzz.ndjson');
          writeFileSync(path, lines.join('\n'));
          const run = await runCli(['evaluate', path, '--format', 'ndjson', '--eval-year', '2024']);
          expect([0, 1, 2]).toContain(run.status);
          expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+|internal error/);
          if (run.status === 2) return;
          const results = run.stdout
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l) as Json);
          const nonBlank = lines
            .map((l, i) => [l, i + 1] as const)
            .filter(([l]) => l.trim() !== '');
          expect(results.map((r) => r.line)).toEqual(nonBlank.map(([, n]) => n));
          results.forEach((r, i) => {
            let sent = 0;
            try {
              sent = sentHouseholds(JSON.parse(nonBlank[i]?.[0] ?? ''));
            } catch {}
            expect(outcome(r)).toBe(sent);
          });
        },
      ),
      { numRuns: runs(25) },
    );
  });
});
