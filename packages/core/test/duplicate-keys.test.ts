import {
  defaultModelDocument,
  evaluateBatch,
  type Issue,
  type ParsedJson,
  parseModel,
  safeEvaluateBatch,
  safeParseJson,
} from '@credit-village/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../test/setup-fast-check.js';
import { EVAL_YEAR, household } from './arbitraries.js';

// JSON.parse keeps the last of two equal keys without a word. Every key written twice must be
// an error at its path: a household's or a village's error inside a batch, an unusable document
// at its top, a model error in a model. Never a silent win of the last value.

type Path = (string | number)[];

/** Every object key of a JSON value, with its path (objects only, where a key can repeat). */
function keyPaths(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value))
    value.forEach((child, i) => {
      keyPaths(child, [...path, i], out);
    });
  else if (typeof value === 'object' && value !== null)
    for (const [key, child] of Object.entries(value)) {
      out.push([...path, key]);
      keyPaths(child, [...path, key], out);
    }
  return out;
}

/** The document's text with the key at `path` written a second time, just after the first. */
function withDuplicate(document: unknown, path: Path, extra: unknown): string {
  const marker = '\u0000DUPLICATE\u0000';
  const copy = structuredClone(document) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const part of path.slice(0, -1)) parent = parent[part] as Record<string | number, unknown>;
  const key = path[path.length - 1] as string;
  // Rebuild the parent with a marker key right after the duplicated one, then write the marker
  // as the same key in the text.
  const rebuilt: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(parent)) {
    rebuilt[k] = v;
    if (k === key) rebuilt[marker] = extra;
  }
  for (const k of Object.keys(parent)) delete parent[k];
  Object.assign(parent, rebuilt);
  return JSON.stringify(copy).replace(JSON.stringify(marker), JSON.stringify(key));
}

function allIssues(result: ReturnType<typeof evaluateBatch>): Issue[] {
  return result.villages.flatMap((v) => v.errors.flatMap((e) => e.issues));
}

const batch = fc.array(household(), { minLength: 1, maxLength: 4 }).map((households) => ({
  evalYear: EVAL_YEAR,
  villages: [
    {
      id: 'v',
      householdsTotal: 10,
      partyOrganisation: 'good',
      households: households.map((h, i) => ({ ...h, id: `h${i}` })),
    },
  ],
}));

describe('keys written twice', () => {
  it('duplicate_key_anywhere_in_a_batch_is_an_error_at_its_path_and_nothing_is_lost', () => {
    fc.assert(
      fc.property(
        batch.chain((doc) =>
          fc.tuple(
            fc.constant(doc),
            fc.constantFrom(...keyPaths(doc)),
            fc.jsonValue({ maxDepth: 1 }),
          ),
        ),
        ([doc, path, extra]) => {
          const parsed = safeParseJson(withDuplicate(doc, path, extra));
          expect(parsed.ok).toBe(true);
          if (!parsed.ok) return;
          expect(parsed.value.duplicateKeys).toEqual([path]);
          const outcome = safeEvaluateBatch(parsed.value);
          if (!outcome.ok) {
            // Only a key at the top of the document makes it unusable.
            expect(path.length).toBe(1);
            expect(outcome.issues.some((i) => i.code === 'duplicate_key')).toBe(true);
            return;
          }
          expect(path.length).toBeGreaterThan(1);
          const [village] = outcome.value.villages;
          const inHousehold = path[2] === 'households' && typeof path[3] === 'number';
          const reported = allIssues(outcome.value).filter((i) => i.code === 'duplicate_key');
          expect(reported).toHaveLength(1);
          expect(reported[0]?.path).toEqual(path.slice(inHousehold ? 4 : 2));
          expect(village?.rating).toBeNull();
          if (inHousehold) {
            const entry = village?.errors.find((e) => e.index === path[3]);
            expect(entry?.issues.map((i) => i.code)).toContain('duplicate_key');
          }
          // Every household sent comes out once, in households or in errors.
          const records =
            (JSON.parse(JSON.stringify(doc)) as typeof doc).villages[0]?.households ?? [];
          const seen =
            (village?.households.length ?? 0) +
            (village?.errors.filter((e) => e.index !== undefined).length ?? 0);
          if (!(path[2] === 'households' && path.length === 3)) expect(seen).toBe(records.length);
        },
      ),
      { numRuns: runs(300) },
    );
  });

  it('the cases of the report: a cleared veto, a replaced village list, an emptied village', () => {
    const h1 = {
      id: 'H1',
      income: { net: '160000', operating: '100000' },
      civility: Object.fromEntries(
        (
          defaultModelDocument() as { score: { civility: { dimensions: { code: string }[] } } }
        ).score.civility.dimensions.map((d) => [d.code, 'good']),
      ),
      creditRecord: 'none',
    };
    const village = (households: unknown[]) => ({
      id: 'v',
      householdsTotal: 5,
      partyOrganisation: 'good',
      households,
    });
    const vetoText = JSON.stringify({
      evalYear: 2024,
      villages: [village([{ ...h1, vetoes: ['V1'] }])],
    }).replace('"vetoes":["V1"]', '"vetoes":["V1"],"vetoes":[]');
    const vetoed = evaluateBatch(
      safeParseJson(vetoText).ok ? (safeParseJson(vetoText) as { value: ParsedJson }).value : null,
    );
    expect(vetoed.villages[0]?.households).toEqual([]);
    expect(vetoed.villages[0]?.errors[0]?.issues.map((i) => [i.path, i.code])).toContainEqual([
      ['vetoes'],
      'duplicate_key',
    ]);

    const twoLists = `{"evalYear":2024,"villages":[${JSON.stringify({ ...village([]), id: 'A' })}],"villages":[${JSON.stringify({ ...village([]), id: 'C' })}]}`;
    const lists = safeEvaluateBatch((safeParseJson(twoLists) as { value: ParsedJson }).value);
    expect(lists.ok).toBe(false);

    const emptied = JSON.stringify({ evalYear: 2024, villages: [village([h1])] }).replace(
      '"households":[',
      '"households":[],"households":[',
    );
    const result = evaluateBatch((safeParseJson(emptied) as { value: ParsedJson }).value);
    expect(result.villages[0]?.rating).toBeNull();
    expect(result.villages[0]?.score).toBeNull();
  });

  it('a model that writes a key twice is a model error, never a model with the default hash', () => {
    const text = JSON.stringify(defaultModelDocument()).replace(
      '"unitCost":"1200"',
      '"unitCost":"1200","unitCost":"1500"',
    );
    const parsed = safeParseJson(text);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(() => parseModel(parsed.value)).toThrow(/written twice/);
  });
});
