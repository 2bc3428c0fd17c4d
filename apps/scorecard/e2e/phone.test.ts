/**
 * Issue 15, defect 10, on a phone (375 × 812, touch): H1 typed with the score in view, tabs of
 * whole words, touch targets of 44 px, and no page wider than the screen.
 */
import { join } from 'node:path';
import { defaultModel } from '@credit-village/core';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { vector } from './built-app';
import { loadBatch, PHONE, SCREENSHOTS, typeInto, useBuiltApp } from './harness';

const app = useBuiltApp({ viewport: PHONE, touch: true });

/** The default model's civility dimensions, read from the model rather than copied. */
const DIMENSIONS = defaultModel().document.score.civility.dimensions.map((d) => d.code);

/** Whether an element is wholly inside the viewport, as it is now (no scrolling). */
async function inView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
  });
}

/** Interactive elements smaller than 44 × 44 CSS pixels (a radio or checkbox counts its label). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    const targets = document.querySelectorAll<HTMLElement>(
      'main button:not(.link), main select, main input[type=text], main input[type=search], nav a, .radio-option, .check',
    );
    for (const element of targets) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.height < 44 || box.width < 44)
        small.push(
          `${element.tagName.toLowerCase()}#${element.id || element.className} ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
    }
    return small;
  });
}

async function noOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

describe('on a phone (375 × 812)', () => {
  test('H1 typed on the phone: the score and limit are in view at the foot of the form', async () => {
    const { page } = app();
    await typeInto(page, '#f-evalYear', '2024');
    await typeInto(page, '#f-id', 'H1');
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
    // Where the clerk is now (the last field of the form), the result is in view.
    expect(await inView(page, '#f-creditRecord')).toBe(true);
    expect(await inView(page, '[data-testid=result-bar]')).toBe(true);
    expect(await page.getByTestId('result-bar-score').textContent()).toBe('94 分');
    expect(await page.getByTestId('result-bar-limit').textContent()).toBe('额度 163,000.00 元');
    expect(await page.getByTestId('result-bar').textContent()).toContain('AAA 优秀');
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-h1.png') });
    // And the full result is one tap away.
    await page.getByRole('link', { name: '查看结果' }).click();
    expect(await inView(page, '#result-title')).toBe(true);
  });

  test('tab labels are whole words in both languages', async () => {
    const { page } = app();
    const lines = () =>
      page.locator('nav.tabs a').evaluateAll((tabs) =>
        tabs.map((tab) => {
          const range = document.createRange();
          range.selectNodeContents(tab);
          // One line box per tab: its label is not broken inside a word.
          const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          return `${tab.textContent}:${tops.size}`;
        }),
      );
    expect(await lines()).toEqual([
      '农户评分:1',
      '主体评分:1',
      '采集:1',
      '村级评定:1',
      '民主评议:1',
      '公示异议:1',
      '授信跟踪:1',
      '年度对比:1',
      '模型:1',
      '核验证书:1',
    ]);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('link', { name: 'Household' }).waitFor();
    expect(await lines()).toEqual([
      'Household:1',
      'Entity:1',
      'Collect:1',
      'Villages:1',
      'Panel review:1',
      'Objections:1',
      'Follow-up:1',
      'Year over year:1',
      'Model:1',
      'Verify:1',
    ]);
  });

  test('touch targets are 44 px on every page; no page is wider than the screen', async () => {
    const { page } = app();
    await page.getByTestId('fill-example').click();
    await page.getByRole('button', { name: '添加车辆' }).click();
    expect(await smallTargets(page)).toEqual([]);
    expect(await noOverflow(page)).toBeLessThanOrEqual(PHONE.width);

    await loadBatch(page, vector('golden.json'));
    expect(await smallTargets(page)).toEqual([]);
    expect(await noOverflow(page)).toBeLessThanOrEqual(PHONE.width);

    await page.getByRole('link', { name: '模型' }).click();
    await page.getByTestId('model-stamp').waitFor();
    expect(await smallTargets(page)).toEqual([]);
    expect(await noOverflow(page)).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-model.png'), fullPage: false });
  });
});
