import { evaluateBatch, followUp } from '@credit-village/core';
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { FollowUpPage } from '../src/features/follow-up/follow-up-page';
import type { FollowUpController } from '../src/features/follow-up/use-follow-up';
import { resultDocumentText } from '../src/features/villages/result-document';
import { defaultModel } from '../src/lib/core-adapter';
import { followUpTexts } from '../src/worker/follow-up-job';
import { type FollowUpPart, joinReport, splitReport } from '../src/worker/follow-up-parts';
import { runBatch } from '../src/worker/run-batch';
import { renderIn, vectorText } from './helpers';

// The follow-up page's job (run in the worker): the files' texts read and followed up by the
// core. The vectors' own checks are the core's (packages/core/test/follow-up-vectors.test.ts):
// here, that the page gets the core's report from any shape of results, and that a problem is
// named in the file it is in, at its path there.

const results = evaluateBatch(JSON.parse(vectorText('townships.json')));
const ledgerText = vectorText('ledger.json');
const expected = followUp(results, JSON.parse(ledgerText));
const model = defaultModel();

const named = (name: string, text: string) => ({ name, text });

describe('the follow-up job', () => {
  test('a result document and a ledger: the core’s report', () => {
    const outcome = followUpTexts(
      named('results.json', JSON.stringify(results)),
      named('ledger.json', ledgerText),
      model,
    );
    expect(outcome).toEqual({ ok: true, report: expected });
    // The vector has every kind of line: the page has something to show of each.
    expect(expected.exceptions.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['overLimit', 'unknownSubject']),
    );
    expect(expected.errors.length).toBeGreaterThan(0);
  });

  test('NDJSON results and files saved with a byte-order mark give the same report', () => {
    const { model: stamp, villages, entities = [], townships = [] } = results;
    const ndjson = [
      ...villages.map((v) => ({ model: stamp, ...v })),
      ...entities.map((e) => ({ kind: 'entity', model: stamp, ...e })),
      ...townships.map((t) => ({ kind: 'township', model: stamp, ...t })),
    ]
      .map((line) => JSON.stringify(line))
      .join('\n');
    const outcome = followUpTexts(
      named('results.ndjson', `\uFEFF${ndjson}\n`),
      named('ledger.json', `\uFEFF${ledgerText}`),
      model,
    );
    expect(outcome).toEqual({ ok: true, report: expected });
  });

  test('the village review’s run, as the page builds its results, gives the same report', async () => {
    const run = runBatch(vectorText('townships.json'), { fileName: 'townships.json', model });
    if (!run.ok) throw new Error('townships.json');
    const blob = await resultDocumentText(run.run, null);
    const outcome = followUpTexts(
      named('townships.json', await blob.text()),
      named('ledger.json', ledgerText),
      model,
    );
    expect(outcome).toEqual({ ok: true, report: expected });
  });

  test('a problem is named in its file, at its path there', () => {
    const ledger = JSON.parse(ledgerText) as Record<string, unknown>;
    const wrongLedger = followUpTexts(
      named('results.json', JSON.stringify(results)),
      named('bank.json', JSON.stringify({ ...ledger, asOf: '2024-02-30' })),
      model,
    );
    expect(wrongLedger).toMatchObject({ ok: false, side: 'ledger', name: 'bank.json', more: 0 });
    if (wrongLedger.ok) throw new Error('a bad asOf');
    expect(wrongLedger.issues.map((i) => i.path)).toEqual([['asOf']]);

    // A batch of input records where results belong: many problems, the first few kept.
    const batch = followUpTexts(
      named('county.json', vectorText('townships.json')),
      named('ledger.json', ledgerText),
      model,
    );
    expect(batch).toMatchObject({ ok: false, side: 'results', name: 'county.json' });
    if (batch.ok) throw new Error('a batch is not results');
    expect(batch.issues.length).toBeGreaterThan(0);
    expect(batch.issues.length).toBeLessThanOrEqual(20);
    expect(batch.issues.every((i) => i.path[0] !== 'results')).toBe(true);

    const notJson = followUpTexts(
      named('results.json', JSON.stringify(results)),
      named('ledger.json', '{"asOf": '),
      model,
    );
    expect(notJson).toMatchObject({ ok: false, side: 'ledger', name: 'ledger.json' });
  });
});

describe('the report sent from the worker in parts', () => {
  test('split into parts of any size and joined, it is the report again, in order', () => {
    const total = Math.max(expected.exceptions.length, expected.errors.length);
    for (const size of [1, 2, 3, total - 1, total, total + 1, 2000]) {
      if (size < 1) continue;
      const split = splitReport(expected, size);
      expect(split.parts).toHaveLength(Math.ceil(total / size));
      for (const part of split.parts) {
        expect(part.exceptions.length).toBeLessThanOrEqual(size);
        expect(part.errors.length).toBeLessThanOrEqual(size);
      }
      expect(split.shell.exceptions).toEqual([]);
      expect(split.shell.errors).toEqual([]);
      // What a message would carry: each part cloned on its own.
      const parts = split.parts.map((part) => structuredClone(part));
      expect(joinReport(structuredClone(split), parts)).toEqual(expected);
    }
  });

  test('a part lost or repeated is never shown as a shorter or longer list', () => {
    const split = splitReport(expected, 2);
    expect(split.parts.length).toBeGreaterThan(2);
    expect(joinReport(split, split.parts.slice(1))).toBeUndefined();
    expect(joinReport(split, split.parts.slice(0, -1))).toBeUndefined();
    expect(joinReport(split, [...split.parts, split.parts[0] as FollowUpPart])).toBeUndefined();
    expect(joinReport(split, [])).toBeUndefined();
  });
});

describe('the follow-up page when the job fails', () => {
  afterEach(cleanup);

  test('says so in the page’s language; the technical text is folded away, never the sentence', () => {
    const followUp: FollowUpController = {
      results: null,
      ledger: null,
      status: { state: 'failed', error: 'the follow-up report arrived incomplete' },
      chooseResults: () => {},
      useBatch: async () => {},
      chooseLedger: () => {},
    };
    renderIn(<FollowUpPage model={model} followUp={followUp} batch={{ state: 'idle' }} />);
    const alert = screen.getByTestId('internal-error');
    expect(alert.querySelector('strong')?.textContent).toBe(
      '程序出错，未能完成。请重试；如仍出错，请把下面的技术信息告诉维护人员。',
    );
    expect(alert.querySelector('details code')?.textContent).toBe(
      'the follow-up report arrived incomplete',
    );
  });
});
