import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BatchEvaluator, evaluateBatch } from '@credit-village/core';
import { afterAll, describe, expect, it } from 'vitest';
import { ResultDocumentWriter } from '../src/write/result-document.js';
import { runCli, temporaryDirectory, VECTORS } from './helpers/cli.js';

// The result document is written a village at a time; its bytes must be exactly those of
// JSON.stringify(evaluateBatch(document), null, 2) and a newline.

function writeAll(document: {
  evalYear: number;
  villages: unknown[];
  entities?: unknown[];
  townships?: unknown[];
}): string {
  const evaluator = new BatchEvaluator({ evalYear: document.evalYear });
  const writer = new ResultDocumentWriter(evaluator.model, document.evalYear);
  if (document.townships !== undefined) {
    evaluator.expectTownships();
    for (const township of document.townships) evaluator.township(township);
  }
  let text = writer.start();
  document.villages.forEach((village, position) => {
    text += writer.village({ result: evaluator.village(village), evalYear: 2024, position });
  });
  if (document.entities !== undefined) evaluator.expectEntities();
  for (const entity of document.entities ?? [])
    text += writer.entity({ entity: evaluator.entity(entity), evalYear: 2024 });
  return (
    text + writer.end({ summary: evaluator.summary(), townships: evaluator.townshipResults() })
  );
}

describe('ResultDocumentWriter', () => {
  it.each(['golden', 'invalid', 'random', 'entities', 'townships', 'invalid-v2'])(
    'writes the bytes of the whole %s document',
    (name) => {
      const document = JSON.parse(readFileSync(join(VECTORS, `${name}.json`), 'utf8'));
      expect(writeAll(document)).toBe(`${JSON.stringify(evaluateBatch(document), null, 2)}\n`);
    },
  );

  it('writes an empty villages array as JSON.stringify does', () => {
    const document = { evalYear: 2024, villages: [] };
    expect(writeAll(document)).toBe(`${JSON.stringify(evaluateBatch(document), null, 2)}\n`);
  });
});

// The command's own bytes, not only the writer's: what `evaluate` prints (and writes with
// --output) is exactly JSON.stringify(evaluateBatch(document), null, 2) and a newline.
describe('evaluate --format json', () => {
  const temporary = temporaryDirectory();
  afterAll(() => temporary.remove());

  it.each(['golden', 'invalid', 'random', 'random-edge'])(
    'prints the bytes JSON.stringify gives for %s, to standard output and to --output',
    async (name) => {
      const file = join(VECTORS, `${name}.json`);
      const expected = `${JSON.stringify(evaluateBatch(JSON.parse(readFileSync(file, 'utf8'))), null, 2)}\n`;
      const out = join(temporary.path, `${name}.out.json`);
      const [toStdout, toFile] = await Promise.all([
        runCli(['evaluate', file]),
        runCli(['evaluate', file, '--output', out]),
      ]);
      expect(toStdout.status).toBe(name === 'golden' || name.startsWith('random') ? 0 : 1);
      expect(toFile.status).toBe(toStdout.status);
      expect(toStdout.stdout).toBe(expected);
      expect(readFileSync(out, 'utf8')).toBe(expected);
    },
  );
});
