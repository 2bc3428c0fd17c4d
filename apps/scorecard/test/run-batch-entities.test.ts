import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultModelDocument, evaluateBatch } from '@credit-village/core';
import { describe, expect, test } from 'vitest';
import { resultDocumentText } from '../src/features/villages/result-document';
import { defaultModel, loadModel, type ModelDocument } from '../src/lib/core-adapter';
import { type EntityRun, runBatch } from '../src/worker/run-batch';
import { vectorText } from './helpers';

// Entities, townships and the county in the review's batch runner (docs/formats.md §15): every
// entity comes out once, the townships and the county are the core's, and the result document
// the review downloads is the one `evaluateBatch` makes, byte for byte.

const model = defaultModel();

type Doc = {
  evalYear: number;
  villages: Record<string, unknown>[];
  entities?: Record<string, unknown>[];
  townships?: Record<string, unknown>[];
};

function runOf(text: string, fileName: string) {
  const outcome = runBatch(text, { fileName, model });
  if (!outcome.ok) throw new Error(`${fileName} was refused`);
  return outcome.run;
}

describe('a batch with entities and townships', () => {
  for (const name of ['townships.json', 'entities.json', 'invalid-v2.json']) {
    test(`${name}: the downloaded result document is evaluateBatch's, byte for byte`, async () => {
      const text = vectorText(name);
      const run = runOf(text, name);
      const expected = `${JSON.stringify(evaluateBatch(JSON.parse(text)))}\n`;
      const blob = await resultDocumentText(run, run.villages[0]?.evalYear ?? 0);
      expect(await blob.text()).toBe(expected);
    });
  }

  test('invalid-v2.json: every entity once, in input order, the invalid ones with their issues', () => {
    const text = vectorText('invalid-v2.json');
    const doc = JSON.parse(text) as Doc;
    const run = runOf(text, 'invalid-v2.json');
    const entities = run.entities ?? [];
    expect(entities).toHaveLength(doc.entities?.length ?? -1);
    const errors = entities.flatMap((e) => (e.outcome.ok ? [] : [e.outcome.error]));
    expect(errors.map((e) => e.index)).toEqual(
      entities.flatMap((e, i) => (e.outcome.ok ? [] : [i])),
    );
    expect(errors.length).toBe(run.summary.entities?.invalid);
    expect(errors.every((e) => e.issues.length > 0)).toBe(true);
    // Each record is kept as sent, to be opened in the entity scorecard.
    expect(entities.map((e) => (e.source === null ? null : JSON.parse(e.source)))).toEqual(
      doc.entities,
    );
  });

  test('entities stream in chunks, in order, and the run keeps an empty list', () => {
    const text = vectorText('townships.json');
    const chunks: (readonly EntityRun[])[] = [];
    const outcome = runBatch(text, {
      fileName: 'townships.json',
      model,
      onVillage: () => {},
      onEntities: (list) => chunks.push(list),
    });
    if (!outcome.ok) throw new Error('refused');
    expect(outcome.run.entities).toEqual([]);
    const ids = chunks.flat().map((e) => (e.outcome.ok ? e.outcome.result.id : e.outcome.error.id));
    const doc = JSON.parse(text) as Doc;
    expect(ids).toEqual(doc.entities?.map((e) => e.id));
  });

  test('NDJSON with township and entity lines gives the JSON document’s entities, townships and county', () => {
    const text = vectorText('townships.json');
    const doc = JSON.parse(text) as Doc;
    const lines = [
      ...(doc.townships ?? []).map((t) => JSON.stringify({ kind: 'township', ...t })),
      ...doc.villages.map((v) => JSON.stringify({ evalYear: doc.evalYear, ...v })),
      ...(doc.entities ?? []).map((e) =>
        JSON.stringify({ kind: 'entity', evalYear: doc.evalYear, ...e }),
      ),
    ];
    const run = runOf(lines.join('\n'), 'county.ndjson');
    const expected = evaluateBatch(doc);
    expect(run.villages).toHaveLength(doc.villages.length);
    expect(run.townships?.townships).toEqual(expected.townships);
    expect(run.townships?.county).toEqual(expected.county);
    expect(run.entities?.flatMap((e) => (e.outcome.ok ? [e.outcome.result] : []))).toEqual(
      expected.entities,
    );
    const before = (doc.townships?.length ?? 0) + doc.villages.length;
    expect(run.entities?.map((e) => e.line)).toEqual(
      (doc.entities ?? []).map((_, i) => before + i + 1),
    );
    expect(run.summary).toEqual(expected.summary);
  });

  test('examples/county.ndjson gives the townships, county and summary of examples/county.json', () => {
    const example = (name: string) =>
      readFileSync(join(import.meta.dirname, '..', '..', '..', 'examples', name), 'utf8');
    const run = runOf(example('county.ndjson'), 'county.ndjson');
    const expected = evaluateBatch(JSON.parse(example('county.json')));
    expect(run.villages).toHaveLength(expected.villages.length);
    expect(run.entities).toHaveLength(
      (expected.entities?.length ?? 0) + (expected.entityErrors?.length ?? 0),
    );
    expect(run.townships?.townships).toEqual(expected.townships);
    expect(run.townships?.county).toEqual(expected.county);
    expect(run.summary).toEqual(expected.summary);
  });

  test('an entity line without a year is an invalid entity, never dropped', () => {
    const doc = JSON.parse(vectorText('entities.json')) as Doc;
    const [first] = doc.entities ?? [];
    const run = runOf(JSON.stringify({ kind: 'entity', ...first }), 'one.ndjson');
    expect(run.entities).toHaveLength(1);
    const [entity] = run.entities ?? [];
    expect(entity?.outcome.ok).toBe(false);
    expect(entity?.evalYear).toBeNull();
    expect(run.summary.entities?.invalid).toBe(1);
  });

  test('under a model of version 1, a document with entities or townships is unusable', () => {
    const {
      entity: _e,
      township: _t,
      county: _c,
      ...rest
    } = defaultModelDocument() as ModelDocument;
    const v1 = {
      ...rest,
      version: 1,
      examples: (rest.examples ?? []).filter((e) => e.household !== undefined),
    };
    const loaded = loadModel(v1);
    if (!loaded.ok) throw new Error('the version-1 model is invalid');
    const outcome = runBatch(vectorText('townships.json'), {
      fileName: 'townships.json',
      model: loaded.model,
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues.map((i) => [i.path, i.code])).toEqual([
      [['entities'], 'unsupported_by_model'],
      [['townships'], 'unsupported_by_model'],
    ]);
  });
});
