import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, temporaryDirectory, VECTORS } from './helpers/cli.js';

// docs/formats.md: 0 every record valid; 1 some records invalid; 2 nothing could be evaluated.
// Expected failures are a few plain lines on standard error, never a stack trace.

const temporary = temporaryDirectory();
afterAll(() => temporary.remove());

function file(name: string, text: string): string {
  const path = join(temporary.path, name);
  writeFileSync(path, text);
  return path;
}

function expectNoStackTrace(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toContain('internal error');
}

const golden = join(VECTORS, 'golden.json');

describe('exit status', () => {
  it('is 0 when every record is valid', async () => {
    const run = await runCli(['evaluate', golden]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/invalid records: +none/);
  });

  it('is 1 when some records are invalid, and the valid ones are still written', async () => {
    const run = await runCli(['evaluate', join(VECTORS, 'invalid.json')]);
    expect(run.status).toBe(1);
    const result = JSON.parse(run.stdout) as { summary: { households: number } };
    expect(result.summary.households).toBeGreaterThan(0);
  });

  const unusable: [string, () => string[], RegExp][] = [
    [
      'a file that is not JSON',
      () => ['evaluate', file('garbage.json', '{"villages": [')],
      /not valid JSON/,
    ],
    [
      'a document with no villages',
      () => ['evaluate', file('nov.json', '{"evalYear":2024}')],
      /villages/,
    ],
    [
      'a document that is not an object',
      () => ['evaluate', file('arr.json', '[]')],
      /batch document/,
    ],
    ['a missing evalYear', () => ['evaluate', file('noyear.json', '{"villages":[]}')], /evalYear/],
    [
      'an unknown top-level key',
      () => ['evaluate', file('key.json', '{"evalYear":2024,"villages":[],"x":1}')],
      /x: unknown/,
    ],
    [
      'a missing file',
      () => ['evaluate', join(temporary.path, 'missing.json')],
      /cannot read .*missing\.json: no such file/,
    ],
    ['a directory', () => ['evaluate', temporary.path], /cannot read .*: is a directory/],
    [
      'an invalid model file',
      () => ['evaluate', golden, '--model', file('model.json', '{"id":"x"}')],
      /the model .*model\.json is not valid/,
    ],
    [
      'a model file that is not JSON',
      () => ['evaluate', golden, '--model', file('model2.json', 'nope')],
      /not valid JSON/,
    ],
    [
      'a missing model file',
      () => ['evaluate', golden, '--model', join(temporary.path, 'nomodel.json')],
      /cannot read the model/,
    ],
    [
      'an unknown format',
      () => ['evaluate', golden, '--format', 'xml'],
      /Allowed choices are json, ndjson/,
    ],
    [
      'an --eval-year that is not a number',
      () => ['evaluate', golden, '--eval-year', 'next'],
      /whole number/,
    ],
    ['an --eval-year out of range', () => ['evaluate', golden, '--eval-year', '1850'], /1900/],
    [
      'an out-of-range --eval-year with NDJSON',
      () => ['evaluate', '-', '--format', 'ndjson', '--eval-year', '2200'],
      /2100/,
    ],
    ['an unknown option', () => ['evaluate', golden, '--frobnicate'], /unknown option/],
    ['a missing file argument', () => ['evaluate'], /missing required argument/],
    ['an unknown command', () => ['evalute', golden], /unknown command/],
  ];

  it.each(unusable)('is 2 for %s, with a plain message', async (_, args, message) => {
    const run = await runCli(args());
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
    expectNoStackTrace(run.stderr);
  });

  it('is 2 for an unreadable file', async () => {
    const path = file('secret.json', '{}');
    chmodSync(path, 0o000);
    const run = await runCli(['evaluate', path]);
    // root can read any file; the check is meaningful only for other users.
    if (process.getuid?.() !== 0) expect(run.stderr).toMatch(/permission denied/);
    expect(run.status).toBe(2);
  });

  it('lists every problem of an unusable document at once', async () => {
    const run = await runCli([
      'evaluate',
      file('both.json', '{"villages":{},"evalYear":"2024","y":0}'),
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/villages/);
    expect(run.stderr).toMatch(/evalYear/);
    expect(run.stderr).toMatch(/y: unknown/);
  });

  it('hints at --format ndjson when a JSON file holds several values', async () => {
    const run = await runCli(['evaluate', file('lines.json', '{"id":"a"}\n{"id":"b"}\n')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--format ndjson');
  });

  it('--eval-year overrides the document year', async () => {
    const run = await runCli(['evaluate', golden, '--eval-year', '2025']);
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { evalYear: number }).evalYear).toBe(2025);
  });

  it('validate gives the same statuses and prints every problem on standard output', async () => {
    const valid = await runCli(['validate', golden]);
    expect(valid.status).toBe(0);
    expect(valid.stdout).toMatch(/^All valid: 1 village, 9 household records\.$/m);
    const invalid = await runCli(['validate', join(VECTORS, 'invalid.json')]);
    expect(invalid.status).toBe(1);
    expect(invalid.stdout).toMatch(/^village bad-records: 16 of 18 household records invalid$/m);
    expect(invalid.stdout).toMatch(/^ {2}household b-area3dp \(record 1\): houses\[0\]\.areaM2: /m);
    expect(invalid.stdout).toMatch(/^village bad-village-npl: the village record has 1 problem$/m);
    expect(invalid.stdout).toMatch(/^ {2}loans\.nonPerforming: /m);
    expect(invalid.stdout).toMatch(/^Not valid: /m);
    expect(invalid.stdout).not.toContain('"households"');
    const unusable = await runCli(['validate', file('v.json', 'oops')]);
    expect(unusable.status).toBe(2);
  });
});
