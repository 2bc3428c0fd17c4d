import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publicEntityNotice } from '@credit-village/core';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { EntityNoticePanel } from '../src/features/township/entity-notice-panel';
import { EntityNoticeSheet } from '../src/features/township/entity-notice-sheet';
import { VillagesPage } from '../src/features/villages/villages-page';
import { entityNoticeBatch } from '../src/lib/batch-documents';
import { defaultModel, type EntityNotice } from '../src/lib/core-adapter';
import { type BatchRun, runBatch } from '../src/worker/run-batch';
import { byId, doneBatch, renderIn, renderTownships } from './helpers';

// A township's entity notice (经营主体公示) in the village review: made by the core from the
// batch as sent, so its CSV and HTML are exactly `publicEntityNotice`'s of the same batch.

const model = defaultModel();
const EXAMPLE = join(import.meta.dirname, '..', '..', '..', 'examples', 'county.json');
const TEXT = readFileSync(EXAMPLE, 'utf8');

interface County {
  evalYear: number;
  townships: Record<string, unknown>[];
  villages: Record<string, unknown>[];
  entities: Record<string, unknown>[];
}
const county = (): County => JSON.parse(TEXT) as County;

/** The township the tests open: 华阳镇, with 24 entities. */
const HUAYANG = 'wj-huayang';

function runOf(text: string, fileName: string): BatchRun {
  const outcome = runBatch(text, { fileName, model });
  if (!outcome.ok) throw new Error(`${fileName} could not be evaluated`);
  return outcome.run;
}

/** The county example's run, evaluated once (a second of work). */
const COUNTY_RUN = runOf(TEXT, 'county.json');

/** Every personal name and id number of the example's entity principals. */
const PRINCIPALS = county().entities.flatMap((e) => {
  const p = (e.principal ?? {}) as { name?: string; idNumber?: string };
  return [p.name, p.idNumber].filter((x): x is string => typeof x === 'string');
});

/** The files the page offers for download, by name, as bytes. */
function captureDownloads(): Map<string, Blob> {
  const files = new Map<string, Blob>();
  let last: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    last = blob as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    if (last !== undefined) files.set(this.download, last);
  });
  return files;
}

/** A blob's text as it is, the byte-order mark kept. */
async function exactText(blob: Blob | undefined): Promise<string> {
  if (blob === undefined) throw new Error('nothing downloaded');
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
}

function openTownship(run: BatchRun, label: RegExp, onPrint: (n: EntityNotice) => void) {
  renderTownships(run, { onPrint });
  fireEvent.click(screen.getByRole('button', { name: label }));
  return screen.getByTestId('entity-notice-panel');
}

const typeIn = (id: string, value: string) => fireEvent.input(byId(id), { target: { value } });

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("a township's entity notice", () => {
  test('examples/county.json: the CSV and the HTML page are the core’s notice of the same batch', async () => {
    const files = captureDownloads();
    openTownship(COUNTY_RUN, /查看乡镇「华阳镇 · wj-huayang」/, () => {});
    typeIn('entity-notice-date', '2025-03-01');
    typeIn('entity-notice-days', '10');
    typeIn('entity-notice-issuer', '华阳镇人民政府');
    fireEvent.click(screen.getByRole('button', { name: '下载主体公示 CSV' }));
    fireEvent.click(screen.getByRole('button', { name: '保存主体公示网页（HTML）' }));
    const core = publicEntityNotice(JSON.parse(TEXT), HUAYANG, {
      model,
      date: '2025-03-01',
      days: 10,
      issuer: '华阳镇人民政府',
    });
    expect([...files.keys()]).toEqual([
      'notice-wj-huayang-entities.csv',
      'notice-wj-huayang-entities.html',
    ]);
    const csv = await exactText(files.get('notice-wj-huayang-entities.csv'));
    expect(csv).toBe(core.csv);
    expect(csv.startsWith('\uFEFF序号,主体编号,主体名称')).toBe(true);
    expect(await exactText(files.get('notice-wj-huayang-entities.html'))).toBe(core.html);
    // Every entity naming the township, none of another, principals masked.
    const entities = county().entities.filter((e) => e.township === HUAYANG);
    expect(core.rows.map((r) => r.entity)).toEqual(entities.map((e) => e.id));
    expect(core.rows).toHaveLength(24);
    for (const personal of PRINCIPALS) expect(csv).not.toContain(personal);
    expect(screen.getByTestId('entity-notice-made').textContent).toBe('公示列出 24 个经营主体。');
    expect(screen.queryByTestId('entity-notice-unread')).toBeNull();
  });

  test('print: the sheet is the core’s notice, in Chinese whatever the UI’s language', () => {
    const printed: EntityNotice[] = [];
    openTownship(COUNTY_RUN, /查看乡镇「华阳镇 · wj-huayang」/, (n) => printed.push(n));
    typeIn('entity-notice-date', '2025-03-01');
    fireEvent.click(screen.getByRole('button', { name: '打印主体公示' }));
    expect(printed).toHaveLength(1);
    const notice = printed[0] as EntityNotice;
    expect(notice).toEqual(publicEntityNotice(JSON.parse(TEXT), HUAYANG, { date: '2025-03-01' }));
    cleanup();
    renderIn(<EntityNoticeSheet notice={notice} model={model} onClose={() => {}} />, 'en');
    const sheet = screen.getByTestId('notice-sheet');
    expect(sheet.getAttribute('lang')).toBe('zh-CN');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      '华阳镇 新型农业经营主体信用评定结果公示',
    );
    expect(sheet.textContent).toContain(
      '公示期：2025年3月1日至2025年3月7日（7 天）。如有异议，请在公示期内向华阳镇信用评定小组反映。超过信用方式额度的部分需担保（如省农担）。',
    );
    expect(screen.getByTestId('notice-issuer').textContent).toBe('华阳镇信用评定小组2025年3月1日');
    expect(sheet.textContent).not.toContain('sha256');
    expect(sheet.textContent).not.toMatch(/Principal|Guaranteed|Credit entity|evaluation year/);
    const rows = sheet.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(notice.rows.length);
    const first = notice.rows[0];
    if (first === undefined) throw new Error('no row');
    expect(rows[0]?.textContent).toBe(
      `1${first.entity}${first.name}${first.typeLabel}${first.principal}A 一般是501,000.00501,000.000.00`,
    );
    expect(first.principal).toBe('王**');
    for (const personal of PRINCIPALS) expect(sheet.textContent).not.toContain(personal);
  });

  test('problems are the core’s, in the clerk’s words, Chinese first', () => {
    openTownship(COUNTY_RUN, /查看乡镇「华阳镇 · wj-huayang」/, () => {});
    typeIn('entity-notice-date', '2025-02-30');
    fireEvent.click(screen.getByRole('button', { name: '打印主体公示' }));
    const invalid = () => screen.getByTestId('entity-notice-invalid').textContent ?? '';
    expect(invalid()).toBe('无法生成公示：公示开始日期：须为实际存在的日期，写作 YYYY-MM-DD');
    expect(byId('entity-notice-date').getAttribute('aria-invalid')).toBe('true');
    typeIn('entity-notice-date', '2100-12-30');
    fireEvent.click(screen.getByRole('button', { name: '下载主体公示 CSV' }));
    expect(invalid()).toContain('公示开始日期');
    expect(invalid()).toContain('2100-12-31');
    typeIn('entity-notice-date', '2025-03-01');
    typeIn('entity-notice-days', '0');
    fireEvent.click(screen.getByRole('button', { name: '打印主体公示' }));
    expect(invalid()).toBe('无法生成公示：公示天数：须为 1 到 366 天');
    expect(byId('entity-notice-days').getAttribute('aria-invalid')).toBe('true');
    typeIn('entity-notice-days', '7');
    fireEvent.click(screen.getByRole('button', { name: '打印主体公示' }));
    expect(screen.queryByTestId('entity-notice-invalid')).toBeNull();
  });

  test('a township neither in the batch nor named by an entity: the core’s words, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      renderIn(
        <EntityNoticePanel
          townshipId="wj-nowhere"
          townshipName={undefined}
          run={COUNTY_RUN}
          model={model}
          onPrint={() => {}}
        />,
        lang,
      );
      fireEvent.click(
        screen.getByRole('button', {
          name: lang === 'zh' ? '打印主体公示' : 'Print the entity notice',
        }),
      );
      const text = screen.getByTestId('entity-notice-invalid').textContent ?? '';
      if (lang === 'zh') {
        expect(text).toContain('经营主体：批次中没有这个乡镇，也没有经营主体注明它');
        expect(text).toContain('wj-huayang');
        expect(text).not.toMatch(/entities|no such/);
      } else
        expect(text).toContain('Entities: no such township in the batch, and no entity names it');
      cleanup();
    }
  });

  test('an entity in error is not listed, and the notice says how many are not', () => {
    const batch = county();
    const huayang = batch.entities.filter((e) => e.township === HUAYANG);
    // One of the township's entities with a type no model knows, one with a negative scale.
    (huayang[1] as Record<string, unknown>).type = 'spaceship';
    (huayang[3] as Record<string, unknown>).scale = '-5';
    const text = JSON.stringify(batch);
    const printed: EntityNotice[] = [];
    openTownship(runOf(text, 'errors.json'), /华阳镇 · wj-huayang/, (n) => printed.push(n));
    typeIn('entity-notice-date', '2025-03-01');
    fireEvent.click(screen.getByRole('button', { name: '打印主体公示' }));
    const notice = printed[0] as EntityNotice;
    expect(notice).toEqual(publicEntityNotice(JSON.parse(text), HUAYANG, { date: '2025-03-01' }));
    expect(notice.notListed).toBe(2);
    expect(notice.rows).toHaveLength(22);
    expect(screen.getByTestId('entity-notice-made').textContent).toBe(
      '公示列出 22 个经营主体。另有 2 个主体记录有误，未列入（公示上注明）。',
    );
    cleanup();
    renderIn(<EntityNoticeSheet notice={notice} model={model} onClose={() => {}} />);
    expect(screen.getByTestId('notice-sheet').textContent).toContain(
      '另有 2 个主体记录有误，待更正后公示。',
    );
  });

  test('NDJSON: each line as sent, a line that cannot be read said apart', () => {
    const batch = county();
    const lines = [
      ...batch.townships.map((t) => ({ kind: 'township', ...t })),
      ...batch.entities.map((e) => ({ kind: 'entity', evalYear: batch.evalYear, ...e })),
      // No evaluation year: invalid, its township unknown to any notice.
      { kind: 'entity', ...batch.entities[0], id: 'wj-ent-x' },
    ];
    const run = runOf(lines.map((l) => JSON.stringify(l)).join('\n'), 'county.ndjson');
    const made = entityNoticeBatch(run, HUAYANG);
    if (!made.ok) throw new Error(made.reason);
    expect(made.unread).toBe(1);
    const printed: EntityNotice[] = [];
    openTownship(run, /华阳镇 · wj-huayang/, (n) => printed.push(n));
    expect(screen.getByTestId('entity-notice-unread').textContent).toBe(
      '另有 1 条经营主体记录无法读取（没有可用的评定年度），不知其所属乡镇，未列入任何公示。',
    );
    typeIn('entity-notice-date', '2025-03-01');
    fireEvent.click(screen.getByRole('button', { name: '打印主体公示' }));
    const document = { ...batch, villages: [] };
    expect(printed[0]).toEqual(publicEntityNotice(document, HUAYANG, { date: '2025-03-01' }));
  });

  test('entities of the township in two years: no notice, and why', () => {
    const batch = county();
    const huayang = batch.entities.filter((e) => e.township === HUAYANG);
    const lines = [
      ...batch.townships.map((t) => ({ kind: 'township', ...t })),
      { kind: 'entity', evalYear: 2024, ...huayang[0] },
      { kind: 'entity', evalYear: 2025, ...huayang[1] },
    ];
    const run = runOf(lines.map((l) => JSON.stringify(l)).join('\n'), 'years.ndjson');
    const panel = openTownship(run, /华阳镇 · wj-huayang/, () => {});
    expect(panel.textContent).toContain('分属多个评定年度（2024、2025）');
    expect(
      within(panel).getByRole<HTMLButtonElement>('button', { name: '打印主体公示' }).disabled,
    ).toBe(true);
    // Another township (no entity of its own) still has its notice: nobody listed.
    expect(entityNoticeBatch(run, 'wj-yangwan').ok).toBe(true);
  });
});

describe('printing it from the village review', () => {
  test('the sheet alone in place of the review; closed, the township is still open', async () => {
    renderIn(
      <VillagesPage model={model} batch={doneBatch(COUNTY_RUN)} onOpenHousehold={() => {}} />,
    );
    await screen.findByTestId('townships');
    fireEvent.click(screen.getByRole('button', { name: /查看乡镇「华阳镇 · wj-huayang」/ }));
    typeIn('entity-notice-issuer', '华阳镇人民政府');
    const print = screen.getByRole('button', { name: '打印主体公示' });
    print.focus();
    fireEvent.click(print);
    const sheet = screen.getByTestId('notice-sheet');
    expect(sheet.getAttribute('data-notice')).toBe('entities');
    expect(screen.getByTestId('notice-issuer').textContent).toContain('华阳镇人民政府');
    // Everything but the sheet is hidden (the stylesheet is not loaded here: the attribute it
    // keys on is checked; e2e/entity-notice.test.ts checks what Chromium shows).
    const page = document.querySelector<HTMLElement>('.villages-page');
    expect(page?.getAttribute('data-sheet')).toBe('entities');
    expect(document.activeElement?.id).toBe('notice-sheet-title');
    fireEvent.click(screen.getByRole('button', { name: '关闭公示，返回村级评定' }));
    expect(screen.queryByTestId('notice-sheet')).toBeNull();
    expect(page?.hasAttribute('data-sheet')).toBe(false);
    expect(screen.getByTestId('township-detail').getAttribute('data-township')).toBe(HUAYANG);
    expect(byId('entity-notice-issuer').value).toBe('华阳镇人民政府');
    await waitFor(() => expect(document.activeElement).toBe(print));
  });
});
