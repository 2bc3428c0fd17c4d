import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareModels, defaultModelDocument, safeParseJson } from '@credit-village/core';
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { ModelComparison } from '../src/features/model/model-comparison';
import { comparisonLeftOut, comparisonSources } from '../src/lib/batch-documents';
import {
  type ComparisonReport,
  defaultModel,
  loadModel,
  type Model,
} from '../src/lib/core-adapter';
import { compareBatchesUnderModels, type ModelComparisonOutcome } from '../src/worker/compare-jobs';
import { type BatchRun, runBatch } from '../src/worker/run-batch';
import { renderIn, vectorText } from './helpers';

// The model page's comparison of one batch under two models, with the batch's entities,
// townships and county: what the app shows is the core's `compareModels` report of the batch
// as it was sent (the command's `compare --model-b`), rebuilt from the village review's run.

const model = defaultModel();

const EXAMPLE = join(import.meta.dirname, '..', '..', '..', 'examples', 'county.json');

/**
 * The default model, stricter: grade A from 75 points instead of 70 (households and entities
 * fall to B), and every township rating band from 70 % of villages instead of 50 %.
 */
function strictModel(): Model {
  const document = structuredClone(defaultModelDocument()) as unknown as {
    id: string;
    grades: { code: string; minScore: number }[];
    township: { ratings: { minShare: string }[] };
    examples?: unknown;
  };
  document.id = 'county-strict';
  for (const grade of document.grades) if (grade.code === 'A') grade.minScore = 75;
  for (const rating of document.township.ratings) rating.minShare = '0.7';
  delete document.examples;
  const loaded = loadModel(document);
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  return loaded.model;
}

const strict = strictModel();

function run(text: string, fileName: string): BatchRun {
  const outcome = runBatch(text, { fileName, model });
  if (!outcome.ok) throw new Error(fileName);
  return outcome.run;
}

/** The app's comparison of a run under the default and the strict model (one year). */
function appReport(batch: BatchRun): { outcome: ModelComparisonOutcome; report: ComparisonReport } {
  const outcome = compareBatchesUnderModels(comparisonSources(batch), model, strict);
  if (!outcome.ok) throw new Error(outcome.issues.map((i) => i.message).join('\n'));
  const [only, ...more] = outcome.reports;
  if (only === undefined || more.length > 0) throw new Error('one year expected');
  return { outcome, report: only.report };
}

/** The core's comparison of a batch document's text, read as the village review reads it. */
function coreReport(text: string): ComparisonReport {
  const parsed = safeParseJson(text);
  if (!parsed.ok) throw new Error('not JSON');
  return compareModels(parsed.value, model, strict);
}

function show(batch: BatchRun, outcome: ModelComparisonOutcome, lang: 'zh' | 'en' = 'zh') {
  renderIn(
    <ModelComparison
      model={model}
      second={{ model: strict, notice: null }}
      batch={{ state: 'done', run: batch }}
      status={{ state: 'done', outcome }}
      onFile={() => {}}
      onClear={() => {}}
    />,
    lang,
  );
  return screen.getByTestId('model-comparison');
}

afterEach(cleanup);

describe('one batch under two models, with entities, townships and the county', () => {
  test('examples/county.json: the report is the core’s; 45 entities fall to B, 鸦滩镇 delisted', () => {
    const text = readFileSync(EXAMPLE, 'utf8');
    const batch = run(text, 'county.json');
    const { outcome, report } = appReport(batch);
    const core = coreReport(text);
    expect(report.entities).toEqual(core.entities);
    expect(report.townships).toEqual(core.townships);
    expect(report.county).toEqual(core.county);
    // And everything else: the same batch, evaluated by the same core.
    expect(report).toEqual(core);
    const entities = report.entities;
    if (entities === undefined || report.townships === undefined) throw new Error('no parts');
    expect(entities.entities).toEqual({
      before: 216,
      after: 216,
      matched: 216,
      new: 0,
      missing: 0,
    });
    expect(entities.downgrades).toBe(45);
    expect(entities.transitions.A?.B).toBe(45);
    const delisted = report.townships.filter((t) => t.move === 'delisted');
    expect(delisted.map((t) => [t.id, t.ratingBefore, t.ratingAfter])).toEqual([
      ['wj-yatan', 'AAA', 'none'],
    ]);

    const view = show(batch, outcome);
    const shown = within(view).getByTestId('entity-comparison');
    expect(within(shown).getByTestId('cmp-entities').textContent).toBe('216 / 216');
    expect(within(shown).getByTestId('cmp-entity-up-down').textContent).toBe(
      `${entities.upgrades} / ${entities.downgrades} / ${entities.unchanged}`,
    );
    expect(entities.totalLimit.change).toBe('-24335000.00');
    expect(within(shown).getByTestId('cmp-entity-limit-change').textContent).toBe('−24,335,000.00');
    expect(
      shown.querySelector(
        '[data-testid=entity-transition-matrix] tr[data-from="A"] td[data-to="B"]',
      )?.textContent,
    ).toBe('45');
    // The entities whose credit status changed, 50 a page.
    expect(shown.querySelectorAll('tbody tr[data-entity]')).toHaveLength(
      Math.min(entities.creditChanges.length, 50),
    );
    const moves = within(view).getByTestId('township-moves');
    expect(moves.querySelectorAll('tbody tr')).toHaveLength(report.townships.length);
    const yatan = moves.querySelector('tr[data-township="wj-yatan"]');
    expect(yatan?.className).toBe('is-alert');
    expect(yatan?.textContent).toContain('摘牌');
    expect(within(view).getByTestId('cmp-county').textContent).toBe('不是信用县 → 不是信用县');
    expect(screen.queryByTestId('model-compare-left-out')).toBeNull();
  });

  test('townships.json: the county is a credit county under one model and not under the other', () => {
    const text = vectorText('townships.json');
    const batch = run(text, 'townships.json');
    const { outcome, report } = appReport(batch);
    expect(report).toEqual(coreReport(text));
    expect(report.county?.before?.creditCounty).toBe(true);
    expect(report.county?.after?.creditCounty).toBe(false);
    const t1 = report.townships?.find((t) => t.id === 't-1');
    expect([t1?.ratingBefore, t1?.ratingAfter, t1?.move]).toEqual(['AA', 'none', 'delisted']);

    show(batch, outcome);
    expect(screen.getByTestId('cmp-county').textContent).toBe('是信用县 → 不是信用县');
    const row = screen.getByTestId('township-moves').querySelector('tr[data-township="t-1"]');
    expect(row?.querySelector('[data-move]')?.getAttribute('data-move')).toBe('delisted');
    expect(row?.textContent).toContain('75.00% → 58.33%');
    cleanup();
    show(batch, outcome, 'en');
    expect(screen.getByTestId('cmp-county').textContent).toBe(
      'A credit county → Not a credit county',
    );
    expect(screen.getByTestId('township-moves').textContent).toContain('Delisted (摘牌)');
  });

  test('records whose text wrote a key twice are given to the core as they were read', () => {
    // An entity, a township and a household each with a key written twice: errors in the run,
    // and the same errors under both models, exactly as the core reads the file.
    const text = vectorText('townships.json')
      .replace('"id": "FF1",', '"id": "FF1", "scale": "1",')
      .replace('"id": "t-2",', '"id": "t-2", "borrowers": 1,');
    const doc = JSON.parse(text) as { villages: { households: { id: string }[] }[] };
    const household = doc.villages[0]?.households[0]?.id ?? '';
    const withHousehold = text.replace(`"id": "${household}",`, `"id": "${household}", "id": "x",`);
    expect(withHousehold).not.toBe(text);
    const duplicates = safeParseJson(withHousehold);
    if (!duplicates.ok) throw new Error('not JSON');
    expect(duplicates.value.duplicateKeys.length).toBe(3);
    const batch = run(withHousehold, 'twice.json');
    expect(batch.entities?.find((e) => e.duplicateKeys !== undefined)?.outcome.ok).toBe(false);
    expect(batch.townshipSources?.filter((t) => t.duplicateKeys !== undefined)).toHaveLength(1);
    const { report } = appReport(batch);
    expect(report).toEqual(coreReport(withHousehold));
    // FF1 is an error on both sides, so it is not among the entities compared.
    expect(report.entities?.entities.before).toBe(5);
    const t2 = report.townships?.find((t) => t.id === 't-2');
    expect([t2?.ratingBefore, t2?.ratingAfter]).toEqual([null, null]);
    expect(comparisonLeftOut(batch)).toEqual({
      villages: 0,
      villagesBeforeTownship: 0,
      entities: 0,
    });
  });

  test('NDJSON: unreadable lines and a village before its township are left out, and counted', () => {
    const doc = JSON.parse(vectorText('townships.json')) as {
      evalYear: number;
      villages: { id: string; township: string }[];
      entities: Record<string, unknown>[];
      townships: { id: string }[];
    };
    const [t1, t2] = doc.townships;
    const early = doc.villages.find((v) => v.township === 't-2');
    if (t1 === undefined || t2 === undefined || early === undefined) throw new Error('vector');
    const rest = doc.villages.filter((v) => v !== early);
    const line = (value: unknown) => JSON.stringify(value);
    const text = [
      line({ kind: 'township', ...t1 }),
      // Named before its township's line: an unknown township in the run.
      line({ ...early, evalYear: doc.evalYear }),
      line({ kind: 'township', ...t2 }),
      ...rest.map((v) => line({ ...v, evalYear: doc.evalYear })),
      ...doc.entities.map((e) => line({ kind: 'entity', evalYear: doc.evalYear, ...e })),
      // An entity without an evaluation year, and a line that is not JSON.
      line({ kind: 'entity', ...doc.entities[0], id: 'no-year' }),
      '{ not json',
    ].join('\n');
    const batch = run(text, 'county.ndjson');
    expect(batch.villagesBeforeTownship).toEqual([2]);
    expect(batch.villages[0]?.result.errors[0]?.issues.map((i) => [i.path, i.code])).toEqual([
      [['township'], 'unknown_township'],
    ]);
    expect(comparisonLeftOut(batch)).toEqual({
      villages: 1,
      villagesBeforeTownship: 1,
      entities: 1,
    });
    const { outcome, report } = appReport(batch);
    // The core's comparison of the document of the records that are given again.
    const given = { ...doc, villages: rest };
    expect(report).toEqual(coreReport(JSON.stringify(given)));
    expect(report.villages.map((v) => v.id)).not.toContain(early.id);
    expect(report.entities?.entities.before).toBe(doc.entities.length);

    show(batch, outcome);
    const note = screen.getByTestId('model-compare-left-out');
    expect(note.textContent).toContain('未参加对比');
    expect(within(note).getByTestId('left-out-villages').textContent).toMatch(
      /^1 行无法读作村记录/,
    );
    expect(within(note).getByTestId('left-out-before-township').textContent).toMatch(
      /^1 个村所属的乡镇在后面的行才给出/,
    );
    expect(within(note).getByTestId('left-out-entities').textContent).toMatch(
      /^1 行无法读作新型农业经营主体记录/,
    );
    cleanup();
    show(batch, outcome, 'en');
    expect(screen.getByTestId('left-out-entities').textContent).toMatch(
      /^1 lines that cannot be read as an entity/,
    );
  });

  test('a batch without entities or townships is compared without them', () => {
    const text = vectorText('golden.json');
    const batch = run(text, 'golden.json');
    expect(batch.townshipSources).toBeUndefined();
    const [sources] = comparisonSources(batch);
    expect(sources).not.toHaveProperty('entities');
    expect(sources).not.toHaveProperty('townships');
    const { outcome, report } = appReport(batch);
    expect(report).toEqual(coreReport(text));
    show(batch, outcome);
    expect(screen.queryByTestId('entity-comparison')).toBeNull();
    expect(screen.queryByTestId('township-comparison')).toBeNull();
  });
});
