/**
 * The defects of issue 15 that a component test can show (the others, which need a real
 * browser's layout, focus and timing, are in e2e/field.test.ts and e2e/phone.test.ts).
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useReducer } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '../src/app';
import { fromRecord } from '../src/features/household/from-record';
import { HouseholdPage } from '../src/features/household/household-page';
import { householdReducer, initialHousehold } from '../src/features/household/household-state';
import {
  fromSavedHousehold,
  HOUSEHOLD_KEY,
  toSavedHousehold,
} from '../src/features/household/saved-household';
import { MODEL_KEY, toSavedModel } from '../src/features/model/saved-model';
import { resultDocumentText } from '../src/features/villages/result-document';
import { VillagesPage } from '../src/features/villages/villages-page';
import {
  defaultModel,
  loadModel,
  readResultDocument,
  safeParseJson,
} from '../src/lib/core-adapter';
import { currentYear } from '../src/lib/current-year';
import { memoryStore, openStore } from '../src/lib/persist/store';
import { villageRecords } from '../src/lib/village-source';
import { runBatch } from '../src/worker/run-batch';
import { byId, doneBatch, goldenHousehold, leave, renderIn, type, vectorText } from './helpers';

const model = defaultModel();

function Harness({ record }: { readonly record?: Record<string, unknown> }) {
  const [state, dispatch] = useReducer(householdReducer, undefined, () => {
    const initial = { ...initialHousehold(), evalYear: '2024', evalYearChosen: true };
    return record === undefined ? initial : { ...initial, form: fromRecord(record, model) };
  });
  return <HouseholdPage model={model} state={state} dispatch={dispatch} />;
}

beforeEach(() => {
  localStorage.clear();
  location.hash = '';
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('forgiving input, exact values (defect 8)', () => {
  for (const typed of ['５００００', '50,000', '50000元', '5万', '５万元', '50，000']) {
    test(`deposits typed as ${typed} count as 50000.00, and read so once left`, () => {
      renderIn(<Harness record={{ ...goldenHousehold('H1'), deposits: '1' }} />);
      type('f-deposits', typed);
      expect(screen.getByTestId('result').getAttribute('data-stale')).toBeNull();
      expect(screen.getByTestId('limit').textContent).toBe('163,000.00');
      leave('f-deposits');
      expect(byId('f-deposits').value).toBe('50000');
      expect(byId('f-deposits').getAttribute('aria-invalid')).toBeNull();
    });
  }

  test('a full-width year and a count with its measure word are read too', () => {
    renderIn(<Harness record={goldenHousehold('H1')} />);
    type('f-evalYear', '２０２４');
    type('f-livestock-pig', '20头');
    expect(screen.getByTestId('limit').textContent).toBe('163,000.00');
  });

  test('what cannot be read as a number is still an error, in Chinese', () => {
    renderIn(<Harness record={goldenHousehold('H1')} />);
    type('f-deposits', '五万');
    leave('f-deposits');
    expect(byId<HTMLElement>('f-deposits-error').textContent).toBe('不是数字，填写的是「五万」');
  });
});

describe('required fields and the evaluation year (defect 12)', () => {
  test('required fields are marked, for eyes and for screen readers', () => {
    renderIn(<Harness record={goldenHousehold('H1')} />);
    for (const id of [
      'f-evalYear',
      'f-id',
      'f-income-net',
      'f-income-operating',
      'f-creditRecord',
      'f-houses-0-areaM2',
    ])
      expect(byId(id).getAttribute('aria-required'), id).toBe('true');
    expect(byId('f-deposits').getAttribute('aria-required')).toBeNull();
    expect(byId('f-id').labels?.[0]?.textContent).toBe('农户编号 *');
    expect(screen.getByText('标 * 的为必填项；其余选填，留空即不计入。')).toBeTruthy();
  });

  test('a new form says its evaluation year is this year by default, and the result says its year', () => {
    render(<App />);
    expect(byId('f-evalYear').value).toBe(currentYear());
    expect(screen.getByTestId('eval-year-hint').textContent).toBe(
      `默认为今年（${currentYear()}）；评定其他年度请修改`,
    );
    fireEvent.click(screen.getByTestId('fill-example'));
    expect(screen.getByTestId('result-year').textContent).toBe('按 2024 年度评定');
    expect(screen.getByTestId('eval-year-hint').textContent).toBe('四位年份');
  });
});

describe('the result summary (defect 14)', () => {
  test('is not a live region re-read at every keystroke; a result is announced only when asked for', () => {
    renderIn(<Harness record={goldenHousehold('H1')} />);
    const result = screen.getByTestId('result');
    expect(result.querySelector('[aria-live]')).toBeNull();
    expect(screen.getByTestId('result-bar').closest('[aria-live]')).toBeNull();
    expect(screen.getByTestId('announcement').textContent).toBe('');
    type('f-deposits', '60000');
    expect(screen.getByTestId('announcement').textContent).toBe('');
    fireEvent.click(screen.getByTestId('submit'));
    expect(screen.getByTestId('announcement').textContent).toBe(
      '评分结果：94 分，AAA 级，授信额度 164000.00 元',
    );
  });
});

describe('nothing lost (defects 2 and 5)', () => {
  test('clearing, the example and a file ask first when the form holds typed work', async () => {
    // happy-dom has no confirm(): the browser's dialog is stood in for.
    const confirm = vi.fn((_message?: string) => false);
    vi.stubGlobal('confirm', confirm);
    render(<App />);
    // An empty form is replaced without a question.
    fireEvent.click(screen.getByTestId('fill-example'));
    expect(confirm).not.toHaveBeenCalled();
    type('f-id', 'H1-mine');
    fireEvent.click(screen.getByTestId('reset'));
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(confirm.mock.calls[0]?.[0]).toBe(
      '表单中已填写的内容将被替换，未保存的内容会丢失。确定继续吗？',
    );
    expect(byId('f-id').value).toBe('H1-mine');
    fireEvent.click(screen.getByTestId('fill-example'));
    expect(byId('f-id').value).toBe('H1-mine');
    const input = byId('household-file');
    Object.defineProperty(input, 'files', {
      value: [new File([JSON.stringify(goldenHousehold('H5'))], 'h5.json')],
      configurable: true,
    });
    fireEvent.change(input);
    await waitFor(() => expect(confirm).toHaveBeenCalledTimes(3));
    expect(byId('f-id').value).toBe('H1-mine');
    confirm.mockReturnValue(true);
    fireEvent.click(screen.getByTestId('reset'));
    expect(byId('f-id').value).toBe('');
  });

  test('the form is kept while typing and comes back exactly', async () => {
    const store = memoryStore();
    vi.useFakeTimers();
    try {
      render(<App session={{ store, saved: new Map() }} />);
      fireEvent.click(screen.getByTestId('fill-example'));
      type('f-deposits', '５万');
      vi.advanceTimersByTime(1000);
    } finally {
      vi.useRealTimers();
    }
    const saved = await store.get(HOUSEHOLD_KEY);
    const restored = fromSavedHousehold(saved);
    expect(restored?.form.id).toBe('H1');
    expect(restored?.form.deposits).toBe('５万');
    expect(restored?.evalYear).toBe('2024');
    cleanup();
    render(<App session={{ store, saved: new Map([[HOUSEHOLD_KEY, saved]]) }} />);
    expect(byId('f-id').value).toBe('H1');
    expect(byId('f-deposits').value).toBe('５万');
    expect(screen.getByTestId('limit').textContent).toBe('163,000.00');
  });

  test('a county model is kept, comes back in use with a banner naming it; the default warns', () => {
    render(<App />);
    expect(screen.getByTestId('placeholder-warning').textContent).toContain('不能据此放贷');
    cleanup();
    const document = structuredClone(model.document) as unknown as {
      id: string;
      version: number;
      name: { zh: string; en: string };
      examples?: unknown;
    };
    document.id = 'county';
    document.version = 3;
    document.name = { zh: '某县模型', en: 'County model' };
    const county = loadModel(document);
    if (!county.ok) throw new Error('county model');
    const saved = new Map([[MODEL_KEY, toSavedModel(county.model, 'county.json')]]);
    render(<App session={{ store: memoryStore(), saved }} />);
    expect(screen.getByTestId('model-chip').textContent).toBe(
      '当前模型：某县模型（第 3 版） county 来自文件「county.json」，已保存在本机',
    );
    expect(screen.queryByTestId('placeholder-warning')).toBeNull();
  });

  test('a kept value of another shape is dropped, never trusted', () => {
    expect(fromSavedHousehold({ v: 1, form: { id: 3 } })).toBeUndefined();
    expect(fromSavedHousehold('nonsense')).toBeUndefined();
    const state = { ...initialHousehold(), form: fromRecord(goldenHousehold('H1'), model) };
    const back = fromSavedHousehold(JSON.parse(JSON.stringify(toSavedHousehold(state))));
    expect(back?.form.houses[0]?.areaM2).toBe('200');
  });

  test('the store falls back to localStorage without IndexedDB, and keeps JSON values', async () => {
    const store = await openStore();
    expect(['indexedDB', 'localStorage']).toContain(store.kind);
    await store.set('k', { a: [1, '二'] });
    expect(await store.get('k')).toEqual({ a: [1, '二'] });
    await store.delete('k');
    expect(await store.get('k')).toBeUndefined();
  });
});

/** The village review with a finished run, as the batch hook hands it over. */
function villagesWith(text: string, fileName: string) {
  const outcome = runBatch(text, { fileName, model });
  if (!outcome.ok) throw new Error('unusable');
  renderIn(
    <VillagesPage model={model} batch={doneBatch(outcome.run)} onOpenHousehold={() => {}} />,
  );
  return outcome.run;
}

describe('the village review', () => {
  test('a batch with no evaluation year is a warning, its households counted as not evaluated (defect 7)', () => {
    const random = JSON.parse(vectorText('random.json')) as { villages: unknown[] };
    const ndjson = random.villages
      .slice(0, 4)
      .map((v) => JSON.stringify(v))
      .join('\n');
    const run = villagesWith(ndjson, 'four.ndjson');
    const records = run.villages.reduce((n, v) => n + (villageRecords(v)?.length ?? 0), 0);
    const status = screen.getByTestId('batch-done');
    expect(status.getAttribute('data-warn')).toBe('true');
    expect(status.classList.contains('notice-ok')).toBe(false);
    expect(status.textContent).toContain(
      `「four.ndjson」未评定任何农户：4 个村；${records} 户未评定`,
    );
    expect(screen.getByTestId('batch-no-year').textContent).toContain('4 个村缺少评定年度');
    expect(screen.getByTestId('summary-not-evaluated').textContent).toBe(String(records));
    expect(screen.getAllByTestId('unrated-reason').map((r) => r.textContent)).toEqual([
      '缺少评定年度',
      '缺少评定年度',
      '缺少评定年度',
      '缺少评定年度',
    ]);
    expect(screen.getByTestId('download-unavailable')).toBeTruthy();
  });

  test('a clean batch is a success, counts grouped by thousands', () => {
    villagesWith(vectorText('golden.json'), 'golden.json');
    const status = screen.getByTestId('batch-done');
    expect(status.classList.contains('notice-ok')).toBe(true);
    expect(status.textContent).toBe('已评定「golden.json」：1 个村，9 户，全部有效');
  });

  test('the results download as the result document year over year reads (defect 6)', async () => {
    const run = villagesWith(vectorText('random.json'), 'random.json');
    expect(screen.getByTestId('download-results').textContent).toContain('下载 2024 年度评定结果');
    const blob = await resultDocumentText(run, 2024);
    const parsed = safeParseJson(await blob.text());
    if (!parsed.ok) throw new Error('not JSON');
    const read = readResultDocument(parsed.value);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.villages.map((v) => v.id)).toEqual(run.villages.map((v) => v.result.id));
    expect(read.value.summary).toEqual(run.summary);
  });

  test('invalid.json: every problem said in Chinese, no English sentence (defect 1)', () => {
    villagesWith(vectorText('invalid.json'), 'invalid.json');
    const text = screen.getByTestId('bad-records').textContent ?? '';
    const sentences = text
      .replace(/「[^」]*」/g, '')
      .replace(/[A-Za-z0-9_.[\]-]*\[\d+\][A-Za-z0-9_.[\]-]*|[a-z]+(?:\.[a-zA-Z]+)+/g, '')
      .match(/[A-Za-z]+ [A-Za-z]+/g);
    expect(sentences).toBeNull();
  });
});
