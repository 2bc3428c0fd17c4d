/**
 * A township's entity notice (经营主体公示) in Chromium: `examples/county.json` loaded in the
 * village review, 华阳镇 opened, its notice downloaded as CSV (byte-order mark, principals masked,
 * exactly the core's `publicEntityNotice`) and as the core's HTML page, and printed from the app
 * (printed, the sheet alone); a bad date refused in the core's words; and the panel and the
 * sheet under axe and nothing wider than the screen at 1280 and 375 px, with 44 px targets on the
 * phone, in Chinese and English.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publicEntityNotice } from '@credit-village/core';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, type Violation } from './axe';
import { REPO_ROOT } from './built-app';
import { PHONE, printCount, SCREENSHOTS, stubPrint, useBuiltApp } from './harness';
import { pageWidth, smallTargets } from './targets';

interface Principal {
  name?: string;
  idNumber?: string;
}

/**
 * examples/county.json with an id number for every entity's principal (the example gives names
 * only), so that the notice is seen to print neither.
 */
const COUNTY = (() => {
  const batch = JSON.parse(readFileSync(join(REPO_ROOT, 'examples', 'county.json'), 'utf8')) as {
    entities: { principal?: Principal }[];
  };
  batch.entities.forEach((entity, i) => {
    entity.principal = { ...entity.principal, idNumber: `34082719800101${String(1000 + i)}` };
  });
  const file = join(tmpdir(), `scorecard-entity-notice-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(batch));
  return { file, batch, personal: batch.entities.flatMap((e) => Object.values(e.principal ?? {})) };
})();

const HUAYANG = 'wj-huayang';

const WORDS = {
  zh: {
    villages: '村级评定',
    open: '查看乡镇「华阳镇 · wj-huayang」',
    print: '打印主体公示',
    close: '关闭公示，返回村级评定',
  },
  en: {
    villages: 'Villages',
    open: 'Open township “华阳镇 · wj-huayang”',
    print: 'Print the entity notice',
    close: 'Close the notice, back to Villages',
  },
} as const;

/** Loads the county in the village review and opens 华阳镇. */
async function openHuayang(page: Page, lang: 'zh' | 'en'): Promise<void> {
  const words = WORDS[lang];
  await page.getByRole('link', { name: words.villages, exact: true }).click();
  await page.locator('#batch-file').setInputFiles(COUNTY.file);
  await page.getByTestId('township-table').waitFor({ timeout: 60_000 });
  await page.getByRole('button', { name: words.open }).click();
  await page.getByTestId('entity-notice-panel').waitFor();
}

describe('on a desktop', () => {
  const app = useBuiltApp();

  test('华阳镇: the CSV and the page are the core’s notice, principals masked; printed alone', async () => {
    const { page } = app();
    await openHuayang(page, 'zh');
    await page.locator('#entity-notice-date').fill('2025-03-01');
    const core = publicEntityNotice(COUNTY.batch, HUAYANG, { date: '2025-03-01' });

    const [csvFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载主体公示 CSV' }).click(),
    ]);
    expect(csvFile.suggestedFilename()).toBe('notice-wj-huayang-entities.csv');
    const saved = join(tmpdir(), `scorecard-entity-notice-${process.pid}.csv`);
    await csvFile.saveAs(saved);
    const bytes = readFileSync(saved);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv).toBe(core.csv);
    expect(csv.split('\r\n').filter((line) => line !== '')).toHaveLength(1 + 24);
    expect(csv).toContain(',王**,');
    expect(COUNTY.personal.length).toBe(2 * 216);
    for (const personal of COUNTY.personal) expect(csv).not.toContain(personal);
    expect(await page.getByTestId('entity-notice-made').textContent()).toBe(
      '公示列出 24 个经营主体。',
    );
    await page
      .getByTestId('entity-notice-panel')
      .screenshot({ path: join(SCREENSHOTS, 'entity-notice-panel.png') });

    const [htmlFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '保存主体公示网页（HTML）' }).click(),
    ]);
    expect(htmlFile.suggestedFilename()).toBe('notice-wj-huayang-entities.html');
    const savedHtml = join(tmpdir(), `scorecard-entity-notice-${process.pid}.html`);
    await htmlFile.saveAs(savedHtml);
    expect(readFileSync(savedHtml, 'utf8')).toBe(core.html);

    // Print: the app's own printable view (a blob: page would inherit the app's CSP).
    await stubPrint(page);
    await page.getByRole('button', { name: '打印主体公示' }).click();
    const sheet = page.getByTestId('notice-sheet');
    await sheet.waitFor();
    const text = (await sheet.textContent()) ?? '';
    expect(text).toContain('华阳镇 新型农业经营主体信用评定结果公示');
    expect(text).toContain('2025年3月1日至2025年3月7日');
    expect(text).not.toContain('sha256');
    for (const personal of COUNTY.personal) expect(text).not.toContain(personal);
    expect(await sheet.locator('tbody tr').count()).toBe(core.rows.length);
    expect(await page.getByTestId('notice-issuer').textContent()).toBe(
      '华阳镇信用评定小组2025年3月1日',
    );
    expect(await page.getByTestId('township-detail').isVisible()).toBe(false);
    await page.getByRole('button', { name: '打印', exact: true }).click();
    expect(await printCount(page)).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'entity-notice.png'), fullPage: true });

    // Printed, only the sheet shows: no header, toolbar or review; every row, none cut off.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await page.locator('.notice-sheet-page > .toolbar').isVisible()).toBe(false);
    expect(await page.getByTestId('townships').isVisible()).toBe(false);
    expect(await page.getByTestId('county-verdict').isVisible()).toBe(false);
    expect(await sheet.isVisible()).toBe(true);
    const shown = await page.evaluate(() =>
      [...document.body.querySelectorAll<HTMLElement>('*')]
        .filter((e) => e.children.length === 0 && e.checkVisibility() && e.textContent !== '')
        .every((e) => e.closest('[data-testid=notice-sheet]') !== null),
    );
    expect(shown).toBe(true);
    const table = await page.locator('.notice-sheet .table-scroll').evaluate((e) => ({
      scroll: e.scrollWidth,
      client: e.clientWidth,
    }));
    expect(table.scroll).toBeLessThanOrEqual(table.client);
    await page.emulateMedia({ media: 'screen' });

    // Closed: back to the township, its notice panel as it was, the focus on the button.
    await page.getByRole('button', { name: '关闭公示，返回村级评定' }).click();
    await page.getByTestId('township-detail').waitFor();
    expect(await page.locator('#entity-notice-date').inputValue()).toBe('2025-03-01');
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'entity-notice-print',
    );
  });

  test('a date that is not a date is refused in the core’s words', async () => {
    const { page } = app();
    await openHuayang(page, 'zh');
    await page.locator('#entity-notice-date').fill('');
    await page.getByRole('button', { name: '打印主体公示' }).click();
    const invalid = page.getByTestId('entity-notice-invalid');
    await invalid.waitFor();
    expect(await invalid.textContent()).toBe(
      '无法生成公示：公示开始日期：须为实际存在的日期，写作 YYYY-MM-DD',
    );
    expect(await page.getByTestId('notice-sheet').count()).toBe(0);
  });
});

/**
 * axe and the page's width on the panel, then on the printable sheet; on a phone, 44 px targets
 * too (a mouse's controls are smaller on a desktop, as everywhere in the app).
 */
async function checkPanelAndSheet(page: Page, lang: 'zh' | 'en', width: number, phone: boolean) {
  const found: Record<string, Violation[]> = {};
  const small: Record<string, string[]> = {};
  const wide: Record<string, number> = {};
  const measure = async (state: string, scope: string) => {
    const violations = await axeViolations(page);
    if (violations.length > 0) found[state] = violations;
    const targets = phone ? await smallTargets(page, scope) : [];
    if (targets.length > 0) small[state] = targets;
    const pageWide = await pageWidth(page);
    if (pageWide > width) wide[state] = pageWide;
  };
  page.on('dialog', (dialog) => void dialog.accept());
  if (lang === 'en') await page.getByRole('button', { name: 'Switch to English' }).click();
  await openHuayang(page, lang);
  await page.getByTestId('entity-notice-panel').scrollIntoViewIfNeeded();
  await measure('panel', '[data-testid=entity-notice-panel]');
  await page.locator('#entity-notice-days').fill('0');
  await page.getByRole('button', { name: WORDS[lang].print }).click();
  await page.getByTestId('entity-notice-invalid').waitFor();
  await measure('panel: problems', '[data-testid=entity-notice-panel]');
  await page.locator('#entity-notice-days').fill('7');
  await page.getByRole('button', { name: WORDS[lang].print }).click();
  await page.getByTestId('notice-sheet').waitFor();
  await measure('sheet', '.notice-sheet-page');
  console.info(
    `entity notice ${lang} at ${width} px:`,
    JSON.stringify({ axe: found, small, wide }, null, 1),
  );
  expect({ axe: found, small, wide }).toEqual({ axe: {}, small: {}, wide: {} });
  await page.getByRole('button', { name: WORDS[lang].close }).click();
  await page.getByTestId('entity-notice-panel').waitFor();
}

describe('accessibility at 1280 px', () => {
  const app = useBuiltApp();
  for (const lang of ['zh', 'en'] as const) {
    test(`the panel and the sheet, ${lang}: axe, the screen's width`, async () => {
      await checkPanelAndSheet(app().page, lang, 1280, false);
    });
  }
});

describe('accessibility at 375 px (a phone)', () => {
  const app = useBuiltApp({ viewport: PHONE, touch: true });
  for (const lang of ['zh', 'en'] as const) {
    test(`the panel and the sheet, ${lang}: axe, 44 px targets, the screen's width`, async () => {
      const { page } = app();
      await checkPanelAndSheet(page, lang, PHONE.width, true);
      if (lang === 'zh') {
        await page.getByRole('button', { name: WORDS.zh.print }).click();
        await page.getByTestId('notice-sheet').waitFor();
        await page.screenshot({ path: join(SCREENSHOTS, 'phone-entity-notice.png') });
      }
    });
  }
});
