import {
  defaultModel,
  defaultModelDocument,
  evaluateBatch,
  evaluateHousehold,
  evaluateVillage,
  InputError,
  type Issue,
  jsonSchema,
  ModelError,
  parseModel,
  safeEvaluateBatch,
  safeEvaluateEntity,
  safeParseModel,
} from '@credit-village/core';
import { describe, expect, it } from 'vitest';
import { readVector } from './vectors.js';

// biome-ignore lint/suspicious/noExplicitAny: a JSON document edited in place by the tests
type Doc = Record<string, any>;

function mutable(): Doc {
  const doc = defaultModelDocument() as Doc;
  return doc;
}

function problems(doc: unknown): Issue[] {
  const result = safeParseModel(doc);
  if (result.ok) throw new Error('expected an invalid model');
  return [...result.issues];
}

const paths = (issues: readonly Issue[]) => issues.map((i) => JSON.stringify(i.path));

/** A version-1 model: the default without its entity, township and county sections. */
function versionOne(): Doc {
  const doc = mutable();
  doc.version = 1;
  delete doc.entity;
  delete doc.township;
  delete doc.county;
  doc.examples = doc.examples.filter((e: Doc) => e.household !== undefined);
  return doc;
}

describe('the entity, township and county sections of the default model', () => {
  it('carry the numbers of docs/model.md §8–9 as data', () => {
    const doc = defaultModel().document;
    expect(doc.entity?.types.map((t) => t.code)).toEqual([
      'familyFarm',
      'cooperative',
      'largeHousehold',
      'enterprise',
    ]);
    expect(doc.entity?.types.every((t) => t.label?.zh && t.label.en)).toBe(true);
    expect(doc.entity?.components.scale.thresholds.map((t) => `${t.line} ${t.value}`)).toEqual([
      'grain 200',
      'cashCrops 50',
      'vegetables 20',
      'aquaculture 50',
      'forestry 200',
      'pigs 300',
      'cattle 50',
      'sheep 300',
      'poultry 10000',
    ]);
    expect(doc.entity?.vetoes.codes.map((c) => c.code)).toEqual(['E1', 'E2', 'E3', 'E4', 'E5']);
    expect(doc.entity?.limit.creditOnlyCeiling).toBe('1000000');
    const caps = Object.fromEntries(
      (doc.entity?.limit.byGrade ?? []).map((row) => [
        row.grade,
        Object.fromEntries(row.caps.map((c) => [c.type, c.cap])),
      ]),
    );
    expect(caps.AA).toEqual({
      familyFarm: '2000000',
      cooperative: '2000000',
      largeHousehold: '600000',
      enterprise: '3000000',
    });
    expect(doc.township?.gates.map((g) => `${g.id} ${g.measure} ${g.when} ${g.value}`)).toEqual([
      'npl npl > 0.05',
      'nplIncrement nplIncrement > 0.01',
      'arrears performing < 0.9',
    ]);
    expect(doc.county?.creditVillageShare).toEqual({ when: '>=', value: '0.6' });
  });

  it('carry the worked entities FF1, COOP1, LSH1, VNAE and townships T1, T2, and they hold', () => {
    const names = (defaultModel().document.examples ?? [])
      .filter((e) => e.household === undefined)
      .map((e) => e.name.split(':')[0]);
    expect(names).toEqual(['FF1', 'COOP1', 'LSH1', 'VNAE', 'T1', 'T2']);
    // parseModel checks them: the default document parses.
    expect(parseModel(defaultModelDocument()).hash).toBe(defaultModel().hash);
  });

  it('an entity example giving another figure is an example_mismatch at its path', () => {
    const doc = mutable();
    const lsh1 = doc.examples.findIndex((e: Doc) => e.name.startsWith('LSH1'));
    const t1 = doc.examples.findIndex((e: Doc) => e.name.startsWith('T1'));
    doc.examples[lsh1].expect.limit = '730000.00';
    doc.examples[t1].expect.shares.aa = '0.5834';
    const issues = problems(doc);
    expect(issues.every((i) => i.code === 'example_mismatch')).toBe(true);
    expect(paths(issues)).toEqual([
      JSON.stringify(['examples', lsh1, 'expect', 'limit']),
      JSON.stringify(['examples', t1, 'expect', 'shares']),
    ]);
    expect(issues[0]?.message).toContain('600000.00');
  });

  it('a changed cap changes the worked example it binds (the model is the data)', () => {
    const doc = mutable();
    const aa = doc.entity.limit.byGrade.find((r: Doc) => r.grade === 'AA');
    aa.caps.find((c: Doc) => c.type === 'largeHousehold').cap = '800000';
    const issues = problems(doc);
    expect(issues.map((i) => i.message).join('\n')).toContain('LSH1');
  });
});

describe('an invalid entity, township or county section is a ModelError naming the path', () => {
  it('a cap table missing a type', () => {
    const doc = mutable();
    doc.entity.limit.byGrade[1].caps.pop();
    const issues = problems(doc);
    expect(paths(issues)).toContain(JSON.stringify(['entity', 'limit', 'byGrade', 1, 'caps']));
    expect(issues.map((i) => i.message).join('\n')).toContain('enterprise');
    expect(() => parseModel(doc)).toThrow(ModelError);
  });

  it('an unsorted bin', () => {
    const doc = mutable();
    doc.entity.components.surplus.bins[2].value = '600000';
    expect(paths(problems(doc))).toContain(
      JSON.stringify(['entity', 'components', 'surplus', 'bins', 2, 'value']),
    );
  });

  it('an unknown line in the threshold table, and a line without a threshold', () => {
    const doc = mutable();
    doc.entity.components.scale.thresholds[0].line = 'rice';
    const issues = problems(doc);
    expect(paths(issues)).toContain(
      JSON.stringify(['entity', 'components', 'scale', 'thresholds', 0, 'line']),
    );
    expect(paths(issues)).toContain(
      JSON.stringify(['entity', 'components', 'scale', 'thresholds']),
    );
    expect(issues.map((i) => i.message).join('\n')).toMatch(/"rice".*\n?.*"grain"/s);
  });

  it('unknown keys, a cap below its base, an unknown grade, a share of an unknown rating', () => {
    const doc = mutable();
    doc.entity.limit.byGrade[0].caps[0].cap = '1';
    doc.entity.limit.byGrade[2].grade = 'B';
    doc.township.shares[1].ratings.push('AAAA');
    doc.township.ratings[0].share = 'aaaa';
    doc.county.npl.when = '=<';
    const first = paths(problems(doc));
    expect(first).toContain(JSON.stringify(['county', 'npl', 'when']));
    doc.county.npl.when = '<=';
    const rest = paths(problems(doc));
    expect(rest).toEqual(
      expect.arrayContaining([
        JSON.stringify(['entity', 'limit', 'byGrade', 0, 'caps', 0, 'cap']),
        JSON.stringify(['entity', 'limit', 'byGrade', 2, 'grade']),
        JSON.stringify(['entity', 'limit', 'byGrade']),
        JSON.stringify(['township', 'shares', 1, 'ratings', 2]),
        JSON.stringify(['township', 'ratings', 0, 'share']),
      ]),
    );
  });

  it('a credit-only ceiling with sub-fen digits, and a township section without the county', () => {
    const doc = mutable();
    doc.entity.limit.creditOnlyCeiling = '1000000.005';
    delete doc.county;
    expect(paths(problems(doc))).toEqual(
      expect.arrayContaining([
        JSON.stringify(['entity', 'limit', 'creditOnlyCeiling']),
        JSON.stringify(['county']),
      ]),
    );
  });

  it('a principal household grade that is not a household grade', () => {
    const doc = mutable();
    doc.entity.components.linkage.principalHouseholdGrade.levels[0].code = 'AAAA';
    expect(paths(problems(doc))).toContain(
      JSON.stringify([
        'entity',
        'components',
        'linkage',
        'principalHouseholdGrade',
        'levels',
        0,
        'code',
      ]),
    );
  });
});

describe('a model of version 1 (no entity or township sections)', () => {
  const model = parseModel(versionOne());
  const golden = readVector('golden.json');

  it('still loads and evaluates households and villages exactly as the default model', () => {
    expect(model.version).toBe(1);
    expect(model.hash).not.toBe(defaultModel().hash);
    const a = evaluateBatch(golden, { model });
    const b = evaluateBatch(golden);
    expect(JSON.stringify(a.villages)).toBe(JSON.stringify(b.villages));
    expect(a.summary).toEqual(b.summary);
    const h1 = (golden as { villages: { households: unknown[] }[] }).villages[0]?.households[0];
    expect(evaluateHousehold(h1, { model, evalYear: 2024 })).toEqual(
      evaluateHousehold(h1, { evalYear: 2024 }),
    );
  });

  it('makes a batch with entities or townships an unusable document with a clear message', () => {
    const result = safeEvaluateBatch(readVector('townships.json'), { model });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.path, i.code])).toEqual([
      [['entities'], 'unsupported_by_model'],
      [['townships'], 'unsupported_by_model'],
    ]);
    expect(result.issues[0]?.message).toContain('version 1');
    expect(result.issues[0]?.message).toContain('entity scorecard');
    expect(() => evaluateBatch(readVector('entities.json'), { model })).toThrow(InputError);
  });

  it('refuses an entity alone and the entity schema, and a village naming a township alone is trusted', () => {
    const ff1 = (readVector('entities.json') as { entities: unknown[] }).entities[0];
    const result = safeEvaluateEntity(ff1, { model, evalYear: 2024 });
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(['unsupported_by_model']);
    expect(() => jsonSchema('entity', { model })).toThrow(InputError);
    const village = evaluateVillage(
      {
        id: 'v',
        township: 't',
        householdsTotal: 1,
        partyOrganisation: 'good',
        households: [],
      },
      { model, evalYear: 2024 },
    );
    expect(village.errors).toEqual([]);
    expect(village.township).toBe('t');
  });
});
