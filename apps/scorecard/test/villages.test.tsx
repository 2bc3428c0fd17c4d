import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { BadRecords } from '../src/features/villages/bad-records';
import { batchCounts } from '../src/features/villages/batch-counts';
import { GradeChart } from '../src/features/villages/grade-chart';
import { VillageDetail } from '../src/features/villages/village-detail';
import { VILLAGES_PER_PAGE, VillageTable } from '../src/features/villages/village-table';
import { defaultModel } from '../src/lib/core-adapter';
import { compareDecimal, formatPercent } from '../src/lib/money';
import { type BatchRun, runBatch } from '../src/worker/run-batch';
import { byId, choose, renderIn, vectorText } from './helpers';

const model = defaultModel();

function run(name: string): BatchRun {
  const outcome = runBatch(vectorText(name), { fileName: name, model });
  if (!outcome.ok) throw new Error(`${name} could not be evaluated`);
  return outcome.run;
}

afterEach(cleanup);

describe('the village review', () => {
  test('the village table renders every village of a batch result', () => {
    const batch = run('random.json');
    const opened: number[] = [];
    renderIn(
      <VillageTable villages={batch.villages} model={model} onOpen={(i) => opened.push(i)} />,
    );
    const rows = within(screen.getByTestId('village-table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(batch.villages.length);
    const first = batch.villages[0]?.result;
    const row = rows[0] as HTMLElement;
    expect(row.textContent).toContain(first?.id ?? '');
    expect(row.textContent).toContain(String(first?.score));
    fireEvent.click(within(row).getByRole('button'));
    expect(opened).toEqual([0]);
  });

  test('golden: rating, score, counts and total limit come from the core', () => {
    const batch = run('golden.json');
    renderIn(<VillageTable villages={batch.villages} model={model} onOpen={() => {}} />);
    const result = batch.villages[0]?.result;
    const row = screen.getByTestId('village-table').querySelector('tr[data-village="golden"]');
    expect(row?.textContent).toContain(String(result?.score));
    expect(row?.textContent).toContain(
      `${result?.counts.householdsTotal} / ${result?.counts.collected} / ${result?.counts.invalid}`,
    );
    expect(row?.textContent).toContain('783,000.00');
  });

  test('a village’s households sort by score, limit and id, and filter by grade', () => {
    const batch = run('golden.json');
    const village = batch.villages[0];
    if (village === undefined) throw new Error('no village');
    renderIn(
      <VillageDetail
        village={village}
        model={model}
        onClose={() => {}}
        onOpenHousehold={() => {}}
        onPrintNotice={() => {}}
      />,
    );
    const ids = () =>
      [...screen.getByTestId('household-table').querySelectorAll('tbody th[scope=row]')].map(
        (th) => th.textContent,
      );
    expect(ids()[0]).toBe('H6');
    fireEvent.click(screen.getByRole('button', { name: '按农户编号排序' }));
    expect(ids()).toEqual(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'H7', 'H8', 'H9']);
    fireEvent.click(screen.getByRole('button', { name: '按授信额度（元）排序' }));
    expect(ids().slice(0, 3)).toEqual(['H6', 'H1', 'H9']);
    fireEvent.change(screen.getByLabelText('按等级筛选'), { target: { value: 'B' } });
    expect(ids()).toEqual(['H4', 'H5', 'H7']);
  });

  test('the grade chart shows the counts per village and overall', () => {
    const batch = run('golden.json');
    renderIn(
      <GradeChart
        model={model}
        rows={[
          { label: '全部', byGrade: batch.summary.byGrade },
          { label: 'golden', byGrade: batch.villages[0]?.result.counts.byGrade ?? {} },
        ]}
      />,
    );
    const bars = within(screen.getByTestId('grade-chart')).getAllByRole('img');
    expect(bars).toHaveLength(2);
    expect(bars[1]?.getAttribute('aria-label')).toBe(
      'golden：AAA 3 · AA 1 · A 1 · B 3 · C 0 · NR 1',
    );
  });

  test('bad records are listed with village, household index and id, field path and message', () => {
    const batch = run('invalid.json');
    renderIn(<BadRecords villages={batch.villages} model={model} onOpen={() => {}} />);
    const list = screen.getByTestId('bad-records');
    const row = list.querySelector('tr[data-household="b-area3dp"]');
    expect(row?.textContent).toContain('bad-records');
    expect(row?.textContent).toContain('第 2 条');
    expect(row?.textContent).not.toContain('index');
    expect(row?.textContent).toContain('houses[0].areaM2');
    expect(row?.textContent).toContain('房屋 1 › 面积（m²）');
    expect(row?.textContent).toContain('最多 2 位小数，填写的是「120.555」');
    expect(list.textContent).toContain('bad-village-npl');
    expect(list.textContent).toContain('loans.nonPerforming');
    expect(list.textContent).toContain('农户贷款 › 不良贷款（元）');
    expect(list.textContent).toContain('不良贷款 2,000.00 元超过贷款余额 1,000.00 元');
  });

  test('names from files are rendered as text, never as HTML', () => {
    const golden = JSON.parse(vectorText('golden.json')) as {
      evalYear: number;
      villages: Record<string, unknown>[];
    };
    const hostile = {
      ...golden.villages[0],
      id: '<img src=x onerror=alert(1)>',
      name: '<b>bold</b>',
    };
    const outcome = runBatch(JSON.stringify({ evalYear: 2024, villages: [hostile] }), {
      fileName: 'x.json',
      model,
    });
    if (!outcome.ok) throw new Error('unexpected');
    renderIn(<VillageTable villages={outcome.run.villages} model={model} onOpen={() => {}} />);
    const table = screen.getByTestId('village-table');
    expect(table.querySelector('img')).toBeNull();
    expect(table.querySelector('b')).toBeNull();
    expect(table.textContent).toContain('<img src=x onerror=alert(1)> · <b>bold</b>');
  });

  test('a village’s items are in its own view: values as percentages, points out of the maximum', () => {
    const batch = run('golden.json');
    const village = batch.villages[0];
    if (village === undefined) throw new Error('no village');
    renderIn(
      <VillageDetail
        village={village}
        model={model}
        onClose={() => {}}
        onOpenHousehold={() => {}}
        onPrintNotice={() => {}}
      />,
    );
    const items = screen.getByTestId('village-items');
    for (const item of village.result.items ?? []) {
      const row = items.querySelector(`tr[data-item="${item.id}"]`);
      expect(row?.textContent).toContain(`${item.points} / ${item.max} 分`);
    }
    const coverage = village.result.items?.find((i) => i.id === 'coverage')?.value ?? '';
    expect(items.querySelector('tr[data-item="coverage"]')?.textContent).toContain(
      formatPercent(coverage),
    );
    expect(items.textContent).toMatch(/\d%/);
    expect(items.textContent).not.toMatch(/0\.\d{4}/);
  });
});

describe('a county’s batch in the village table (defect 9)', () => {
  /** A batch of many villages, each a copy of golden's, some made invalid or unrated. */
  function county(villages: number): BatchRun {
    const golden = JSON.parse(vectorText('golden.json')) as {
      villages: { households: Record<string, unknown>[] }[];
    };
    const households = golden.villages[0]?.households ?? [];
    const list = Array.from({ length: villages }, (_, v) => ({
      id: `v-${String(v + 1).padStart(3, '0')}`,
      name: v % 2 === 0 ? `东${v + 1}村` : `西${v + 1}村`,
      householdsTotal: 10,
      partyOrganisation: 'good',
      households: households.map((h, i) => ({
        ...h,
        id: `V${v + 1}-H${i + 1}`,
        ...(v % 7 === 3 && i === 0 ? { deposits: 'abc' } : {}),
      })),
    }));
    const outcome = runBatch(JSON.stringify({ evalYear: 2024, villages: list }), {
      fileName: 'county.json',
      model,
    });
    if (!outcome.ok) throw new Error('unusable');
    return outcome.run;
  }

  test('is paged, searched, filtered by rating and sorted', () => {
    const batch = county(60);
    renderIn(<VillageTable villages={batch.villages} model={model} onOpen={() => {}} />);
    const rowIds = () =>
      [...screen.getByTestId('village-table').querySelectorAll('tbody tr[data-village]')].map(
        (tr) => tr.getAttribute('data-village'),
      );
    expect(rowIds()).toHaveLength(VILLAGES_PER_PAGE);
    expect(screen.getByTestId('village-count').textContent).toBe('显示 60 个村，共 60 个');
    fireEvent.click(screen.getByRole('button', { name: '下一页' }));
    expect(rowIds()[0]).toBe(`v-0${VILLAGES_PER_PAGE + 1}`);

    fireEvent.input(byId('village-search'), { target: { value: '西1' } });
    expect(rowIds()).toEqual(['v-010', 'v-012', 'v-014', 'v-016', 'v-018']);

    fireEvent.input(byId('village-search'), { target: { value: '' } });
    choose('village-rating', 'unrated');
    const unrated = batch.villages.filter((v) => v.result.rating === null).length;
    expect(unrated).toBeGreaterThan(0);
    expect(rowIds()).toHaveLength(unrated);
    // Why a village is unrated is said in its row.
    for (const reason of screen.getAllByTestId('unrated-reason'))
      expect(reason.textContent).toBe('有 1 条无效记录');

    choose('village-rating', '');
    fireEvent.click(screen.getByRole('button', { name: /授信总额/ }));
    const limits = rowIds().map(
      (id) => batch.villages.find((v) => v.result.id === id)?.result.totalLimit ?? '',
    );
    expect([...limits].sort((a, b) => -compareDecimal(a, b))).toEqual(limits);
  });

  test('the chart draws one bar overall, not one per village, for a large batch', () => {
    const batch = county(60);
    renderIn(
      <GradeChart
        model={model}
        rows={[{ label: '全部', byGrade: batch.summary.byGrade }]}
        note="说明"
      />,
    );
    expect(within(screen.getByTestId('grade-chart')).getAllByRole('img')).toHaveLength(1);
  });

  test('the invalid count is the same in the summary and the list of bad records', () => {
    const batch = county(60);
    const counts = batchCounts(batch.villages);
    renderIn(<BadRecords villages={batch.villages} model={model} onOpen={() => {}} />);
    expect(screen.getByTestId('bad-records-count').textContent).toContain(
      `无效农户记录 ${counts.invalid} 条`,
    );
    expect(counts.invalid + counts.notEvaluated).toBe(batch.summary.invalidHouseholds);
  });
});
