import { defaultModelDocument, evaluateBatch } from '@credit-village/core';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { ComparisonView } from '../src/features/compare/comparison-view';
import type { YearComparison } from '../src/features/compare/use-year-comparison';
import { YearsPage } from '../src/features/compare/years-page';
import { ModelComparison } from '../src/features/model/model-comparison';
import { comparisonSources, rebuildBatch } from '../src/lib/batch-documents';
import { type ComparisonReport, defaultModel, loadModel } from '../src/lib/core-adapter';
import {
  compareBatchesUnderModels,
  compareResultTexts,
  type YearComparisonOutcome,
} from '../src/worker/compare-jobs';
import { runBatch } from '../src/worker/run-batch';
import { renderIn, vectorText } from './helpers';

const model = defaultModel();

/** A result file's text, as `credit-village evaluate` writes it. */
function resultText(vectorName: string, evalYear: number): string {
  return JSON.stringify(evaluateBatch(JSON.parse(vectorText(vectorName)), { evalYear }));
}

function compareYears(name: string, before: number, after: number): YearComparisonOutcome {
  return compareResultTexts(
    { name: `${before}.json`, text: resultText(name, before) },
    { name: `${after}.json`, text: resultText(name, after) },
  );
}

function report(outcome: YearComparisonOutcome): ComparisonReport {
  if (outcome.report === null) throw new Error('no report');
  return outcome.report;
}

/** The default model with grade A from 75 points instead of 70. */
function strictModel() {
  const document = structuredClone(defaultModelDocument()) as unknown as {
    id: string;
    grades: { code: string; minScore: number }[];
    examples?: unknown;
  };
  document.id = 'county-strict';
  for (const grade of document.grades) if (grade.code === 'A') grade.minScore = 75;
  delete document.examples;
  const loaded = loadModel(document);
  if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
  return loaded.model;
}

afterEach(cleanup);

describe('year over year', () => {
  test('random.json in 2024 and 2025: the matrix, the PSI and the villages, from the core', () => {
    const compared = report(compareYears('random.json', 2024, 2025));
    renderIn(<ComparisonView report={compared} model={model} mode="years" idPrefix="t" />);
    const matrix = screen.getByTestId('transition-matrix');
    const codes = [...matrix.querySelectorAll('tbody th[scope=row]')].map((th) => th.textContent);
    expect(codes).toEqual(['AAA', 'AA', 'A', 'B', 'C', 'NR']);
    for (const from of codes) {
      for (const to of codes) {
        const cell = matrix.querySelector(`tr[data-from="${from}"] td[data-to="${to}"]`);
        expect(cell?.textContent).toBe(
          String(compared.overall.transitions[from ?? '']?.[to ?? '']),
        );
      }
    }
    expect(matrix.querySelector('tr[data-from="AAA"] td[data-to="AA"]')?.textContent).toBe('4');
    expect(screen.getByTestId('psi').textContent).toBe(`PSI ${compared.overall.stability.psi}`);
    expect(screen.getByTestId('psi').textContent).toBe('PSI 0.0051');
    expect(screen.getByTestId('psi-band').textContent).toBe('稳定');
    expect(screen.getByTestId('psi-chart').querySelectorAll('rect')).toHaveLength(20);
    const stats = screen.getByTestId('comparison-stats');
    expect(within(stats).getByTestId('cmp-households').textContent).toBe('305 / 305');
    expect(within(stats).getByTestId('cmp-up-down').textContent).toBe('0 / 15 / 290');
    expect(within(stats).getByTestId('cmp-credit').textContent).toBe('+0 / −6');
    expect(within(stats).getByTestId('cmp-limit-before').textContent).toBe('42,580,000.00');
    expect(within(stats).getByTestId('cmp-limit-after').textContent).toBe('41,109,000.00');
    expect(within(stats).getByTestId('cmp-limit-change').textContent).toBe('−1,471,000.00');
    const villages = screen.getByTestId('village-comparisons').querySelectorAll('tbody tr');
    expect(villages).toHaveLength(8);
    expect(screen.getByTestId('credit-changes').querySelectorAll('tbody tr')).toHaveLength(6);
    expect(screen.getByTestId('comparison-sides').textContent).toContain('评定年度 2025');
  });

  test('a village delisted (摘牌) stands out, and its own figures can be shown', () => {
    const compared = report(compareYears('random-edge.json', 2024, 2027));
    renderIn(<ComparisonView report={compared} model={model} mode="years" idPrefix="t" />);
    const delisted = screen
      .getByTestId('village-comparisons')
      .querySelectorAll('tr[data-move="delisted"]');
    expect([...delisted].map((row) => row.getAttribute('data-village'))).toEqual(
      compared.villages.filter((v) => v.move === 'delisted').map((v) => v.id),
    );
    expect(delisted.length).toBe(3);
    expect(delisted[0]?.classList.contains('is-delisted')).toBe(true);
    expect(delisted[0]?.textContent).toContain('摘牌');
    const moves = screen.getByTestId('rating-moves');
    expect(moves.querySelector('li[data-move="delisted"]')?.textContent).toBe('摘牌 3');
    expect(moves.querySelector('li[data-move="delisted"]')?.classList.contains('is-alert')).toBe(
      true,
    );
    fireEvent.click(within(delisted[0] as HTMLElement).getByRole('button'));
    const village = compared.villages.find((v) => v.id === 'v0002');
    expect(screen.getByTestId('village-move').textContent).toContain('摘牌');
    expect(screen.getByTestId('cmp-households').textContent).toBe(
      `${village?.households.before} / ${village?.households.after}`,
    );
    for (const row of screen.getByTestId('credit-changes').querySelectorAll('tbody tr'))
      expect(row.textContent).toContain('v0002');
    fireEvent.click(screen.getByRole('button', { name: '返回全部村' }));
    expect(screen.getByTestId('village-comparisons')).toBeTruthy();
  });

  test('only the villages whose rating changed, on request', () => {
    const compared = report(compareYears('random-edge.json', 2024, 2027));
    renderIn(<ComparisonView report={compared} model={model} mode="years" idPrefix="t" />);
    fireEvent.click(screen.getByLabelText('只看评定有变动的村'));
    const moves = [
      ...screen.getByTestId('village-comparisons').querySelectorAll('tbody tr[data-move]'),
    ].map((row) => row.getAttribute('data-move'));
    expect(moves.sort()).toEqual(['delisted', 'delisted', 'delisted', 'downgraded', 'downgraded']);
  });

  test('a wrong file says what it is and what to do, without a flood of raw messages (defect 6)', () => {
    // A batch of input records read as a result document has thousands of problems.
    const golden = JSON.parse(vectorText('golden.json')) as {
      evalYear: number;
      villages: { households: unknown[] }[];
    };
    const households = golden.villages[0]?.households ?? [];
    const big = {
      ...golden,
      villages: Array.from({ length: 40 }, (_, v) => ({
        ...golden.villages[0],
        id: `v${v}`,
        households: Array.from({ length: 50 }, (_, i) => households[i % households.length]),
      })),
    };
    const outcome = compareResultTexts(
      { name: 'golden.json', text: JSON.stringify(big) },
      { name: 'broken.json', text: '{ nope' },
    );
    expect(outcome.report).toBeNull();
    expect(outcome.before?.ok).toBe(false);
    if (outcome.before?.ok !== false) return;
    expect(outcome.before.kind).toBe('batch');
    expect(outcome.before.issues.length).toBeLessThanOrEqual(20);
    expect(outcome.before.more).toBeGreaterThan(1000);
    const comparison: YearComparison = {
      before: new File([''], 'golden.json'),
      after: new File([''], 'broken.json'),
      status: { state: 'done', outcome },
      choose: () => {},
    };
    renderIn(<YearsPage model={model} comparison={comparison} />);
    const problems = screen.getAllByTestId('years-bad-file');
    expect(problems).toHaveLength(2);
    expect(problems[0]?.textContent).toContain(
      '「golden.json」是批量输入文件（农户记录），不是评定结果。请先在「村级评定」载入它',
    );
    expect(problems[0]?.querySelectorAll('tbody tr').length).toBeLessThanOrEqual(20);
    expect(problems[0]?.textContent).not.toMatch(/required|expected|must/);
    expect(problems[1]?.textContent).toContain('「broken.json」不是有效的 JSON');
    expect(problems[1]?.textContent).toContain('（第 3 列附近）');
    expect(problems[1]?.textContent).not.toContain('nope');
    expect(screen.queryByTestId('comparison')).toBeNull();
  });

  test('the page shows what each file holds, then the comparison; swapped years are flagged', () => {
    const outcome = compareYears('random.json', 2025, 2024);
    const comparison: YearComparison = {
      before: new File([''], '2025.json'),
      after: new File([''], '2024.json'),
      status: { state: 'done', outcome },
      choose: () => {},
    };
    renderIn(<YearsPage model={model} comparison={comparison} />);
    const files = screen.getAllByTestId('file-ok');
    expect(files[0]?.textContent).toBe(
      `「2025.json」：2025 年度，8 个村，305 户有效，模型 wangjiang-default v${defaultModel().version}`,
    );
    expect(screen.getByTestId('years-order').textContent).toContain('2025');
    expect(screen.getByTestId('comparison')).toBeTruthy();
  });

  test('names from files are rendered as text', () => {
    const golden = JSON.parse(vectorText('golden.json')) as { villages: { id: string }[] };
    const hostile = { ...golden, villages: [{ ...golden.villages[0], id: '<img src=x>' }] };
    const text = JSON.stringify(evaluateBatch(hostile));
    const outcome = compareResultTexts({ name: 'a', text }, { name: 'b', text });
    renderIn(<ComparisonView report={report(outcome)} model={model} mode="years" idPrefix="t" />);
    expect(screen.getByTestId('comparison').querySelector('img')).toBeNull();
    expect(screen.getByTestId('village-comparisons').textContent).toContain('<img src=x>');
  });
});

describe('model comparison', () => {
  const run = () => {
    const outcome = runBatch(vectorText('random.json'), { fileName: 'random.json', model });
    if (!outcome.ok) throw new Error('random.json');
    return outcome.run;
  };

  test('a stricter model: households lose credit status, A → B in the matrix', () => {
    const batch = run();
    const outcome = compareBatchesUnderModels(comparisonSources(batch), model, strictModel());
    if (!outcome.ok) throw new Error('comparison');
    const [only] = outcome.reports;
    expect(outcome.reports).toHaveLength(1);
    expect(only?.evalYear).toBe(2024);
    const lost = only?.report.overall.creditLost ?? 0;
    expect(lost).toBeGreaterThan(0);
    renderIn(
      <ModelComparison
        model={model}
        second={{ model: strictModel(), notice: null }}
        batch={{ state: 'done', run: batch }}
        status={{ state: 'done', outcome }}
        onFile={() => {}}
        onClear={() => {}}
      />,
    );
    const view = screen.getByTestId('model-comparison');
    expect(within(view).getByTestId('cmp-credit').textContent).toBe(`+0 / −${lost}`);
    expect(
      view.querySelector('[data-testid=transition-matrix] tr[data-from="A"] td[data-to="B"]')
        ?.textContent,
    ).toBe(String(lost));
    expect(within(view).getByTestId('comparison-sides').textContent).toContain('county-strict');
    expect(within(view).getByTestId('credit-changes').textContent).toContain(
      `信用户身份变化的农户（${lost} 户）`,
    );
  });

  test('without a loaded batch, it says so', () => {
    renderIn(
      <ModelComparison
        model={model}
        second={{ model: strictModel(), notice: null }}
        batch={{ state: 'idle' }}
        status={{ state: 'idle' }}
        onFile={() => {}}
        onClear={() => {}}
      />,
    );
    expect(screen.getByTestId('model-compare-no-batch').textContent).toContain('尚未载入批次');
    expect(screen.queryByTestId('model-comparison')).toBeNull();
  });

  test('NDJSON lines are compared year by year', () => {
    const golden = JSON.parse(vectorText('golden.json')) as { villages: Record<string, unknown>[] };
    const village = golden.villages[0] ?? {};
    const text = [
      JSON.stringify({ ...village, id: 'a', evalYear: 2024 }),
      'not json',
      JSON.stringify({ ...village, id: 'b', evalYear: 2025 }),
      JSON.stringify({ ...village, id: 'c', evalYear: 2024 }),
    ].join('\n');
    const outcome = runBatch(text, { fileName: 'v.ndjson', model });
    if (!outcome.ok) throw new Error('ndjson');
    const sources = comparisonSources(outcome.run);
    const documents = sources.map(rebuildBatch) as { evalYear: number; villages: unknown[] }[];
    expect(
      documents.map((d) => [d.evalYear, d.villages.map((v) => (v as { id: string }).id)]),
    ).toEqual([
      [2024, ['a', 'c']],
      [2025, ['b']],
    ]);
    // A village of a batch document carries no evalYear of its own.
    expect(documents[0]?.villages[0]).not.toHaveProperty('evalYear');
    const compared = compareBatchesUnderModels(sources, model, strictModel());
    if (!compared.ok) throw new Error('comparison');
    expect(compared.reports.map((r) => r.evalYear)).toEqual([2024, 2025]);
  });
});
