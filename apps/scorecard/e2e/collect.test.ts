/**
 * Issue 16 in Chromium, on a phone (375 × 812, touch): a clerk collects a village household by
 * household on the collection page (采集); what is saved, and what is being typed, survives a
 * reload, offline too; the village exports as a collection workbook and as JSON that read back
 * to the same results; the page has 44 px targets, fits the screen, and axe finds nothing.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultModel, evaluateBatch } from '@credit-village/core';
import { batchToWorkbook, readWorkbook } from '@credit-village/workbook';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from './axe';
import { vector } from './built-app';
import { PHONE, SCREENSHOTS, typeInto, useBuiltApp } from './harness';
import { storeSettled } from './stored';

const app = useBuiltApp({ viewport: PHONE, touch: true });
const DIR = mkdtempSync(join(tmpdir(), 'scorecard-collect-'));
const DIMENSIONS = defaultModel().document.score.civility.dimensions.map((d) => d.code);

/** Opens the collection page. */
async function openCollect(page: Page): Promise<void> {
  await page.getByRole('link', { name: '采集' }).click();
  await page.getByTestId('editor').waitFor();
}

/** Types the village's facts. */
async function typeVillage(page: Page): Promise<void> {
  await typeInto(page, '#v-evalYear', '2024');
  await typeInto(page, '#v-id', 'cv1');
  await typeInto(page, '#v-name', '采集村');
  await typeInto(page, '#v-householdsTotal', '3');
  await page.locator('#v-partyOrganisation').selectOption('good');
}

/** Types household H1 of the domain brief (AAA, limit 163,000.00 under the default model). */
async function typeH1(page: Page, id: string): Promise<void> {
  await typeInto(page, '#f-id', id);
  await page.getByRole('button', { name: '添加房屋' }).click();
  await page.locator('#f-houses-0-structure').selectOption('brickConcrete');
  await typeInto(page, '#f-houses-0-areaM2', '200');
  await typeInto(page, '#f-houses-0-yearBuilt', '2014');
  await typeInto(page, '#f-land-contractedMu', '8');
  await typeInto(page, '#f-land-transferredInMu', '50');
  await typeInto(page, '#f-livestock-pig', '20');
  await page.getByRole('button', { name: '添加农机具' }).click();
  await typeInto(page, '#f-machines-0-price', '60000');
  await typeInto(page, '#f-machines-0-year', '2020');
  await typeInto(page, '#f-deposits', '50000');
  await typeInto(page, '#f-collectiveShares', '2000');
  await typeInto(page, '#f-debts-bankLoans', '30000');
  await typeInto(page, '#f-income-net', '120000');
  await typeInto(page, '#f-income-operating', '100000');
  for (const dimension of DIMENSIONS) await page.locator(`#f-civility-${dimension}-good`).check();
  await page.locator('#f-creditRecord').selectOption('none');
}

/** Saves with the button kept in view at the foot of the screen. */
async function saveFromBar(page: Page): Promise<void> {
  const button = page.locator('[data-testid=collect-bar] button');
  expect(await inView(page, '[data-testid=collect-bar]')).toBe(true);
  await button.click();
}

async function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
  });
}

/** The saved households as the list shows them: id and what the core says of each. */
async function listed(page: Page): Promise<string[]> {
  return page
    .getByTestId('collected-household')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.id ?? ''));
}

/** Interactive elements on the page smaller than 44 × 44 CSS pixels. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    const targets = document.querySelectorAll<HTMLElement>(
      'main button:not(.link), main select, main input[type=text], main summary, main .file-button label, nav a, .radio-option, .check',
    );
    for (const element of targets) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.height < 44 || box.width < 44)
        small.push(`${element.tagName.toLowerCase()}#${element.id || element.className}`);
    }
    return small;
  });
}

/** A download's bytes, once the page offers it. */
async function download(page: Page, testId: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [offered] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  const path = join(DIR, offered.suggestedFilename());
  await offered.saveAs(path);
  return { name: offered.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

describe('the collection page on a phone', () => {
  test('households entered one by one survive a reload, offline too, and export as xlsx and JSON', async () => {
    const { page, context } = app();
    page.on('dialog', (dialog) => void dialog.accept());
    await openCollect(page);
    await typeVillage(page);
    await typeH1(page, 'H1');
    expect(await page.getByTestId('collect-bar-state').textContent()).toBe(
      '94 分 · AAA 优秀 · 额度 163,000.00 元',
    );
    await saveFromBar(page);
    expect(await page.getByTestId('collect-notice').textContent()).toBe(
      '已保存第 1 户（H1），可以录入下一户。',
    );
    // The next household starts at its first field.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-id');
    await typeInto(page, '#f-id', 'H2');
    await typeInto(page, '#f-deposits', '12.345');
    await saveFromBar(page);
    expect(await page.getByTestId('collect-notice').textContent()).toMatch(
      /^已保存第 2 户（H2），还有 \d+ 处问题/,
    );
    expect(await page.locator('#f-deposits').getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('button', { name: '录入下一户' }).click();
    // A third household, typed but not saved: the draft.
    await typeInto(page, '#f-id', 'H3');
    await typeInto(page, '#f-members', '4');
    await page.getByTestId('save-state').filter({ hasText: '已保存在本机：2 户' }).waitFor();
    expect(await listed(page)).toEqual(['H1', 'H2']);
    expect(await page.getByTestId('coverage').textContent()).toContain('已采集 2 户 / 登记 3 户');
    expect(await smallTargets(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-collect.png') });
    // Let the draft's autosave (a fraction of a second after typing) be written, as a pause would.
    await storeSettled(page);

    // Reloaded (a crash, a closed tab, the phone discarding it): everything is there.
    await page.reload();
    await page.getByTestId('editor').waitFor();
    expect(await listed(page)).toEqual(['H1', 'H2']);
    expect(await page.locator('#f-id').inputValue()).toBe('H3');
    expect(await page.locator('#f-members').inputValue()).toBe('4');
    expect(await page.locator('#v-id').inputValue()).toBe('cv1');
    expect(await page.getByTestId('collected').textContent()).toContain('163,000.00');

    // Offline (once the service worker holds the app): reloaded, still all there.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.reload();
    await page.getByTestId('editor').waitFor();
    expect(await listed(page)).toEqual(['H1', 'H2']);
    expect(await page.locator('#f-id').inputValue()).toBe('H3');
    await saveFromBar(page);
    expect(await listed(page)).toEqual(['H1', 'H2', 'H3']);

    // Exported (offline: the spreadsheet code is in the app's cache) and read back.
    const xlsx = await download(page, 'export-xlsx');
    expect(xlsx.name).toBe('cv1-2024.xlsx');
    const json = await download(page, 'export-json');
    expect(json.name).toBe('cv1-2024.json');
    await context.setOffline(false);
    const read = readWorkbook(xlsx.bytes);
    expect(read.issues).toEqual([]);
    const batch = JSON.parse(new TextDecoder().decode(json.bytes)) as unknown;
    const fromXlsx = evaluateBatch(read.document);
    const fromJson = evaluateBatch(batch);
    expect(fromXlsx.villages[0]?.households).toEqual(fromJson.villages[0]?.households);
    expect(fromXlsx.villages[0]?.errors.map((e) => [e.index, e.id])).toEqual(
      fromJson.villages[0]?.errors.map((e) => [e.index, e.id]),
    );
    const [village] = read.document.villages;
    expect(village?.id).toBe('cv1');
    expect(village?.name).toBe('采集村');
    expect(((village?.households ?? []) as { id: string }[]).map((h) => h.id)).toEqual([
      'H1',
      'H2',
      'H3',
    ]);
    const h1 = fromXlsx.villages[0]?.households[0];
    expect([h1?.id, h1?.score, h1?.grade, h1?.limit]).toEqual(['H1', 94, 'AAA', '163000.00']);
    expect(fromXlsx.villages[0]?.errors.map((e) => e.id)).toEqual(['H2', 'H3']);
  });

  test('a workbook made by the package is imported to carry on', async () => {
    const { page } = app();
    const golden = JSON.parse(readFileSync(vector('golden.json'), 'utf8')) as unknown;
    const file = join(DIR, 'golden.xlsx');
    writeFileSync(file, batchToWorkbook(golden).bytes);
    await openCollect(page);
    await page.locator('#collect-import').setInputFiles(file);
    await page
      .getByTestId('collect-notice')
      .filter({ hasText: '已导入村 golden：9 户。' })
      .waitFor();
    expect(await listed(page)).toEqual(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'H7', 'H8', 'H9']);
    await page.getByRole('button', { name: '修改第 5 户 H5' }).click();
    expect(await page.locator('#f-id').inputValue()).toBe('H5');
    expect(await page.getByTestId('collect-bar-state').textContent()).toContain('B');
    expect(await smallTargets(page)).toEqual([]);
    // The household open in the form is kept too (autosaved a moment after it is opened).
    await storeSettled(page);
    await page.reload();
    await page.getByTestId('editor').waitFor();
    expect(await listed(page)).toHaveLength(9);
    expect(await page.locator('#f-id').inputValue()).toBe('H5');
  });

  test('the review of a workbook on a phone: 44 px targets, the screen’s width, axe', async () => {
    const { page } = app();
    const invalid = JSON.parse(readFileSync(vector('invalid.json'), 'utf8')) as unknown;
    const file = join(DIR, 'invalid.xlsx');
    writeFileSync(file, batchToWorkbook(invalid).bytes);
    await page.getByRole('link', { name: '村级评定' }).click();
    await page.locator('#batch-file').setInputFiles(file);
    await page.getByTestId('batch-done').waitFor();
    await page.getByTestId('workbook-read').waitFor();
    expect(
      await page.locator('[data-testid=bad-records] tbody tr td:first-child').first().textContent(),
    ).toMatch(/^(村|农户|房屋|农机车辆设施) 第 \d+ 行/);
    expect(await smallTargets(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  test('axe finds nothing on the collection page, at 375 px and on a desktop, in both languages', async () => {
    const { page } = app();
    await openCollect(page);
    expect(await axeViolations(page)).toEqual([]);
    await typeVillage(page);
    await typeInto(page, '#f-id', 'H2');
    await typeInto(page, '#f-deposits', '12.345');
    await saveFromBar(page);
    await page.getByTestId('collected-problems').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('link', { name: 'Collect' }).waitFor();
    expect(await page.getByTestId('collected').textContent()).toContain('problems');
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '切换到中文' }).click();
    await page.getByRole('link', { name: '采集' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'collect.png') });
  });
});
