import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  defaultModel,
  evaluateBatch,
  followUp,
  followUpExceptionsCsv,
  trackObjections,
} from '@credit-village/core';
import { describe, expect, it } from 'vitest';
import { useCoreInBrowser } from './core-in-browser.js';

/**
 * The same input and model give byte-identical output in Node and in a browser: the core is
 * bundled by Vite as the scorecard bundles it, loaded in Debian's Chromium, and its result
 * documents for every vector are compared with Node's, byte for byte.
 */

const vectors = fileURLToPath(new URL('../../../test/vectors/', import.meta.url));
const NAMES = [
  'golden',
  'random',
  'random-edge',
  'invalid',
  'review',
  'entities',
  'townships',
  'invalid-v2',
];

/** The credit ledgers of the vectors, each with the batch whose results it is followed up against. */
const LEDGERS: readonly (readonly [string, string])[] = [
  ['townships.json', 'ledger.json'],
  ['invalid-v2.json', 'invalid-v2.ledger.json'],
];

const inBrowser = useCoreInBrowser();

describe('Node and the browser bundle agree byte for byte', () => {
  it('on the model hash and every vector, on both paths', async () => {
    const page = await inBrowser.openPage();
    // A string, not a function: the test runner would rewrite import() inside a function body.
    const script = `(async () => {
      const core = await import('/core.js');
      const out = { hash: core.defaultModel().hash };
      for (const name of ${JSON.stringify(NAMES)}) {
        const doc = await (await fetch('/vectors/' + name + '.json')).json();
        out[name] = JSON.stringify(core.evaluateBatch(doc));
        out[name + ':reference'] = JSON.stringify(core.evaluateBatch(doc, { reference: true }));
      }
      const objections = await (await fetch('/vectors/objections.json')).json();
      const review = await (await fetch('/vectors/review.json')).json();
      out.objections = JSON.stringify(
        core.trackObjections(core.evaluateBatch(review), objections, '2024-10-17'),
      );
      // The credit follow-up (its report and its exceptions CSV) of both ledger vectors.
      for (const [batch, ledger] of ${JSON.stringify(LEDGERS)}) {
        const results = core.evaluateBatch(await (await fetch('/vectors/' + batch)).json());
        const report = core.followUp(results, await (await fetch('/vectors/' + ledger)).json());
        out[ledger] = JSON.stringify(report) + core.followUpExceptionsCsv(report.exceptions);
      }
      return out;
    })()`;
    const browserOutput = (await page.evaluate(script)) as Record<string, string>;
    expect(browserOutput.hash).toBe(defaultModel().hash);
    for (const name of NAMES) {
      const doc = JSON.parse(readFileSync(join(vectors, `${name}.json`), 'utf8'));
      const node = JSON.stringify(evaluateBatch(doc));
      expect(browserOutput[name], name).toBe(node);
      expect(browserOutput[`${name}:reference`], `${name} (reference)`).toBe(node);
    }
    const objections = JSON.parse(readFileSync(join(vectors, 'objections.json'), 'utf8'));
    const review = JSON.parse(readFileSync(join(vectors, 'review.json'), 'utf8'));
    expect(browserOutput.objections, 'objections').toBe(
      JSON.stringify(trackObjections(evaluateBatch(review), objections, '2024-10-17')),
    );
    for (const [batch, ledger] of LEDGERS) {
      const read = (name: string) => JSON.parse(readFileSync(join(vectors, name), 'utf8'));
      const report = followUp(evaluateBatch(read(batch)), read(ledger));
      expect(browserOutput[ledger], ledger).toBe(
        JSON.stringify(report) + followUpExceptionsCsv(report.exceptions),
      );
    }
  });
});
