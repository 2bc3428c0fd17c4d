import { batchToWorkbook, readWorkbook } from '@credit-village/workbook';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '../src/app';
import { collectionDocument, emptyCollection } from '../src/features/collect/collection';
import {
  COLLECTION_KEY,
  DRAFT_KEY,
  fromSavedCollection,
  fromSavedDraft,
} from '../src/features/collect/saved-collection';
import { type WorkbookJobs, WorkbookJobsContext } from '../src/features/workbook/workbook-client';
import { defaultModel, evaluateLine, loadModel, villageEvaluator } from '../src/lib/core-adapter';
import { type KeyValueStore, memoryStore } from '../src/lib/persist/store';
import { runWorkbookJob } from '../src/worker/workbook-jobs';
import { byId, choose, goldenHousehold, type, vectorText } from './helpers';

const model = defaultModel();
const DIMENSIONS = model.document.score.civility.dimensions.map((d) => d.code);

/** The worker's spreadsheet jobs, run in the test's own thread. */
const jobs: WorkbookJobs = {
  run: (job) => {
    const loaded = job.model === null ? null : loadModel(job.model);
    if (loaded !== null && !loaded.ok) throw new Error('model');
    return runWorkbookJob(job, loaded === null ? model : loaded.model);
  },
};

/** Downloads offered by the page: their names and contents. */
function captureDownloads(): { names: string[]; blobs: Blob[] } {
  const names: string[] = [];
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  return { names, blobs };
}

/** A store that lasts, as the browser's IndexedDB does (the memory store says it keeps nothing). */
function lastingStore(): KeyValueStore {
  return { ...memoryStore(), kind: 'indexedDB' };
}

/** The app on the collection page, with a session read from `store` as the page would. */
async function openApp(store: KeyValueStore): Promise<void> {
  const saved = new Map<string, unknown>();
  for (const key of [COLLECTION_KEY, DRAFT_KEY]) {
    const value = await store.get(key);
    if (value !== undefined) saved.set(key, value);
  }
  location.hash = '#/collect';
  render(
    <WorkbookJobsContext.Provider value={jobs}>
      <App session={{ store, saved }} />
    </WorkbookJobsContext.Provider>,
  );
}

/** Chooses a file in a file input, as the file picker would. */
function chooseFile(id: string, name: string, bytes: Uint8Array): void {
  const input = byId(id);
  Object.defineProperty(input, 'files', {
    value: [new File([bytes as Uint8Array<ArrayBuffer>], name)],
    configurable: true,
  });
  fireEvent.change(input);
}

/** Fills the village's facts. */
function fillVillage(id: string, registered: string): void {
  type('v-id', id);
  type('v-householdsTotal', registered);
  choose('v-partyOrganisation', 'good');
}

/** Types a complete, valid household (H1's figures under another id). */
function typeHousehold(id: string): void {
  type('f-id', id);
  type('f-deposits', '50000');
  type('f-income-net', '120000');
  type('f-income-operating', '100000');
  for (const d of DIMENSIONS) fireEvent.click(byId(`f-civility-${d}-good`));
  choose('f-creditRecord', 'none');
}

/** Waits until the store holds the collection with `n` households. */
async function keptHouseholds(store: KeyValueStore, n: number) {
  let kept: ReturnType<typeof fromSavedCollection>;
  await waitFor(async () => {
    kept = fromSavedCollection(await store.get(COLLECTION_KEY));
    expect(kept?.collection.households).toHaveLength(n);
  });
  return kept;
}

beforeEach(() => {
  localStorage.clear();
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  location.hash = '';
});

describe('the collection page (采集)', () => {
  test('households saved one by one are kept on the device and come back after a reload', async () => {
    const store = lastingStore();
    await openApp(store);
    fillVillage('v1', '4');
    typeHousehold('H1');
    fireEvent.click(screen.getByTestId('submit'));
    expect(screen.getByTestId('collect-notice').textContent).toBe(
      '已保存第 1 户（H1），可以录入下一户。',
    );
    // A valid household makes way for the next one, whose id field has the focus.
    expect(byId('f-id').value).toBe('');
    expect(screen.getByTestId('editor').textContent).toContain('新增第 2 户');
    typeHousehold('H2');
    fireEvent.click(screen.getByTestId('submit'));
    expect(screen.getByTestId('coverage').textContent).toContain('已采集 2 户 / 登记 4 户');
    expect(screen.getByTestId('coverage').textContent).toContain('采集率 50.00%');
    const items = screen.getAllByTestId('collected-household');
    expect(items.map((item) => item.dataset.id)).toEqual(['H1', 'H2']);
    expect(items[0]?.textContent).toContain('分，授信额度');
    // Typed but not saved: the draft.
    type('f-id', 'H3');
    type('f-deposits', '12.345');

    const kept = await keptHouseholds(store, 2);
    expect(kept?.collection.village.id).toBe('v1');
    await waitFor(async () =>
      expect(fromSavedDraft(await store.get(DRAFT_KEY))?.form.deposits).toBe('12.345'),
    );
    await waitFor(() =>
      expect(screen.getByTestId('save-state').textContent).toContain('已保存在本机：2 户'),
    );

    // The page is opened again from what the device kept.
    cleanup();
    await openApp(store);
    expect(screen.getAllByTestId('collected-household').map((i) => i.dataset.id)).toEqual([
      'H1',
      'H2',
    ]);
    expect(byId('f-id').value).toBe('H3');
    expect(byId('f-deposits').value).toBe('12.345');
    expect(screen.getByTestId('draft-state').textContent).toContain('未保存的修改');
    expect(byId('v-id').value).toBe('v1');
    expect(screen.getByTestId('save-state').textContent).toBe('本机已保存 2 户。');
  });

  test('a household with problems is saved all the same, stays open and shows them', async () => {
    const store = lastingStore();
    await openApp(store);
    fillVillage('v1', '10');
    type('f-id', 'H9');
    type('f-deposits', '12.345');
    fireEvent.click(screen.getByTestId('submit'));
    expect(screen.getByTestId('collect-notice').textContent).toMatch(
      /^已保存第 1 户（H9），还有 \d+ 处问题，请改正后再保存。$/,
    );
    expect(byId('f-id').value).toBe('H9');
    expect(byId('f-deposits').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement?.id).toMatch(/^f-/);
    const item = screen.getByTestId('collected-household');
    expect(item.textContent).toContain('处问题');
    expect(item.textContent).toContain('（正在修改）');
    expect(screen.getByTestId('collected-invalid').textContent).toBe(
      '1 户有问题，点击「修改」改正。',
    );
    const kept = await keptHouseholds(store, 1);
    expect(kept?.collection.households[0]?.form.deposits).toBe('12.345');
    // Fixed and saved again: the same household, not a second one.
    type('f-deposits', '12.34');
    fireEvent.click(screen.getByTestId('submit'));
    expect(screen.getAllByTestId('collected-household')).toHaveLength(1);
  });

  test('a saved household is edited in the form, and deleted after a confirmation', async () => {
    const store = lastingStore();
    await openApp(store);
    fillVillage('v1', '10');
    typeHousehold('H1');
    fireEvent.click(screen.getByTestId('submit'));
    typeHousehold('H2');
    fireEvent.click(screen.getByTestId('submit'));
    // A household half typed is saved before another is opened: nothing typed is lost.
    type('f-id', 'H3');
    fireEvent.click(screen.getByRole('button', { name: '修改第 1 户 H1' }));
    expect(byId('f-id').value).toBe('H1');
    expect(screen.getAllByTestId('collected-household').map((i) => i.dataset.id)).toEqual([
      'H1',
      'H2',
      'H3',
    ]);
    type('f-deposits', '60000');
    fireEvent.click(screen.getByTestId('submit'));
    const confirm = vi.fn((_message?: string) => false);
    vi.stubGlobal('confirm', confirm);
    fireEvent.click(screen.getByRole('button', { name: '删除第 2 户 H2' }));
    expect(confirm).toHaveBeenCalledWith('删除第 2 户 H2？删除后无法恢复。');
    expect(screen.getAllByTestId('collected-household')).toHaveLength(3);
    confirm.mockReturnValue(true);
    fireEvent.click(screen.getByRole('button', { name: '删除第 2 户 H2' }));
    expect(screen.getAllByTestId('collected-household').map((i) => i.dataset.id)).toEqual([
      'H1',
      'H3',
    ]);
    expect(screen.getByTestId('collect-notice').textContent).toBe('已删除农户 H2。');
    const kept = await keptHouseholds(store, 2);
    expect(kept?.collection.households[0]?.form.deposits).toBe('60000');
  });

  test('going on to the next household saves the one in the form first, and says so', async () => {
    const store = lastingStore();
    await openApp(store);
    fillVillage('v1', '10');
    type('f-id', 'H7');
    type('f-members', '4');
    fireEvent.click(screen.getByTestId('next-household'));
    expect(screen.getByTestId('collect-notice').textContent).toMatch(
      /^已保存第 1 户（H7），还有 \d+ 处问题，可稍后在列表中点「修改」改正。$/,
    );
    expect(byId('f-id').value).toBe('');
    expect(screen.getByTestId('collected-household').dataset.id).toBe('H7');
    const kept = await keptHouseholds(store, 1);
    expect(kept?.collection.households[0]?.form.members).toBe('4');
  });

  test('a 户号 typed twice is said before saving, and is the core’s error after', async () => {
    await openApp(lastingStore());
    fillVillage('v1', '10');
    typeHousehold('H1');
    fireEvent.click(screen.getByTestId('submit'));
    typeHousehold('H1');
    expect(screen.getByTestId('twin').textContent).toBe(
      '户号 H1 与第 1 户相同：保存后会列为问题。',
    );
    fireEvent.click(screen.getByTestId('submit'));
    const [, second] = screen.getAllByTestId('collected-household');
    expect(second?.textContent).toContain('编号');
    expect(second?.querySelector('[data-testid="collected-problems"]')).not.toBeNull();
  });

  test('exported as xlsx and JSON, the village reads back as the same records', async () => {
    const downloads = captureDownloads();
    await openApp(lastingStore());
    fillVillage('v1', '10');
    type('v-loans-balance', '5万');
    fireEvent.blur(byId('v-loans-balance'));
    type('v-evalYear', '2024');
    typeHousehold('H1');
    fireEvent.click(screen.getByTestId('submit'));
    type('f-id', 'H2');
    type('f-deposits', '12.345');
    fireEvent.click(screen.getByTestId('submit'));

    fireEvent.click(screen.getByTestId('export-json'));
    fireEvent.click(screen.getByTestId('export-xlsx'));
    await waitFor(() => expect(downloads.names).toEqual(['v1-2024.json', 'v1-2024.xlsx']));
    expect(screen.getByTestId('export-status').textContent).toBe('已生成「v1-2024.xlsx」。');
    const json = JSON.parse(await (downloads.blobs[0] as Blob).text()) as Record<string, unknown>;
    expect(json.evalYear).toBe(2024);
    const xlsx = new Uint8Array(await (downloads.blobs[1] as Blob).arrayBuffer());
    const read = readWorkbook(xlsx, { model });
    expect(read.issues).toEqual([]);
    expect(read.document.evalYear).toBe(2024);
    const [village] = read.document.villages;
    expect(village?.id).toBe('v1');
    expect(village?.loans).toEqual({ balance: 50000 });
    // Both evaluate alike: the same scores, grades, limits and problems.
    const evaluate = (v: unknown) => {
      const made = villageEvaluator(model, 2024);
      if (!made.ok) throw new Error('year');
      const result = evaluateLine(made.value, {
        kind: 'village',
        line: 0,
        village: v,
        evalYear: 2024,
        id: 'v1',
      });
      return {
        households: result.households.map((h) => [h.id, h.score, h.grade, h.limit]),
        errors: result.errors.map((e) => [e.index, e.issues.map((i) => [i.path, i.code])]),
      };
    };
    const fromJson = evaluate((json.villages as unknown[])[0]);
    expect(evaluate(village)).toEqual(fromJson);
    expect(fromJson.households).toHaveLength(1);
    const [error] = fromJson.errors;
    expect(error?.[0]).toBe(1);
    expect(error?.[1]).toContainEqual([['deposits'], 'too_many_decimals']);
  });

  test('a workbook of one village is imported to carry on; its households open in the form', async () => {
    const golden = JSON.parse(vectorText('golden.json')) as Record<string, unknown>;
    const bytes = batchToWorkbook(golden, { model }).bytes;
    const store = lastingStore();
    await openApp(store);
    chooseFile('collect-import', 'golden.xlsx', bytes);
    await waitFor(() =>
      expect(screen.getByTestId('collect-notice').textContent).toBe('已导入村 golden：9 户。'),
    );
    expect(byId('v-id').value).toBe('golden');
    expect(byId('v-evalYear').value).toBe('2024');
    const items = screen.getAllByTestId('collected-household');
    expect(items.map((i) => i.dataset.id)).toEqual([
      'H1',
      'H2',
      'H3',
      'H4',
      'H5',
      'H6',
      'H7',
      'H8',
      'H9',
    ]);
    expect(items[0]?.textContent).toContain('163,000.00');
    fireEvent.click(screen.getByRole('button', { name: '修改第 5 户 H5' }));
    expect(byId('f-id').value).toBe('H5');
    const debts = goldenHousehold('H5').debts as { bankLoans: string | number };
    expect(byId('f-debts-bankLoans').value).toBe(String(debts.bankLoans));
    await keptHouseholds(store, 9);
  });

  test('a file of several villages asks which one; a bad workbook is refused with its places', async () => {
    await openApp(lastingStore());
    const random = JSON.parse(vectorText('random.json')) as {
      villages: { id: string; households: unknown[] }[];
    };
    chooseFile('collect-import', 'random.json', new TextEncoder().encode(JSON.stringify(random)));
    await waitFor(() => expect(screen.getByTestId('import-choose')).toBeTruthy());
    const second = random.villages[1];
    if (second === undefined) throw new Error('random.json has several villages');
    fireEvent.click(screen.getByRole('button', { name: new RegExp(`^导入村 ${second.id}`) }));
    expect(byId('v-id').value).toBe(second.id);
    expect(screen.getAllByTestId('collected-household')).toHaveLength(
      Math.min(second.households.length, 30),
    );
    expect(screen.getByTestId('collected').textContent).toContain(
      `已采集的农户（${second.households.length} 户）`,
    );

    chooseFile('collect-import', 'broken.xlsx', new TextEncoder().encode('not a workbook'));
    await waitFor(() =>
      expect(screen.getByTestId('import-status').textContent).toContain('无法导入'),
    );
    expect(screen.getByTestId('workbook-problems').textContent).toMatch(/[\u4e00-\u9fff]/);
    // Nothing was replaced.
    expect(byId('v-id').value).toBe(second.id);
  });

  test('what the form cannot hold is listed on import, never dropped in silence', async () => {
    await openApp(lastingStore());
    const village = {
      id: 'v9',
      householdsTotal: 3,
      partyOrganisation: 'good',
      township: 't1',
      households: [{ ...goldenHousehold('H1'), review: { present: 5 } }],
    };
    chooseFile('collect-import', 'v9.json', new TextEncoder().encode(JSON.stringify(village)));
    await waitFor(() =>
      expect(screen.getByTestId('import-status').textContent).toContain('第 1 户的字段「review」'),
    );
    expect(screen.getByTestId('village-facts').textContent).toContain('township');
    // The village's other field goes out again on export.
    const downloads = captureDownloads();
    fireEvent.click(screen.getByTestId('export-json'));
    const json = JSON.parse(await (downloads.blobs[0] as Blob).text()) as {
      villages: Record<string, unknown>[];
    };
    expect(json.villages[0]?.township).toBe('t1');
  });

  test('starting a new village asks first, then clears the device’s copy', async () => {
    const store = lastingStore();
    await openApp(store);
    fillVillage('v1', '10');
    typeHousehold('H1');
    fireEvent.click(screen.getByTestId('submit'));
    const confirm = vi.fn((_message?: string) => false);
    vi.stubGlobal('confirm', confirm);
    fireEvent.click(screen.getByTestId('new-village'));
    expect(screen.getAllByTestId('collected-household')).toHaveLength(1);
    confirm.mockReturnValue(true);
    fireEvent.click(screen.getByTestId('new-village'));
    expect(screen.queryAllByTestId('collected-household')).toHaveLength(0);
    expect(byId('v-id').value).toBe('');
    await keptHouseholds(store, 0);
  });

  test('the page is in English too', async () => {
    localStorage.setItem('credit-village.lang', 'en');
    await openApp(lastingStore());
    expect(screen.getByRole('link', { name: 'Collect' })).toBeTruthy();
    fillVillage('v1', '2');
    typeHousehold('H1');
    fireEvent.click(screen.getByTestId('submit'));
    expect(screen.getByTestId('collect-notice').textContent).toBe(
      'Household no. 1 (H1) saved; enter the next one.',
    );
    expect(screen.getByTestId('coverage').textContent).toContain(
      '1 of 2 registered households collected',
    );
    expect(screen.getByTestId('collected').textContent).not.toMatch(/[\u4e00-\u9fff]/);
  });

  test('a browser that keeps nothing is said to, so the clerk exports before closing', async () => {
    await openApp(memoryStore());
    expect(screen.getByTestId('save-state').textContent).toBe(
      '此浏览器不允许在本机保存数据：关闭页面前请先导出 Excel 或 JSON。',
    );
  });

  test('the collection document is what the core reads', () => {
    const document = collectionDocument(emptyCollection(), model);
    expect(Object.keys(document)).toEqual(['evalYear', 'villages']);
    expect(document.villages).toEqual([{ households: [] }]);
  });
});
