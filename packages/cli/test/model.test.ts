import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultModel, defaultModelDocument } from '@credit-village/core';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, temporaryDirectory, VECTORS } from './helpers/cli.js';

type Json = Record<string, unknown>;
const temporary = temporaryDirectory();
afterAll(() => temporary.remove());

function writeJson(name: string, value: unknown): string {
  const path = join(temporary.path, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
}

function countyModel(): Json {
  return { ...(defaultModelDocument() as Json), id: 'wangjiang-county', version: 2 };
}

function brokenModel(): Json {
  const document = defaultModelDocument() as Json;
  return { ...document, version: 'two', score: 5, colour: 'red' };
}

describe('model show', () => {
  it('prints the default model with its id, version and hash', async () => {
    const run = await runCli(['model', 'show']);
    expect(run.status).toBe(0);
    const shown = JSON.parse(run.stdout) as Json;
    const model = defaultModel();
    expect(Object.keys(shown)).toEqual(['id', 'version', 'hash', 'document']);
    expect(shown).toEqual(JSON.parse(JSON.stringify({ ...model })));
  });

  it('prints a county model given with --model, or only its document', async () => {
    const path = writeJson('county.json', countyModel());
    const run = await runCli(['model', 'show', '--model', path]);
    expect((JSON.parse(run.stdout) as Json).id).toBe('wangjiang-county');
    const bare = await runCli(['model', 'show', '--model', path, '--document-only']);
    expect(JSON.parse(bare.stdout)).toEqual(countyModel());
  });
});

describe('model check', () => {
  it('accepts a valid model and prints its id, version and hash (exit 0)', async () => {
    const path = writeJson('county.json', countyModel());
    const run = await runCli(['model', 'check', path]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/a valid model/);
    expect(run.stdout).toMatch(/id: +wangjiang-county/);
    expect(run.stdout).toMatch(/version: +2/);
    expect(run.stdout).toMatch(/hash: +sha256:[0-9a-f]{64}/);
  });

  it('lists every problem of a bad model with its path (exit 2)', async () => {
    const path = writeJson('broken.json', brokenModel());
    const run = await runCli(['model', 'check', path]);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/not a valid model \(3 problems\):/);
    expect(run.stdout).toMatch(/^ {2}version: /m);
    expect(run.stdout).toMatch(/^ {2}score: /m);
    expect(run.stdout).toMatch(/^ {2}colour: /m);
  });

  it('fails with status 2 for a file that is missing or not JSON', async () => {
    const missing = await runCli(['model', 'check', join(temporary.path, 'none.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read the model/);
    const path = join(temporary.path, 'text.json');
    writeFileSync(path, 'id: county');
    const text = await runCli(['model', 'check', path]);
    expect(text.status).toBe(2);
    expect(text.stderr).toMatch(/is not valid JSON/);
  });

  it('a model given to evaluate stamps the results', async () => {
    const path = writeJson('county.json', countyModel());
    const run = await runCli(['evaluate', join(VECTORS, 'golden.json'), '--model', path]);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as { model: Json };
    expect(result.model.id).toBe('wangjiang-county');
    expect(result.model.version).toBe(2);
    expect(run.stderr).toContain('wangjiang-county version 2');
  });
});

describe('schema', () => {
  it.each(['batch', 'village', 'household', 'entity', 'township', 'model', 'result'])(
    'prints the JSON Schema of a %s',
    async (kind) => {
      const run = await runCli(['schema', kind]);
      expect(run.status, run.stderr).toBe(0);
      const schema = JSON.parse(run.stdout) as Json;
      expect(schema.$schema).toMatch(/json-schema\.org/);
      expect(schema.type).toBe('object');
    },
  );

  it('rejects an unknown kind with status 2', async () => {
    const run = await runCli(['schema', 'county']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /Allowed choices are batch, village, household, entity, township, model, result/,
    );
  });
});
