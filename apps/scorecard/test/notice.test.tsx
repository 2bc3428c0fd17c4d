import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { today } from '../src/features/villages/notice-panel';
import { NoticeSheet } from '../src/features/villages/notice-sheet';
import { VillageDetail } from '../src/features/villages/village-detail';
import { villageDocument } from '../src/lib/batch-documents';
import { defaultModel, type PublicNotice, villageNotice } from '../src/lib/core-adapter';
import { runBatch, type VillageRun } from '../src/worker/run-batch';
import { byId, renderIn, vectorText } from './helpers';

const model = defaultModel();
const NAMES = [
  '王小明',
  '李建国',
  '张秀英',
  '刘德华',
  '陈光明',
  '杨大军',
  '赵丽华',
  '黄志强',
  '周小红',
];

/** golden.json with a head (name and id number) in every household, as a village of a run. */
function namedVillage(ndjson = false): VillageRun {
  const golden = JSON.parse(vectorText('golden.json')) as {
    evalYear: number;
    villages: { households: Record<string, unknown>[] }[];
  };
  for (const village of golden.villages) {
    village.households = village.households.map((h, i) => ({
      ...h,
      head: { name: NAMES[i], idNumber: `34082719900101${1000 + i}` },
    }));
  }
  const text = ndjson
    ? JSON.stringify({ ...golden.villages[0], evalYear: 2024 })
    : JSON.stringify(golden);
  const outcome = runBatch(text, { fileName: ndjson ? 'v.ndjson' : 'named.json', model });
  if (!outcome.ok || outcome.run.villages[0] === undefined) throw new Error('named batch');
  return outcome.run.villages[0];
}

function renderDetail(village: VillageRun, onPrintNotice: (notice: PublicNotice) => void) {
  renderIn(
    <VillageDetail
      village={village}
      model={model}
      onClose={() => {}}
      onOpenHousehold={() => {}}
      onPrintNotice={onPrintNotice}
    />,
  );
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('the public notice', () => {
  test('print: the sheet lists every household with masked names and id numbers', () => {
    const printed: PublicNotice[] = [];
    renderDetail(namedVillage(), (notice) => printed.push(notice));
    expect(byId('notice-date').value).toBe(today());
    fireEvent.input(byId('notice-date'), { target: { value: '2025-03-01' } });
    fireEvent.click(screen.getByRole('button', { name: '打印公示' }));
    expect(printed).toHaveLength(1);
    const notice = printed[0] as PublicNotice;
    expect(notice.period).toEqual({ from: '2025-03-01', to: '2025-03-07', days: 7 });
    cleanup();
    // In the English UI too: the notice is posted in the village, in Chinese (defect 13).
    renderIn(<NoticeSheet notice={notice} model={model} onClose={() => {}} />, 'en');
    const sheet = screen.getByTestId('notice-sheet');
    expect(sheet.getAttribute('lang')).toBe('zh-CN');
    expect(sheet.textContent).toContain(
      'Worked examples H1-H9 (domain brief section 4) 信用户评定结果公示',
    );
    expect(sheet.textContent).toContain('2024 年度');
    expect(sheet.textContent).toContain(
      '公示期：2025年3月1日至2025年3月7日（7 天）。如有异议，请在公示期内向Worked examples H1-H9 (domain brief section 4)信用评定小组反映。',
    );
    expect(screen.getByTestId('notice-issuer').textContent).toBe(
      'Worked examples H1-H9 (domain brief section 4)信用评定小组2025年3月1日',
    );
    expect(sheet.textContent).not.toContain('sha256');
    expect(sheet.textContent).not.toMatch(/Credit household|Limit|Grade|evaluation year/);
    const rows = sheet.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(9);
    expect(rows[0]?.textContent).toBe('1H1王**3408**********1000AAA 优秀是163,000.00');
    expect(rows[7]?.textContent).toContain('NR 不予评级');
    for (const name of NAMES) expect(sheet.textContent).not.toContain(name);
    expect(sheet.textContent).not.toContain('340827199001011000');
    expect(document.activeElement?.id).toBe('notice-sheet-title');
  });

  test('CSV: the core’s text, with a byte-order mark, saved as notice-<village>.csv', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    renderDetail(namedVillage(), () => {});
    fireEvent.input(byId('notice-date'), { target: { value: '2025-03-01' } });
    fireEvent.click(screen.getByRole('button', { name: '下载 CSV' }));
    expect(names).toEqual(['notice-golden.csv']);
    const bytes = new Uint8Array(await (blobs[0] as Blob).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes);
    expect(csv).toContain('1,H1,王**,3408**********1000,AAA 优秀,是,163000.00');
    expect(csv).not.toMatch(/yes|No\.|Head/);
    for (const name of NAMES) expect(csv).not.toContain(name);
    fireEvent.click(screen.getByRole('button', { name: '保存公示网页（HTML）' }));
    expect(names).toEqual(['notice-golden.csv', 'notice-golden.html']);
    expect(await (blobs[1] as Blob).text()).toContain('Content-Security-Policy');
  });

  test('an invalid date or period is refused with the core’s message', () => {
    const printed: PublicNotice[] = [];
    renderDetail(namedVillage(), (notice) => printed.push(notice));
    fireEvent.input(byId('notice-date'), { target: { value: '2025-02-30' } });
    fireEvent.click(screen.getByRole('button', { name: '打印公示' }));
    expect(printed).toHaveLength(0);
    expect(screen.getByTestId('notice-invalid').textContent).toContain(
      '公示开始日期：须为实际存在的日期，写作 YYYY-MM-DD',
    );
    expect(byId('notice-date').getAttribute('aria-invalid')).toBe('true');
    fireEvent.input(byId('notice-date'), { target: { value: '2025-03-01' } });
    fireEvent.input(byId('notice-days'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: '打印公示' }));
    expect(screen.getByTestId('notice-invalid').textContent).toContain(
      '公示天数：须为 1 到 366 天',
    );
    fireEvent.input(byId('notice-days'), { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: '打印公示' }));
    expect(screen.queryByTestId('notice-invalid')).toBeNull();
    expect(printed[0]?.period.to).toBe('2025-03-10');
  });

  test('an NDJSON line becomes a batch document under its own evaluation year', () => {
    const village = namedVillage(true);
    const document = villageDocument(village);
    expect(document?.evalYear).toBe(2024);
    expect(document?.villages[0]).not.toHaveProperty('evalYear');
    const notice = villageNotice(document, 'golden', { model, date: '2025-01-02' });
    if (!notice.ok) throw new Error(notice.issues.map((i) => i.message).join('\n'));
    expect(notice.value.evalYear).toBe(2024);
    expect(notice.value.rows.map((r) => r.name)).toEqual(NAMES.map((n) => `${n[0]}**`));
  });

  test('a line that is not JSON has no notice', () => {
    const outcome = runBatch('{ nope\n{ nope', { fileName: 'x.ndjson', model });
    if (!outcome.ok || outcome.run.villages[0] === undefined) throw new Error('run');
    renderDetail(outcome.run.villages[0], () => {});
    expect(screen.getByTestId('notice-panel').textContent).toContain('无法生成公示');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: '下载 CSV' }).disabled).toBe(true);
  });
});
