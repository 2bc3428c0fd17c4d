import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultModelDocument, evaluateBatch } from '@credit-village/core';
import { afterAll, describe, expect, it } from 'vitest';
import { readVector, runCli, temporaryDirectory, VECTORS } from './helpers/cli.js';

// Entities, townships and the county (docs/model.md §8–9) through the built command: the
// vectors as a batch document and as NDJSON with kind lines, on one and on several threads.

type Json = Record<string, unknown>;
interface Batch {
  evalYear: number;
  villages: Json[];
  entities?: Json[];
  townships?: Json[];
}

const NAMES = ['entities', 'townships', 'invalid-v2'] as const;
const temporary = temporaryDirectory();
afterAll(() => temporary.remove());

/** A batch as NDJSON: townships first (before the villages naming them), villages, entities. */
function kindLines(batch: Batch): string {
  return [
    ...(batch.townships ?? []).map((t) => ({ kind: 'township', ...t })),
    ...batch.villages.map((v) => ({ evalYear: batch.evalYear, ...v })),
    ...(batch.entities ?? []).map((e) => ({ kind: 'entity', evalYear: batch.evalYear, ...e })),
  ]
    .map((line) => `${JSON.stringify(line)}\n`)
    .join('');
}

/** NDJSON result lines regrouped as the parts of a result document. */
function regroup(stdout: string) {
  const lines = stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Json);
  const strip = ({ line: _l, kind: _k, model: _m, evalYear: _y, ...rest }: Json) => rest;
  return {
    villages: lines.filter((l) => l.kind === undefined).map(strip),
    entities: lines.filter((l) => l.kind === 'entity').map(strip),
    entityErrors: lines.filter((l) => l.kind === 'entityError').map(strip),
    townships: lines.filter((l) => l.kind === 'township').map(strip),
    county: lines.filter((l) => l.kind === 'county').map(strip)[0],
    kinds: lines.map((l) => l.kind ?? 'village'),
  };
}

describe.each(NAMES)('the %s vector', (name) => {
  const batch = readVector(`${name}.json`) as Batch;
  const expected = evaluateBatch(batch);
  const status = (readVector(`${name}.expected.json`) as { exitStatus: number }).exitStatus;

  it('as a batch document: the bytes of the core result, and the exit status of the vector', async () => {
    const run = await runCli(['evaluate', join(VECTORS, `${name}.json`)]);
    expect(run.status, run.stderr).toBe(status);
    expect(run.stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });

  it('as NDJSON with kind lines: the same results, on one thread and on three', async () => {
    const file = join(temporary.path, `${name}.ndjson`);
    writeFileSync(file, kindLines(batch));
    const runs = await Promise.all([
      runCli(['evaluate', file, '--format', 'ndjson', '--workers', '1']),
      runCli(['evaluate', file, '--format', 'ndjson', '--workers', '3'], {
        env: { CREDIT_VILLAGE_CHUNK_BYTES: '300' },
      }),
    ]);
    for (const run of runs) expect(run.status, run.stderr).toBe(status);
    expect(runs[1]?.stdout).toBe(runs[0]?.stdout);
    const got = regroup(runs[0]?.stdout ?? '');
    expect(got.villages).toEqual(JSON.parse(JSON.stringify(expected.villages)));
    expect(got.entities).toEqual(JSON.parse(JSON.stringify(expected.entities)));
    expect(got.entityErrors).toEqual(JSON.parse(JSON.stringify(expected.entityErrors)));
    if (expected.townships === undefined) expect(got.townships).toEqual([]);
    else {
      expect(got.townships).toEqual(JSON.parse(JSON.stringify(expected.townships)));
      expect(got.county).toEqual(expected.county);
      // Township and county results come after the last line.
      const firstTownship = got.kinds.indexOf('township');
      expect(got.kinds.slice(firstTownship).every((k) => k === 'township' || k === 'county')).toBe(
        true,
      );
    }
  });
});

describe('the summary on standard error', () => {
  it('gives entities, townships and the county verdict in Chinese, English beside it', async () => {
    const run = await runCli(['evaluate', join(VECTORS, 'townships.json'), '-o', '/dev/null']);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('新型农业经营主体 entities: 评定 6 rated, 无效 0 invalid');
    expect(run.stderr).toContain('需担保 of it guaranteed 660,000.00');
    expect(run.stderr).toContain('乡镇 townships: 2; AAA 0, AA 1, A 0, none 1, unrated 0');
    expect(run.stderr).toContain(
      '信用县：是（信用村占比 0.6818 ≥ 0.60，信用乡镇占比 0.5000 ≥ 0.50，不良贷款率 0.0327 ≤ 0.05） Credit county: yes',
    );
  });

  it('names the condition that fails, and each invalid entity and township', async () => {
    const batch = structuredClone(readVector('townships.json')) as Batch;
    (batch.townships?.[0] as Json).villagesTotal = 40;
    const file = join(temporary.path, 'not-credit.json');
    writeFileSync(file, JSON.stringify(batch));
    const run = await runCli(['evaluate', file, '-o', '/dev/null']);
    // 15 credit villages of 50: 0.3000 < 0.60; t-1 is no longer a credit township either.
    expect(run.stderr).toContain(
      '信用县：否（信用村占比 0.3000 < 0.60，信用乡镇占比 0.0000 < 0.50）',
    );
    expect(run.stderr).toContain('Credit county: no (credit-village share 0.3000 < 0.60');
    const invalid = await runCli(['evaluate', join(VECTORS, 'invalid-v2.json'), '-o', '/dev/null']);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toContain('entity b-type (record 1): type:');
    expect(invalid.stderr).toContain('township t-over: villagesTotal:');
    expect(invalid.stderr).toContain('22 entity records, 10 townships');
    expect(invalid.stderr).toContain('信用县：未能评定');
  });
});

describe('validate', () => {
  it('lists the entity and township problems and counts them in its verdict', async () => {
    const run = await runCli(['validate', join(VECTORS, 'invalid-v2.json')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('entity b-veto (record 18): vetoes[1]:');
    expect(run.stdout).toContain('township t-np: loans.nonPerforming:');
    expect(run.stdout).toContain('22 of 24 entity records invalid');
    expect(run.stdout).toContain('10 of 11 townships with problems of their own');
    const clean = await runCli(['validate', join(VECTORS, 'townships.json')]);
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain('6 entity records, 2 townships.');
  });
});

describe('a model of version 1', () => {
  const doc = defaultModelDocument() as Json & { examples: Json[] };
  doc.version = 1;
  delete doc.entity;
  delete doc.township;
  delete doc.county;
  doc.examples = doc.examples.filter((e) => e.household !== undefined);
  const model = join(temporary.path, 'v1-model.json');
  writeFileSync(model, JSON.stringify(doc));

  it('makes a batch document with entities or townships unusable (exit 2), naming the model', async () => {
    const run = await runCli(['evaluate', join(VECTORS, 'townships.json'), '--model', model]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'entities: the model wangjiang-default version 1 has no entity scorecard',
    );
    expect(run.stderr).toContain(
      'townships: the model wangjiang-default version 1 has no township',
    );
    const golden = await runCli(['evaluate', join(VECTORS, 'golden.json'), '--model', model]);
    expect(golden.status).toBe(0);
  });

  it('reports NDJSON entity and township lines as records it cannot rate (exit 1)', async () => {
    const file = join(temporary.path, 'v1.ndjson');
    writeFileSync(file, kindLines(readVector('townships.json') as Batch));
    const run = await runCli(['evaluate', file, '--format', 'ndjson', '--model', model]);
    expect(run.status).toBe(1);
    const got = regroup(run.stdout);
    expect(got.entities).toEqual([]);
    expect(got.entityErrors).toHaveLength(6);
    expect(got.townships.every((t) => t.rating === null)).toBe(true);
    expect(JSON.stringify(got.entityErrors[0])).toContain('unsupported_by_model');
  });

  it('has no entity schema', async () => {
    const run = await runCli(['schema', 'entity', '--model', model]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no entity schema under this model');
  });
});

describe('the other commands', () => {
  const ff1 = (readVector('entities.json') as Batch).entities?.[0] as Json;

  it('explain prints an entity receipt with every component and the limit split', async () => {
    const file = join(temporary.path, 'ff1.json');
    writeFileSync(file, JSON.stringify({ evalYear: 2024, entity: ff1 }));
    const run = await runCli(['explain', file]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('Entity FF1 Example family farm: 家庭农场 familyFarm');
    expect(run.stdout).toContain(
      'scale: mainLine grain, scale 300, threshold 200 = 1.5000; >= 1 → 9',
    );
    expect(run.stdout).toContain('on credit alone (信用方式, at most 1,000,000.00): 398,000.00');
    expect(run.stdout).toContain('Next grade: AA (now A, score 77)');
    const bare = join(temporary.path, 'ff1-bare.json');
    writeFileSync(bare, JSON.stringify(ff1));
    const json = await runCli(['explain', bare, '--eval-year', '2024', '--json']);
    const parsed = JSON.parse(json.stdout) as {
      explanation: { result: { grade: string } };
      advice: { target: string };
    };
    expect([parsed.explanation.result.grade, parsed.advice.target]).toEqual(['A', 'AA']);
    const bad = join(temporary.path, 'bad-entity.json');
    writeFileSync(bad, JSON.stringify({ evalYear: 2024, entity: { ...ff1, type: 'farm' } }));
    const refused = await runCli(['explain', bad]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('the entity record');
  });

  it('notice --township lists the entities naming the township, principals masked', async () => {
    const batch = structuredClone(readVector('invalid-v2.json')) as Batch;
    const entities = batch.entities ?? [];
    for (const e of entities) e.principal = { name: '欧阳小明' };
    const file = join(temporary.path, 'notice-batch.json');
    writeFileSync(file, JSON.stringify({ ...batch, entities }));
    const dir = join(temporary.path, 'notices');
    const run = await runCli([
      'notice',
      file,
      '--township',
      't-ok',
      '--date',
      '2024-12-01',
      '--out-dir',
      dir,
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('1 entities listed');
    const csv = readFileSync(join(dir, 't-ok-entities-notice.csv'), 'utf8');
    expect(csv).toContain('ok-COOP1');
    expect(csv).toContain('1660000.00,1000000.00,660000.00');
    expect(csv).toContain('欧**');
    expect(csv).not.toContain('欧阳小明');
    const html = readFileSync(join(dir, 't-ok-entities-notice.html'), 'utf8');
    expect(html).toContain('新型农业经营主体信用评定结果公示');
    const both = await runCli(['notice', file, '--township', 't', '--village', 'v']);
    expect(both.status).toBe(2);
    const unknown = await runCli(['notice', file, '--township', 'nowhere', '--out-dir', dir]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('no township "nowhere"');
  });

  it('convert --to ndjson writes kind lines that evaluate as the batch document does', async () => {
    const out = join(temporary.path, 'converted.ndjson');
    const converted = await runCli([
      'convert',
      join(VECTORS, 'townships.json'),
      '--to',
      'ndjson',
      '--output',
      out,
    ]);
    expect(converted.status, converted.stderr).toBe(0);
    const run = await runCli(['evaluate', out, '--format', 'ndjson']);
    expect(run.status, run.stderr).toBe(0);
    const got = regroup(run.stdout);
    const expected = evaluateBatch(readVector('townships.json'));
    expect(got.county).toEqual(expected.county);
    expect(got.entities).toEqual(JSON.parse(JSON.stringify(expected.entities)));
  });

  it('schema entity and schema township describe the records', async () => {
    const [entity, township] = await Promise.all([
      runCli(['schema', 'entity']),
      runCli(['schema', 'township']),
    ]);
    const e = JSON.parse(entity.stdout) as { properties: Json; title: string };
    expect(e.title).toContain('Entity record');
    expect(Object.keys(e.properties)).toContain('principalHouseholdGrade');
    const t = JSON.parse(township.stdout) as { properties: Json };
    expect(Object.keys(t.properties)).toContain('villagesTotal');
  });

  it('compare reports entity grade transitions and township and county changes', async () => {
    const before = join(temporary.path, 'before.json');
    const after = join(temporary.path, 'after.json');
    const batch = structuredClone(readVector('townships.json')) as Batch;
    await runCli(['evaluate', join(VECTORS, 'townships.json'), '-o', before]);
    batch.evalYear = 2025;
    const [firstEntity] = batch.entities ?? [];
    const [, secondTownship] = batch.townships ?? [];
    if (firstEntity === undefined || secondTownship === undefined)
      throw new Error('the vector changed');
    firstEntity.surplus = '600000';
    (secondTownship.loans as Json).nonPerforming = '200000';
    const file = join(temporary.path, 'townships-2025.json');
    writeFileSync(file, JSON.stringify(batch));
    await runCli(['evaluate', file, '-o', after]);
    const run = await runCli(['compare', before, after]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('等级 grades: 1 up, 0 down, 5 unchanged');
    expect(run.stdout).toContain('t-2: none → A, 新评为信用乡镇 newly rated');
    expect(run.stdout).toContain('信用乡镇占比 credit-township share: 0.5000 → 1.0000');
    const json = JSON.parse((await runCli(['compare', before, after, '--json'])).stdout) as {
      entities: { transitions: Record<string, Record<string, number>> };
      county: { before: { creditCounty: boolean }; after: { creditCounty: boolean } };
    };
    expect(json.entities.transitions.A?.AA).toBe(1);
    expect([json.county.before.creditCounty, json.county.after.creditCounty]).toEqual([true, true]);
  });
});
