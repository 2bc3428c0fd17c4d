import { evaluateBatch, trackObjections } from '@credit-village/core';
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, test } from 'vitest';
import { dateText } from '../src/features/objections/display-date';
import { heldMarks } from '../src/features/objections/held-marks';
import {
  objectionIssueWords,
  trackingIssueWords,
} from '../src/features/objections/objection-issue';
import { readResultsText, trackObjectionsOn } from '../src/features/objections/objections-core';
import {
  newRegister,
  withObjection,
  withResolution,
} from '../src/features/objections/objections-files';
import { ObjectionsPage } from '../src/features/objections/objections-page';
import { registerCsv } from '../src/features/objections/register-csv';
import type { ObjectionsState } from '../src/features/objections/use-objections';
import { useTrackedObjections } from '../src/features/objections/use-tracked-objections';
import { i18nFor } from '../src/i18n/index';
import { defaultModel, type VillageResult } from '../src/lib/core-adapter';
import { renderIn, vectorText } from './helpers';

const model = defaultModel();

/** The results of review.json, as `credit-village evaluate` writes them. */
const RESULTS = evaluateBatch(JSON.parse(vectorText('review.json')));
const REGISTER = JSON.parse(vectorText('objections.json')) as Record<string, unknown>;
const EXPECTED = JSON.parse(vectorText('objections.expected.json')) as {
  today: string;
  count: number;
  objections: { index: number; household: string; due: string | null; status: string }[];
  held: { village: string; household: string }[];
  errors: { index: number; paths: (string | number)[][] }[];
};

/** The objections page with its state, as the app holds it; no batch in the village review. */
function Page({ initial }: { readonly initial: ObjectionsState }) {
  const [state, update] = useState(initial);
  const objections = { state, update };
  const { tracked } = useTrackedObjections(objections, model);
  return (
    <ObjectionsPage
      model={model}
      objections={objections}
      batch={{ state: 'idle' }}
      tracked={tracked}
    />
  );
}

function tracked(register: Record<string, unknown> = REGISTER, today = EXPECTED.today) {
  renderIn(
    <Page
      initial={{
        results: {
          state: 'ready',
          from: 'file',
          fileName: 'review-results.json',
          villages: RESULTS.villages as readonly VillageResult[],
        },
        document: {
          state: 'ready',
          fileName: 'objections.json',
          input: register,
          value: register,
          edited: false,
        },
        today,
      }}
    />,
  );
}

const row = (index: number) =>
  document.querySelector(`[data-testid=objections-table] tbody tr[data-index="${index}"]`);

afterEach(cleanup);

describe('the objections page', () => {
  test("every objection of the vector has the core's status and due date, in Chinese dates", () => {
    tracked();
    for (const expected of EXPECTED.objections) {
      const tr = row(expected.index);
      expect(tr?.getAttribute('data-status')).toBe(expected.status);
      expect(tr?.textContent).toContain(
        expected.due === null ? '不予复核' : dateText(expected.due, 'zh'),
      );
    }
    const errors = document.querySelectorAll('[data-testid=objections-table] tr.is-error');
    expect([...errors].map((e) => Number(e.getAttribute('data-index')))).toEqual(
      EXPECTED.errors.map((e) => e.index),
    );
    const count = (status: string) =>
      document.querySelector(`[data-testid=objections-counts] dd[data-status="${status}"]`)
        ?.textContent;
    expect(count('all')).toBe(String(EXPECTED.count));
    expect(count('held')).toBe(String(EXPECTED.held.length));
    expect(count('errors')).toBe(String(EXPECTED.errors.length));
    const held = screen.getByTestId('objections-held');
    for (const h of EXPECTED.held)
      expect(
        within(held)
          .getByText(h.household, { exact: false })
          .closest('[data-village]')
          ?.getAttribute('data-village'),
      ).toBe(h.village);
    expect(screen.getByTestId('objections-final').textContent).toContain('r-invalid');
    // The grounds are never shown.
    expect(document.body.textContent).not.toContain('第二条异议');
  });

  test('the filter shows one status at a time; the problems are named by field', () => {
    tracked();
    fireEvent.change(screen.getByLabelText('按状态筛选'), { target: { value: 'late' } });
    const rows = document.querySelectorAll('[data-testid=objections-table] tbody tr');
    const late = EXPECTED.objections.filter((o) => o.status === 'late');
    expect(rows).toHaveLength(late.length);
    fireEvent.change(screen.getByLabelText('按状态筛选'), { target: { value: 'errors' } });
    const text = screen.getByTestId('objections-table').textContent ?? '';
    expect(text).toContain('户号：评定结果中没有这个村或这户');
    expect(text).toContain('村编号：评定结果中没有这个村或这户');
    expect(text).toContain('提出日期：应为实际存在的日期，写成 YYYY-MM-DD，填写的是「2024-09-31」');
  });

  test('a re-review entered: checked by the core first, then written into the register', () => {
    tracked();
    // Objection 0 (R1), pending until 2024-10-17.
    const button = within(row(0) as HTMLElement).getByRole('button');
    fireEvent.click(button);
    const form = screen.getByTestId('resolve-form');
    fireEvent.click(within(form).getByText('确认'));
    expect(within(form).getByText('请选择复核结论。')).toBeTruthy();
    fireEvent.click(within(form).getByLabelText('异议不成立'));
    fireEvent.input(within(form).getByLabelText('复核日期'), { target: { value: '2024-10-18' } });
    fireEvent.click(within(form).getByText('确认'));
    expect(within(form).getByTestId('resolve-issues').textContent).toContain(
      '复核日期：日期在今天（2024-10-17）之后',
    );
    expect(row(0)?.getAttribute('data-status')).toBe('pending');
    fireEvent.input(within(form).getByLabelText('复核日期'), { target: { value: '2024-10-17' } });
    fireEvent.click(within(form).getByText('确认'));
    expect(row(0)?.getAttribute('data-status')).toBe('resolved');
    expect(screen.queryByTestId('resolve-form')).toBeNull();
    expect(screen.getByTestId('objections-register-loaded').textContent).toContain(
      '已在此登记或办结异议',
    );
  });

  test('an objection added: refused with its problem, then added and held', () => {
    tracked();
    const add = screen.getByTestId('add-objection');
    fireEvent.change(within(add).getByLabelText('村编号'), { target: { value: 'r-panels' } });
    fireEvent.input(within(add).getByLabelText('户号'), { target: { value: 'R1' } });
    fireEvent.input(within(add).getByLabelText('提出日期'), { target: { value: '2024-10-01' } });
    fireEvent.input(within(add).getByLabelText('异议理由'), { target: { value: '理由' } });
    fireEvent.click(within(add).getByTestId('add-objection-submit'));
    // R1 is a household of another village: the core says so, and nothing is added.
    expect(within(add).getByTestId('add-objection-issues').textContent).toContain(
      '户号：评定结果中没有这个村或这户',
    );
    expect(row(EXPECTED.count)).toBeNull();
    fireEvent.input(within(add).getByLabelText('户号'), { target: { value: 'P01' } });
    fireEvent.click(within(add).getByTestId('add-objection-submit'));
    expect(within(add).queryByTestId('add-objection-issues')).toBeNull();
    const added = row(EXPECTED.count);
    expect(added?.getAttribute('data-status')).toBe('pending');
    // Filed during the holidays: due on the 10th working day after 2024-10-08's count starts.
    expect(added?.textContent).toContain('2024年10月18日');
    expect(
      within(screen.getByTestId('objections-held')).getByText('P01', { exact: false }),
    ).toBeTruthy();
  });

  test('an unusable register is said field by field', () => {
    tracked({ ...REGISTER, notice: { date: '2024-02-30' }, extra: 1 });
    const text = screen.getByTestId('objections-unusable').textContent ?? '';
    expect(text).toContain('公示开始日期：');
    expect(text).toContain('栏目「extra」：');
  });

  test('in English', () => {
    renderIn(
      <Page
        initial={{
          results: {
            state: 'ready',
            from: 'file',
            fileName: 'r.json',
            villages: RESULTS.villages as readonly VillageResult[],
          },
          document: {
            state: 'ready',
            fileName: 'o.json',
            input: REGISTER,
            value: REGISTER,
            edited: false,
          },
          today: EXPECTED.today,
        }}
      />,
      'en',
    );
    expect(screen.getByTestId('objections-period').textContent).toBe(
      'Notice period: 27 Sep 2024 to 3 Oct 2024 (7 days)',
    );
    expect(screen.getByTestId('objections-table').textContent).toContain(
      'Household id: no such village or household in the results',
    );
  });
});

describe('the register as data', () => {
  test('an added objection and a resolution keep every other key of the document', () => {
    const withExtra = { ...REGISTER, meta: { office: 'x' } };
    const { value, index } = withObjection(withExtra, { village: 'v', household: 'h' });
    expect(index).toBe(EXPECTED.count);
    expect(value.meta).toEqual({ office: 'x' });
    const resolved = withResolution(value, 0, { date: '2024-10-10', outcome: 'upheld' });
    const objections = resolved.objections as Record<string, unknown>[];
    expect(objections[0]).toEqual({
      ...(REGISTER.objections as Record<string, unknown>[])[0],
      resolution: { date: '2024-10-10', outcome: 'upheld' },
    });
    expect(objections.slice(1)).toEqual((value.objections as unknown[]).slice(1));
  });

  test('a new register: dates as typed (the core checks them), days as a number', () => {
    const source = newRegister({
      date: '2025-01-02',
      days: '１０',
      holidays: '2025-01-01\n2025-01-28, 2025-01-29',
      workdays: '',
    });
    expect(source.state === 'ready' && source.value).toEqual({
      notice: { date: '2025-01-02', days: 10 },
      holidays: ['2025-01-01', '2025-01-28', '2025-01-29'],
      objections: [],
    });
  });

  test('results as NDJSON lines (evaluate --format ndjson), a bad line named by its number', () => {
    const lines = RESULTS.villages.map((v) => JSON.stringify({ line: 1, evalYear: 2024, ...v }));
    const read = readResultsText(lines.join('\n'), 'results.ndjson');
    expect(read.ok && Array.isArray(read.value) && read.value.length).toBe(3);
    const joined = readResultsText(lines.join('\n'), 'results.json');
    expect(joined.ok).toBe(true);
    const bad = readResultsText(`${lines[0]}\n{oops\n`, 'results.ndjson');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]?.params?.line).toBe(2);
  });

  test('the register as CSV: one row per objection in order, no grounds, a byte-order mark', () => {
    const report = trackObjectionsOn(
      RESULTS.villages as readonly VillageResult[],
      REGISTER,
      EXPECTED.today,
      model,
    );
    if (!report.ok) throw new Error('tracked');
    const csv = registerCsv(report.value, i18nFor('zh'));
    expect(
      csv.startsWith('\uFEFF序号,村编号,户号,提出人,提出日期,复核期限,状态,复核日期,复核结论\r\n'),
    ).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(1 + EXPECTED.count);
    expect(lines[1]).toBe('1,r-worked,R1,本户,2024-09-29,2024-10-17,待复核,,');
    expect(csv).not.toContain('第二条异议');
  });

  test("problems named in the clerk's words, in both languages", () => {
    const issue = { path: ['resolution', 'date'], code: 'before_filing', message: 'm' } as const;
    expect(objectionIssueWords(issue, model, i18nFor('zh')).where).toBe('复核日期');
    expect(objectionIssueWords(issue, model, i18nFor('en')).where).toBe('Re-review date');
    const holiday = {
      path: ['objections', 'holidays', 2],
      code: 'invalid_value',
      message: 'm',
    } as const;
    expect(trackingIssueWords(holiday, model, i18nFor('zh')).where).toBe(
      '节假日（不上班的日期）第 3 项',
    );
  });
});

describe('the households held, as the village review marks them', () => {
  test('every held household of the register, matched by the id rule, and no other', () => {
    const report = trackObjections(RESULTS, REGISTER, EXPECTED.today);
    const held = heldMarks(report, 'objections.json');
    expect(report.held).toEqual(EXPECTED.held);
    for (const village of RESULTS.villages)
      for (const household of village.households) {
        const expected = EXPECTED.held.some(
          (h) => h.village === village.id && h.household === household.id,
        );
        expect(held.has(village.id, household.id)).toBe(expected);
        // The same ids in another Unicode form (full-width) are the same household.
        const wide = household.id.replace(/[A-Za-z0-9]/g, (c) =>
          String.fromCharCode(c.charCodeAt(0) + 0xfee0),
        );
        expect(held.has(village.id, wide)).toBe(expected);
      }
    const counts = new Map<string, number>();
    for (const h of EXPECTED.held) counts.set(h.village, (counts.get(h.village) ?? 0) + 1);
    for (const village of RESULTS.villages)
      expect(held.count(village.id)).toBe(counts.get(village.id ?? '') ?? 0);
    expect(held.count(null)).toBe(0);
    expect(held).toMatchObject({ register: 'objections.json', today: EXPECTED.today });
  });
});
