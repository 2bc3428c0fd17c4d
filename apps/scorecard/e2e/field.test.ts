/**
 * Issue 15 in Chromium: the defects a clerk met that need a real browser (layout between
 * pointer-down and pointer-up, reloads, storage, downloads, dialogs).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT, vector } from './built-app';
import { loadBatch, useBuiltApp } from './harness';
import { storeSettled } from './stored';

const app = useBuiltApp();

/**
 * English phrases (two or more English words in a row within one piece of text) on the page,
 * once quoted values (「…」, as typed), code (paths, ids) and grade codes (AAA) are set aside.
 */
async function englishSentences(page: Page, selector: string): Promise<string[]> {
  const texts = await page.locator(selector).evaluate((element) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
      if (node.parentElement?.closest('code') === null) out.push(node.textContent ?? '');
    return out;
  });
  return texts.flatMap(
    (text) =>
      text
        .replace(/「[^」]*」/g, '')
        .replace(/\b[A-Z]{1,3}\b/g, '')
        .match(/[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,})+/g) ?? [],
  );
}

describe('field-ready scorecard: the desktop defects of issue 15', () => {
  test('defect 3: the click that leaves an empty required field is not lost', async () => {
    const { page } = app();
    const add = page.getByRole('button', { name: '添加房屋' });
    await add.click();
    // The focus is now in house 1's empty structure: the next click leaves it.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-houses-0-structure');
    await add.click();
    expect(await page.locator('#f-houses-1-structure').count()).toBe(1);
    // The field that was left shows its problem, after the click.
    await page.locator('#f-houses-0-structure-error').waitFor();
    expect(await page.locator('#f-houses-0-structure-error').textContent()).toContain('必填');

    await page.locator('#f-income-net').click();
    await page.getByRole('button', { name: '全部设为「好」' }).click();
    expect(await page.locator('#f-civility-honesty-good').isChecked()).toBe(true);
    expect(await page.locator('#f-civility-lawAbiding-good').isChecked()).toBe(true);
  });

  test('defect 4: an empty form shows no error; a year shows none while it is typed', async () => {
    const { page } = app();
    expect(await page.getByTestId('pending').textContent()).not.toContain('请修正');
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
    await page.locator('#f-evalYear').fill('');
    await page.locator('#f-evalYear').pressSequentially('2');
    expect(await page.locator('#f-evalYear').getAttribute('aria-invalid')).toBeNull();
    await page.locator('#f-evalYear').pressSequentially('02');
    expect(await page.locator('#f-evalYear-error').count()).toBe(0);
    await page.locator('#f-id').focus();
    await page.locator('#f-evalYear-error').waitFor();
    expect(await page.locator('#f-evalYear-error').textContent()).toBe(
      '不能早于 1900 年，填写的是「202」',
    );
  });

  test('defects 5 and 2: typed work and a county model survive a reload; clearing asks first', async () => {
    const { page } = app();
    expect(await page.getByTestId('placeholder-warning').textContent()).toContain('不能据此放贷');
    await page.locator('#f-id').fill('H-field');
    await page.locator('#f-deposits').fill('5万');
    await page.locator('#f-members').click();
    expect(await page.locator('#f-deposits').inputValue()).toBe('50000');

    const county = JSON.parse(
      readFileSync(
        join(REPO_ROOT, 'packages', 'core', 'src', 'model', 'wangjiang-default.json'),
        'utf8',
      ),
    ) as { id: string; version: number; name: { zh: string; en: string }; examples?: unknown };
    county.id = 'county-field';
    county.version = 7;
    county.name = { zh: '试点县模型', en: 'Pilot county model' };
    delete county.examples;
    const file = join(tmpdir(), `scorecard-field-model-${process.pid}.json`);
    writeFileSync(file, JSON.stringify(county));
    await page.getByRole('link', { name: '模型' }).click();
    await page.locator('#model-file').setInputFiles(file);
    await page.getByTestId('model-loaded').waitFor();

    // The form's save is written shortly after the last keystroke: reload once it is.
    await storeSettled(page);
    await page.reload();
    await page.locator('.app-header').waitFor();
    expect(await page.getByTestId('model-chip').textContent()).toContain('试点县模型（第 7 版）');
    expect(await page.getByTestId('placeholder-warning').count()).toBe(0);
    await page.getByRole('link', { name: '农户评分' }).click();
    expect(await page.locator('#f-id').inputValue()).toBe('H-field');
    expect(await page.locator('#f-deposits').inputValue()).toBe('50000');

    const dialogs: string[] = [];
    page.once('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole('button', { name: '清空表单' }).click();
    expect(dialogs).toEqual(['表单中已填写的内容将被替换，未保存的内容会丢失。确定继续吗？']);
    expect(await page.locator('#f-id').inputValue()).toBe('H-field');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: '清空表单' }).click();
    expect(await page.locator('#f-id').inputValue()).toBe('');
  });

  test('defect 6: the review downloads results that year over year reads; a wrong file is one line', async () => {
    const { page } = app();
    await loadBatch(page, vector('random.json'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-results').click(),
    ]);
    expect(download.suggestedFilename()).toBe('random-results-2024.json');
    const saved = join(tmpdir(), `scorecard-field-results-${process.pid}.json`);
    await download.saveAs(saved);

    await page.getByRole('link', { name: '年度对比' }).click();
    await page.locator('#years-before').setInputFiles(vector('random.json'));
    const bad = page.getByTestId('years-bad-file');
    await bad.waitFor();
    expect(await bad.textContent()).toContain('是批量输入文件（农户记录），不是评定结果');
    // The problems are folded away, and only the first few are kept.
    expect(await bad.locator('details').getAttribute('open')).toBeNull();
    expect(await bad.locator('tbody tr').count()).toBeLessThanOrEqual(20);

    await page.locator('#years-before').setInputFiles(saved);
    await page.locator('#years-after').setInputFiles(saved);
    await page.getByTestId('comparison').waitFor();
    expect(await page.getByTestId('file-ok').first().textContent()).toContain('2024 年度，8 个村');
  });

  test('defect 7: a batch with no evaluation year is a warning, its households counted', async () => {
    const { page } = app();
    const random = JSON.parse(readFileSync(vector('random.json'), 'utf8')) as {
      villages: { households: unknown[] }[];
    };
    const four = random.villages.slice(0, 4);
    const households = four.reduce((n, v) => n + v.households.length, 0);
    const file = join(tmpdir(), `scorecard-field-no-year-${process.pid}.ndjson`);
    writeFileSync(file, four.map((v) => JSON.stringify(v)).join('\n'));
    await loadBatch(page, file);
    const status = page.getByTestId('batch-done');
    expect(await status.getAttribute('data-warn')).toBe('true');
    expect(await status.textContent()).toContain(`未评定任何农户：4 个村；${households} 户未评定`);
    expect(await page.getByTestId('summary-not-evaluated').textContent()).toBe(String(households));
    // Given a year, the same file is evaluated.
    await page.locator('#batch-eval-year').fill('2024');
    await page.locator('#batch-eval-year').press('Enter');
    await page.locator('#batch-eval-year').blur();
    await page.waitForFunction(
      () => document.querySelector('[data-testid=batch-done]')?.getAttribute('data-warn') === null,
    );
  });

  test('defect 1: after invalid.json, the Chinese pages hold no English sentence', async () => {
    const { page } = app();
    await loadBatch(page, vector('invalid.json'));
    await page.getByTestId('bad-records').waitFor();
    expect(await englishSentences(page, 'main')).toEqual([]);
    // Open an invalid record in the form: its problems are in Chinese there too.
    await page.getByRole('button', { name: '在表单中打开' }).first().click();
    await page.getByTestId('batch-origin').waitFor();
    expect(await englishSentences(page, 'main')).toEqual([]);
    await page.getByRole('link', { name: '模型' }).click();
    expect(await englishSentences(page, 'main')).toEqual([]);
  });

  test('defect 9: at 1280 px the village table fits in both languages, badges on one line', async () => {
    const { page } = app();
    await loadBatch(page, vector('random-edge.json'));
    const fits = () =>
      page
        .locator('section.table-scroll:has([data-testid=village-table])')
        .evaluate((scroller) => scroller.scrollWidth <= scroller.clientWidth + 1);
    const badgeLines = () =>
      page.locator('[data-testid=village-table] .badge').evaluateAll((badges) =>
        badges.map((badge) => {
          const range = document.createRange();
          range.selectNodeContents(badge);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        }),
      );
    expect(await fits()).toBe(true);
    expect(new Set(await badgeLines())).toEqual(new Set([1]));
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('link', { name: 'Household' }).waitFor();
    expect(await fits()).toBe(true);
    expect(new Set(await badgeLines())).toEqual(new Set([1]));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1280,
    );
  });
});
