import { evaluateBatch } from '@credit-village/core';
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { ComparisonView } from '../src/features/compare/comparison-view';
import { defaultModel } from '../src/lib/core-adapter';
import { compareResultTexts } from '../src/worker/compare-jobs';
import { renderIn, vectorText } from './helpers';

// Year over year with entities, townships and the county: the core's comparison report's
// `entities`, `townships` and `county` are shown beside the households'.

const model = defaultModel();

type Doc = {
  evalYear: number;
  entities: { id: string; vetoes?: string[] }[];
  townships: { id: string; loans: { nonPerforming: string } }[];
};

/** townships.json, and the same a year later: FF1 vetoed, T2's bad loans down to 100,000. */
function twoYears() {
  const before = JSON.parse(vectorText('townships.json')) as Doc;
  const after = structuredClone(before);
  after.evalYear = before.evalYear + 1;
  const ff1 = after.entities.find((e) => e.id === 'FF1');
  if (ff1 !== undefined) ff1.vetoes = ['E1'];
  const t2 = after.townships.find((t) => t.id === 't-2');
  if (t2 !== undefined) t2.loans.nonPerforming = '100000.00';
  const outcome = compareResultTexts(
    { name: 'before.json', text: JSON.stringify(evaluateBatch(before)) },
    { name: 'after.json', text: JSON.stringify(evaluateBatch(after)) },
  );
  if (outcome.report === null) throw new Error('no report');
  return outcome.report;
}

afterEach(cleanup);

describe('year over year with entities and townships', () => {
  test('the entities’ figures, matrix and credit changes are the core’s', () => {
    const report = twoYears();
    const entities = report.entities;
    if (entities === undefined) throw new Error('no entity comparison');
    renderIn(<ComparisonView report={report} model={model} mode="years" idPrefix="y" />);
    const view = screen.getByTestId('entity-comparison');
    expect(within(view).getByTestId('cmp-entities').textContent).toBe(
      `${entities.entities.before} / ${entities.entities.after}`,
    );
    expect(within(view).getByTestId('cmp-entity-up-down').textContent).toBe(
      `${entities.upgrades} / ${entities.downgrades} / ${entities.unchanged}`,
    );
    expect(entities.downgrades).toBeGreaterThan(0);
    const matrix = within(view).getByTestId('entity-transition-matrix');
    expect(matrix.querySelector('tr[data-from="A"] td[data-to="NR"]')?.textContent).toBe('1');
    expect(view.querySelector('tr[data-entity="FF1"]')?.textContent).toContain('398,000.00');
  });

  test('the county and each township’s move', () => {
    const report = twoYears();
    renderIn(<ComparisonView report={report} model={model} mode="years" idPrefix="y" />);
    expect(screen.getByTestId('cmp-county').textContent).toBe('是信用县 → 是信用县');
    const moves = screen.getByTestId('township-moves');
    const t2 = moves.querySelector('tr[data-township="t-2"]');
    const move = report.townships?.find((t) => t.id === 't-2');
    expect(move?.ratingBefore).toBe('none');
    expect(move?.ratingAfter).toBe('A');
    expect(t2?.querySelector('[data-move]')?.getAttribute('data-move')).toBe(move?.move);
    expect(t2?.textContent).toContain('60.00% → 60.00%');
  });

  test('a comparison without entities or townships shows neither', () => {
    const text = (year: number) =>
      JSON.stringify(evaluateBatch(JSON.parse(vectorText('golden.json')), { evalYear: year }));
    const outcome = compareResultTexts(
      { name: 'a.json', text: text(2024) },
      { name: 'b.json', text: text(2025) },
    );
    if (outcome.report === null) throw new Error('no report');
    renderIn(<ComparisonView report={outcome.report} model={model} mode="years" idPrefix="y" />);
    expect(screen.queryByTestId('entity-comparison')).toBeNull();
    expect(screen.queryByTestId('township-comparison')).toBeNull();
  });
});
