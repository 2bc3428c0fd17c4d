import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateBatch } from '@credit-village/core';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { EntitiesSection } from '../src/features/entity/entities-section';
import { CountyVerdict } from '../src/features/township/county-verdict';
import {
  countyConditions,
  shareMeets,
  shownMeets,
} from '../src/features/township/township-reasons';
import { VillagesPage } from '../src/features/villages/villages-page';
import { type CountyResult, defaultModel } from '../src/lib/core-adapter';
import { formatPercent } from '../src/lib/money';
import { type BatchRun, runBatch } from '../src/worker/run-batch';
import { doneBatch, renderIn, renderTownships, vectorText } from './helpers';

// The townships, the county and the entities in the village review (docs/model.md §12–13): every
// figure is the core's; the view says which band, gate or condition decided, in words.

const model = defaultModel();
const county = model.document.county;
if (county === undefined) throw new Error('the default model has a county section');

function runText(text: string, name: string): BatchRun {
  const outcome = runBatch(text, { fileName: name, model });
  if (!outcome.ok) throw new Error(`${name} could not be evaluated`);
  return outcome.run;
}

const run = (name: string) => runText(vectorText(name), name);

const EXAMPLE = join(import.meta.dirname, '..', '..', '..', 'examples', 'county.json');

afterEach(cleanup);

describe('the townships view', () => {
  test('townships.json: T1 is AA by its shares, T2 fails the NPL gate; each row is the core’s', () => {
    const outcome = renderTownships(run('townships.json'));
    const table = screen.getByTestId('township-table');
    for (const township of outcome.townships) {
      const row = table.querySelector(`tr[data-township="${township.id}"]`);
      for (const value of Object.values(township.shares ?? {}))
        expect(row?.textContent).toContain(formatPercent(value));
      expect(row?.textContent).toContain(
        `${township.villages.inBatch} / ${township.villages.total}`,
      );
    }
    const t1 = table.querySelector('tr[data-township="t-1"]');
    expect(t1?.textContent).toContain('AA');
    expect(t1?.textContent).toContain('全部通过');
    const t2 = table.querySelector('tr[data-township="t-2"]');
    expect(t2?.textContent).toContain('未达标');
    expect(t2?.textContent).toContain('不良贷款率');
    // A chart of villages by rating per township, with the counts written out.
    const chart = screen.getByTestId('township-villages-chart');
    const bars = within(chart).getAllByRole('img');
    expect(bars).toHaveLength(2);
    expect(bars[0]?.getAttribute('aria-label')).toContain('AAA 4');
    expect(screen.getByTestId('township-entities-chart')).toBeTruthy();
  });

  test('a township opened says why, with its villages, bands and gates', () => {
    renderTownships(run('townships.json'));
    fireEvent.click(screen.getByRole('button', { name: '查看乡镇「T2 · t-2」' }));
    const detail = screen.getByTestId('township-detail');
    expect(screen.getByTestId('township-why').textContent).toContain(
      '未过门槛：不良贷款率，不评为信用乡镇',
    );
    const gates = screen.getByTestId('township-gates');
    expect(gates.querySelector('[data-gate="npl"]')?.getAttribute('data-passed')).toBe('false');
    expect(gates.querySelector('[data-gate="npl"]')?.textContent).toContain('5.60%');
    expect(gates.querySelector('[data-gate="npl"]')?.textContent).toContain('> 5%');
    expect(gates.querySelector('[data-gate="arrears"]')?.getAttribute('data-passed')).toBe('true');
    // Six credit villages of ten reach the A band's share; the gate still decides.
    const bands = screen.getByTestId('township-bands');
    expect(bands.querySelector('[data-band="A"]')?.getAttribute('data-reached')).toBe('true');
    expect(bands.querySelector('[data-band="AA"]')?.getAttribute('data-reached')).toBe('false');
    const villages = within(detail).getByTestId('township-village-list');
    expect(villages.querySelectorAll('li')).toHaveLength(10);
    fireEvent.click(screen.getByRole('button', { name: '返回乡镇列表' }));
    expect(screen.getByTestId('township-table')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '查看乡镇「T1 · t-1」' }));
    expect(screen.getByTestId('township-why').textContent).toContain(
      '评为AA级信用乡镇：AAA、AA 级村占比 58.33%，达到 ≥ 50%',
    );
  });

  test('a township with problems of its own lists them in the clerk’s words', () => {
    renderTownships(run('invalid-v2.json'));
    fireEvent.click(screen.getByRole('button', { name: '查看乡镇「t-np」' }));
    expect(screen.getByTestId('township-why').textContent).toContain('乡镇数据有误');
    const problems = screen.getByTestId('township-problems').textContent ?? '';
    expect(problems).toContain('不良贷款');
    expect(problems).not.toMatch(/nonPerforming|must|got/);
  });

  test('English', () => {
    renderTownships(run('townships.json'), { lang: 'en' });
    expect(screen.getByTestId('township-table').textContent).toContain('Not a credit township');
  });
});

describe('the county verdict', () => {
  test('townships.json makes a credit county: every condition met', () => {
    const result = run('townships.json').townships?.county;
    if (result === undefined) throw new Error('no county');
    renderIn(<CountyVerdict county={result} model={model} />);
    const verdict = screen.getByTestId('county-verdict');
    expect(verdict.getAttribute('data-verdict')).toBe('yes');
    expect(screen.getByTestId('county-headline').textContent).toBe('是信用县');
    const held = [...verdict.querySelectorAll('tr[data-condition]')].map((r) =>
      r.getAttribute('data-held'),
    );
    expect(held).toEqual(['true', 'true', 'true']);
    expect(screen.getByTestId('county-villages').textContent).toBe('15 / 22');
  });

  test('examples/county.json: not a credit county, for its shares, said with the thresholds', () => {
    const result = evaluateBatch(JSON.parse(readFileSync(EXAMPLE, 'utf8'))).county;
    if (result === undefined) throw new Error('no county');
    renderIn(<CountyVerdict county={result} model={model} />);
    expect(screen.getByTestId('county-verdict').getAttribute('data-verdict')).toBe('no');
    const headline = screen.getByTestId('county-headline').textContent;
    expect(headline).toContain('不是信用县');
    expect(headline).toContain(
      `信用村占比 ${formatPercent(result.creditVillageShare ?? '')}，未达到 ≥ 60%`,
    );
    expect(headline).not.toContain('不良贷款率');
  });

  test('a county with a township not rated is not rated, and says why', () => {
    const result = run('invalid-v2.json').townships?.county;
    if (result === undefined) throw new Error('no county');
    renderIn(<CountyVerdict county={result} model={model} />);
    expect(screen.getByTestId('county-verdict').getAttribute('data-verdict')).toBe('unrated');
    expect(screen.getByTestId('county-headline').textContent).toContain('有乡镇未能评定');
  });
});

describe('why a condition held, exactly', () => {
  test('a share is compared from its counts, never rounded', () => {
    expect(shareMeets(3, 5, '>=', '0.6')).toBe(true);
    expect(shareMeets(599_999, 1_000_000, '>=', '0.6')).toBe(false);
    // 2/3 is 0.6667 shown, but exactly below 0.666667.
    expect(shareMeets(2, 3, '>=', '0.666667')).toBe(false);
    expect(shareMeets(2, 3, '>', '0.666666')).toBe(true);
    expect(shareMeets(0, 0, '>=', '0.5')).toBeNull();
    expect(shownMeets('0.0500', '<=', '0.05')).toBe(true);
    expect(shownMeets('0.0501', '<=', '0.05')).toBe(false);
  });

  test('the NPL is named as failing only when the shares hold and the county still fails', () => {
    const base: CountyResult = {
      creditCounty: false,
      villagesTotal: 10,
      creditVillages: 7,
      creditVillageShare: '0.7000',
      townships: 2,
      creditTownships: 1,
      creditTownshipShare: '0.5000',
      npl: '0.0500',
    };
    // The shown NPL 0.0500 meets ≤ 0.05, but the exact one (not in the result) did not.
    const rows = countyConditions(base, county);
    expect(rows.map((r) => [r.id, r.held])).toEqual([
      ['creditVillageShare', true],
      ['creditTownshipShare', true],
      ['npl', false],
    ]);
    const short = countyConditions(
      { ...base, creditVillages: 5, creditVillageShare: '0.5000' },
      county,
    );
    expect(short.map((r) => r.held)).toEqual([false, true, true]);
  });
});

describe('the entities in the review', () => {
  test('invalid-v2.json: the scored entities in a table, the invalid ones in the clerk’s words', () => {
    const batch = run('invalid-v2.json');
    const opened: number[] = [];
    renderIn(<EntitiesSection run={batch} model={model} onOpen={(i) => opened.push(i)} />);
    const scored = (batch.entities ?? []).filter((e) => e.outcome.ok).length;
    const invalid = (batch.entities ?? []).length - scored;
    expect(screen.getByTestId('entity-count').textContent).toBe(
      `显示 ${scored} 个主体，共 ${scored} 个`,
    );
    expect(screen.getByTestId('entity-summary-invalid').textContent).toBe(String(invalid));
    const errors = screen.getByTestId('entity-errors');
    expect(errors.textContent).toContain(`${invalid} 条经营主体记录无效`);
    // Field names and words of the entity record, never the English message or a code path.
    expect(errors.textContent).toContain('主体类型');
    expect(errors.textContent).not.toMatch(/ got |must be|expected/);
    fireEvent.click(
      within(errors).getAllByRole('button', { name: '在表单中打开' })[0] as HTMLElement,
    );
    expect(opened).toHaveLength(1);
    expect(batch.entities?.[opened[0] ?? -1]?.outcome.ok).toBe(false);
  });

  test('examples/county.json: 216 entities, paged, searched, filtered by grade', () => {
    const batch = runText(readFileSync(EXAMPLE, 'utf8'), 'county.json');
    renderIn(<EntitiesSection run={batch} model={model} />);
    const total = batch.summary.entities?.entities ?? 0;
    expect(total).toBe(216);
    const rows = () => screen.getByTestId('entity-table').querySelectorAll('tbody tr[data-entity]');
    expect(rows()).toHaveLength(25);
    fireEvent.change(screen.getByLabelText('按等级筛选'), { target: { value: 'AAA' } });
    expect(rows()).toHaveLength(batch.summary.entities?.byGrade.AAA ?? -1);
    fireEvent.change(screen.getByLabelText('按等级筛选'), { target: { value: '' } });
    fireEvent.input(screen.getByLabelText('按编号、名称或乡镇查找'), {
      target: { value: 'wj-ent-001' },
    });
    expect(rows()).toHaveLength(1);
    expect(rows()[0]?.textContent).toContain('家庭农场');
    expect(rows()[0]?.textContent).toContain('华阳镇');
  });
});

describe('the village review page with townships and entities', () => {
  test('county verdict, townships and entities are shown after the villages, each a frame later', async () => {
    renderIn(
      <VillagesPage
        model={model}
        batch={doneBatch(run('townships.json'))}
        onOpenHousehold={() => {}}
      />,
    );
    expect(screen.getByTestId('county-verdict').getAttribute('data-verdict')).toBe('yes');
    // Laid out a frame after the villages (and the entities a frame after the townships).
    expect(screen.queryByTestId('townships')).toBeNull();
    expect(await screen.findByTestId('townships')).toBeTruthy();
    expect(await screen.findByTestId('entities')).toBeTruthy();
    expect(screen.queryByTestId('entity-status')).toBeNull();
  });
});
