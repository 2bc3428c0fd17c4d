import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  defaultModel,
  defaultModelDocument,
  evaluateBatch,
  type Issue,
  ModelError,
  parseModel,
  safeParseModel,
} from '@credit-village/core';
import canonicalize from 'canonicalize';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from './arbitraries.js';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

type Doc = ReturnType<typeof mutable>;
function mutable() {
  return defaultModelDocument() as {
    id: string;
    version: number;
    assets: {
      houses: { structures: { code: string; unitCost: string; life: number; residual: string }[] };
      livestock: { species: { code: string; price: string }[] };
    };
    score: { netAssets: { bins: { when: string; value: string; points: number }[] } };
    grades: { code: string; minScore: number; creditHousehold: boolean }[];
    limit: { byGrade: { grade: string; base: string; cap: string }[] };
    village: { gates: Record<string, unknown>[] };
    [key: string]: unknown;
  };
}

function problems(doc: unknown): Issue[] {
  const result = safeParseModel(doc);
  if (result.ok) throw new Error('expected an invalid model');
  return [...result.issues];
}

const paths = (issues: Issue[]) => issues.map((i) => JSON.stringify(i.path));

describe('the default model', () => {
  it('is wangjiang-default version 2 with a sha256 of its RFC 8785 form', () => {
    const model = defaultModel();
    expect(model.id).toBe('wangjiang-default');
    expect(model.version).toBe(2);
    const canonical = canonicalize(model.document) ?? '';
    expect(model.hash).toBe(
      `sha256:${createHash('sha256').update(canonical, 'utf8').digest('hex')}`,
    );
  });

  it('is frozen, so nobody can change a number after it was hashed', () => {
    const doc = defaultModel().document as unknown as Doc;
    expect(() => {
      (doc.grades[0] as { minScore: number }).minScore = 1;
    }).toThrow();
  });
});

describe('an invalid model is a ModelError listing every problem', () => {
  it('unsorted bins, a gap in grade bands, a negative price and an unknown reference together', () => {
    const doc = mutable();
    doc.score.netAssets.bins[1] = { when: '>=', value: '900000', points: 22 };
    (doc.grades[4] as { minScore: number }).minScore = 10;
    (doc.assets.livestock.species[0] as { price: string }).price = '-1200';
    (doc.limit.byGrade[2] as { grade: string }).grade = 'AAAA';
    const issues = problems(doc);
    expect(paths(issues)).toContain(JSON.stringify(['assets', 'livestock', 'species', 0, 'price']));
    // The schema problem stops the consistency checks; fix it and the rest are all listed.
    (doc.assets.livestock.species[0] as { price: string }).price = '1200';
    const rest = paths(problems(doc));
    expect(rest).toContain(JSON.stringify(['score', 'netAssets', 'bins', 1, 'value']));
    expect(rest).toContain(JSON.stringify(['grades', 4, 'minScore']));
    expect(rest).toContain(JSON.stringify(['limit', 'byGrade', 2, 'grade']));
    expect(rest).toContain(JSON.stringify(['grades', 2])); // grade A lost its limit row
    expect(() => parseModel(doc)).toThrow(ModelError);
  });

  it('lists several schema problems at once, unknown keys at their own path', () => {
    const doc = mutable();
    doc.version = 1.5;
    doc.colour = 'red';
    (doc.assets.houses.structures[0] as { life: number }).life = 0;
    (doc.assets.houses.structures[1] as { residual: string }).residual = '1.5';
    (doc.assets.houses.structures[2] as { unitCost: unknown }).unitCost = 800;
    const issues = problems(doc);
    expect(paths(issues)).toEqual(
      expect.arrayContaining([
        JSON.stringify(['version']),
        JSON.stringify(['colour']),
        JSON.stringify(['assets', 'houses', 'structures', 0, 'life']),
        JSON.stringify(['assets', 'houses', 'structures', 1, 'residual']),
        JSON.stringify(['assets', 'houses', 'structures', 2, 'unitCost']),
      ]),
    );
    for (const issue of issues) expect(issue.message.length).toBeGreaterThan(10);
  });

  it('rejects duplicate codes, reserved codes and a gate on an unknown level', () => {
    const doc = mutable();
    doc.assets.houses.structures.push({
      ...(doc.assets.houses.structures[0] as {
        code: string;
        unitCost: string;
        life: number;
        residual: string;
      }),
    });
    doc.assets.livestock.species.push({ code: 'constructor', price: '1' });
    doc.village.gates[3] = { item: 'partyOrganisation', when: 'in', values: ['collapsed'] };
    const first = paths(problems(doc));
    expect(first).toContain(JSON.stringify(['assets', 'livestock', 'species', 5, 'code']));
    doc.assets.livestock.species.pop();
    const rest = paths(problems(doc));
    expect(rest).toContain(JSON.stringify(['assets', 'houses', 'structures', 4, 'code']));
    expect(rest).toContain(JSON.stringify(['village', 'gates', 3, 'values', 0]));
  });

  it('rejects a grade band no score can reach', () => {
    const doc = mutable();
    (doc.grades[0] as { minScore: number }).minScore = 101;
    expect(paths(problems(doc))).toContain(JSON.stringify(['grades', 0, 'minScore']));
  });
});

describe('a county model', () => {
  it('can add a livestock species and a house structure without code changes', () => {
    const doc = mutable();
    doc.id = 'county-x';
    doc.assets.livestock.species.push({ code: 'duck', price: '60' });
    doc.assets.houses.structures.push({
      code: 'steelFrame',
      unitCost: '1800',
      life: 50,
      residual: '0.05',
    });
    const county = parseModel(doc);
    expect(county.id).toBe('county-x');
    expect(county.hash).not.toBe(defaultModel().hash);
  });
});

describe('model self-checks (worked examples)', () => {
  it('the default model carries H1-H9 and R1-R3 and they hold', () => {
    const examples = (defaultModel().document.examples ?? []).filter(
      (e) => e.household !== undefined,
    );
    expect(examples.map((e) => e.name.slice(0, 2))).toEqual([
      'H1',
      'H2',
      'H3',
      'H4',
      'H5',
      'H6',
      'H7',
      'H8',
      'H9',
      'R1',
      'R2',
      'R3',
    ]);
    expect(safeParseModel(defaultModelDocument()).ok).toBe(true);
  });

  it('a changed number that breaks an example is reported with the example and the figure', () => {
    const doc = mutable();
    (doc.limit.byGrade[0] as { base: string }).base = '90000';
    const issues = problems(doc);
    expect(issues.every((i) => i.code === 'example_mismatch')).toBe(true);
    // H1, H2… of grade AAA: H1, H6 (capped, unchanged), H9.
    const messages = issues.map((i) => i.message).join('\n');
    expect(messages).toContain('H1');
    expect(messages).toContain('limit');
    expect(paths(issues)).toContain(JSON.stringify(['examples', 0, 'expect', 'limit']));
  });
});

describe('a model is data, never code', () => {
  it('hostile ids, names and labels are carried as text and run nothing', () => {
    const doc = mutable();
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the ${…} is part of the hostile text
    const hostile = '"); globalThis.pwned = 1; ("</script><img src=x onerror=alert(1)>${1+1}';
    doc.id = hostile;
    (doc as Record<string, unknown>).name = { zh: hostile, en: hostile };
    doc.assets.livestock.species.push({ code: 'duck', price: '60' });
    delete doc.examples;
    const model = parseModel(doc);
    const household = {
      id: hostile,
      income: { net: '1', operating: '0' },
      livestock: { duck: 2 },
      civility: Object.fromEntries(DIMENSIONS.map((d) => [d, 'good'])),
      creditRecord: 'none',
    };
    const result = evaluateBatch(
      {
        evalYear: 2024,
        villages: [
          { id: hostile, householdsTotal: 1, partyOrganisation: 'good', households: [household] },
        ],
      },
      { model },
    );
    expect(result.model.id).toBe(hostile);
    expect(result.villages[0]?.households[0]?.id).toBe(hostile);
    expect((globalThis as { pwned?: unknown }).pwned).toBeUndefined();
  });

  it('the library source never evaluates text: no eval, no Function constructor', () => {
    const files = readdirSync(SRC, { recursive: true }).filter((f) => String(f).endsWith('.ts'));
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const text = readFileSync(join(SRC, String(file)), 'utf8');
      expect(text, String(file)).not.toMatch(/\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(/);
    }
  });
});
