/**
 * Issue 13 in Chromium: the county example (135 villages in 10 townships, 216 entities) in the
 * village review — the county verdict, the townships and the entities — and the entity scorecard
 * on a desktop and on a phone, axe-clean in both languages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultModelDocument, evaluateBatch, type ModelDocument } from '@credit-village/core';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, type Violation } from './axe';
import { REPO_ROOT } from './built-app';
import { PHONE, SCREENSHOTS, typeInto, useBuiltApp } from './harness';
import { storeSettled } from './stored';

const COUNTY = join(REPO_ROOT, 'examples', 'county.json');

/** A bound on the longest main-thread task while the county loads (see the test). */
const LONGEST_TASK_MS = 1000;

/** What the core makes of the county example: the figures the page must show. */
const expected = evaluateBatch(JSON.parse(readFileSync(COUNTY, 'utf8')));

/** A worked entity example of the default model, by record id. */
function example(id: string) {
  const found = ((defaultModelDocument() as ModelDocument).examples ?? []).find(
    (e) => (e.entity as { id?: string } | undefined)?.id === id,
  );
  if (found === undefined) throw new Error(`no example ${id}`);
  return found;
}

/** The tabs of the two pages, by language. */
const TABS = {
  zh: { entity: '主体评分', villages: '村级评定' },
  en: { entity: 'Entity', villages: 'Villages' },
} as const;

const money = (text: string) => text.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Loads the county example and measures the main thread's long tasks while it loads. */
async function loadCounty(page: Page): Promise<{ ms: number; longest: number }> {
  await page.getByRole('link', { name: '村级评定' }).click();
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  const start = Date.now();
  await page.locator('#batch-file').setInputFiles(COUNTY);
  await page.getByTestId('county-verdict').waitFor({ timeout: 60_000 });
  // The townships and the entities are laid out a frame after the villages, one after the other.
  await page.getByTestId('entity-table').waitFor();
  const ms = Date.now() - start;
  await page.waitForTimeout(500);
  const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  return { ms, longest: Math.round(Math.max(0, ...tasks)) };
}

async function check(page: Page, state: string, found: Record<string, Violation[]>) {
  const violations = await axeViolations(page);
  if (violations.length > 0) found[state] = violations;
}

/** Interactive elements of the page smaller than 44 × 44 CSS pixels. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    const targets = document.querySelectorAll<HTMLElement>(
      'main button:not(.link), main select, main input[type=text], main input[type=search], nav a, .check',
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

describe('on a desktop', () => {
  const app = useBuiltApp();

  test('examples/county.json: the county verdict, ten townships and 216 entities', async () => {
    const { page } = app();
    const { ms, longest } = await loadCounty(page);
    console.info(`county.json: shown in ${ms} ms; longest main-thread task ${longest} ms`);
    const county = expected.county;
    if (county === undefined) throw new Error('the example has a county');
    const verdict = page.getByTestId('county-verdict');
    expect(await verdict.getAttribute('data-verdict')).toBe(
      county.creditCounty === true ? 'yes' : 'no',
    );
    expect(await page.getByTestId('county-headline').textContent()).toContain('不是信用县');
    expect(await page.getByTestId('county-villages').textContent()).toBe(
      `${county.creditVillages} / ${county.villagesTotal}`,
    );
    const townships = page.locator('[data-testid=township-table] tbody tr');
    expect(await townships.count()).toBe(expected.townships?.length);
    const rated = expected.townships?.find((t) => t.rating !== 'none' && t.rating !== null);
    if (rated?.id == null) throw new Error('the example has a credit township');
    expect(
      await page
        .locator(`[data-testid=township-table] tr[data-township="${rated.id}"]`)
        .textContent(),
    ).toContain(rated.rating ?? '');
    expect(await page.getByTestId('entity-count').textContent()).toBe('显示 216 个主体，共 216 个');
    expect(await page.getByTestId('entity-summary-guaranteed').textContent()).toBe(
      money(expected.summary.entities?.totalGuaranteed ?? ''),
    );
    expect(await page.getByTestId('township-villages-chart').getByRole('img').count()).toBe(10);
    expect(await page.getByTestId('township-entities-chart').getByRole('img').count()).toBe(10);
    // The village review's own figures are still there.
    expect(await page.getByTestId('village-count').textContent()).toBe('显示 135 个村，共 135 个');
    await page.screenshot({ path: join(SCREENSHOTS, 'county-review.png'), fullPage: true });
    // Loads quickly, evaluated in the worker. The longest main-thread task is printed above;
    // its bound only guards against a gross regression: on a loaded two-core machine even the
    // app before this page (no entities) shows single tasks of up to ~300 ms here.
    expect(ms).toBeLessThan(20_000);
    expect(longest).toBeLessThan(LONGEST_TASK_MS);

    // A township opened: its rating and why, its villages, bands and gates.
    await page.getByRole('button', { name: new RegExp(`查看乡镇「.*${rated.id}」`) }).click();
    await page.getByTestId('township-detail').waitFor();
    expect(await page.getByTestId('township-why').textContent()).toContain('评为');
    expect(await page.locator('[data-testid=township-village-list] li').count()).toBe(
      rated.villages.inBatch,
    );

    // An entity opened in the scorecard: its batch result and its receipt agree.
    const first = expected.entities?.[0];
    if (first === undefined) throw new Error('no entity');
    await page.getByLabel('按编号、名称或乡镇查找').fill(first.id);
    await page.getByRole('button', { name: new RegExp(`打开经营主体 ${first.id}`) }).click();
    await page.getByTestId('entity-origin').waitFor();
    expect(await page.locator('#e-id').inputValue()).toBe(first.id);
    expect(await page.getByTestId('entity-limit').textContent()).toBe(money(first.limit));
    expect(await page.getByTestId('origin-limit').textContent()).toBe(money(first.limit));
  });

  test('the entity page: COOP1’s limit split into credit-only and guaranteed', async () => {
    const { page } = app();
    const coop = example('COOP1').expect;
    await page.getByRole('link', { name: '主体评分' }).click();
    await page.locator('#entity-example').selectOption('COOP1');
    await page.getByTestId('entity-fill-example').click();
    expect(await page.getByTestId('entity-score').textContent()).toBe(String(coop.score));
    expect(await page.getByTestId('entity-credit-only').textContent()).toBe(
      money(coop.creditOnly ?? ''),
    );
    expect(await page.getByTestId('entity-guaranteed').textContent()).toBe(
      money(coop.guaranteed ?? ''),
    );
    await page.getByTestId('entity-advice-state').and(page.locator('[data-state=ready]')).waitFor({
      state: 'attached',
    });
    await page.screenshot({ path: join(SCREENSHOTS, 'entity-coop1.png'), fullPage: true });
    // Kept across a reload.
    await storeSettled(page);
    await page.reload();
    await page.getByRole('link', { name: '主体评分' }).click();
    expect(await page.locator('#e-id').inputValue()).toBe('COOP1');
    expect(await page.getByTestId('entity-guaranteed').textContent()).toBe(
      money(coop.guaranteed ?? ''),
    );
  });

  for (const lang of ['zh', 'en'] as const) {
    test(`axe: the entity page and the county review, ${lang}`, async () => {
      const { page } = app();
      const found: Record<string, Violation[]> = {};
      page.on('dialog', (dialog) => void dialog.accept());
      if (lang === 'en') await page.getByRole('button', { name: 'Switch to English' }).click();
      await page.getByRole('link', { name: TABS[lang].entity, exact: true }).click();
      await page.locator('#e-id').waitFor();
      await check(page, 'entity: empty', found);
      await page.getByTestId('entity-submit').click();
      await check(page, 'entity: problems', found);
      await page.getByTestId('entity-fill-example').click();
      await page.getByTestId('entity-advice').waitFor();
      await check(page, 'entity: FF1 with advice', found);
      await page.getByRole('link', { name: TABS[lang].villages, exact: true }).click();
      await page.locator('#batch-file').setInputFiles(COUNTY);
      await page.getByTestId('county-verdict').waitFor({ timeout: 60_000 });
      await page.getByTestId('entity-table').waitFor();
      await check(page, 'review: county.json', found);
      await page.getByTestId('township-table').locator('button').first().click();
      await page.getByTestId('township-detail').waitFor();
      await check(page, 'review: a township', found);
      console.info(`axe entity/county desktop ${lang}:`, JSON.stringify(found, null, 1));
      expect(found).toEqual({});
    });
  }
});

describe('on a phone (375 × 812)', () => {
  const app = useBuiltApp({ viewport: PHONE, touch: true });

  test('the entity page: typed on the phone, the result in view, 44 px targets, no overflow', async () => {
    const { page } = app();
    const ff1 = example('FF1').expect;
    await page.getByRole('link', { name: '主体评分' }).click();
    await typeInto(page, '#e-evalYear', '2024');
    await typeInto(page, '#e-id', 'FF1');
    await page.locator('#e-type').selectOption('familyFarm');
    await typeInto(page, '#e-registeredYear', '2019');
    await page.locator('#e-demonstration').selectOption('city');
    await page.locator('#e-mainLine').selectOption('grain');
    await typeInto(page, '#e-scale', '300');
    await typeInto(page, '#e-assets', '120万');
    await typeInto(page, '#e-liabilities', '42万');
    await typeInto(page, '#e-surplus', '26万');
    await typeInto(page, '#e-leaseYearsLeft', '6');
    await typeInto(page, '#e-householdsDriven', '12');
    await page.locator('#e-principalHouseholdGrade').selectOption('AA');
    await page.locator('label[for=e-insured]').click();
    await page.locator('#e-creditRecord').selectOption('normal');
    const bar = page.getByTestId('entity-result-bar');
    const inView = await bar.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
    });
    expect(inView).toBe(true);
    expect(await page.getByTestId('entity-bar-score').textContent()).toBe(`${ff1.score} 分`);
    expect(await page.getByTestId('entity-bar-limit').textContent()).toBe(
      `额度 ${money(ff1.limit ?? '')} 元`,
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-entity-ff1.png') });
    // With its advice (FF1 is A: it is told how to reach AA), nothing is too small or too wide.
    await page.getByTestId('entity-advice').waitFor();
    expect(await smallTargets(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    await page.getByRole('link', { name: '查看结果' }).click();
    expect(await page.getByTestId('entity-limit').textContent()).toBe(money(ff1.limit ?? ''));
  });

  test('the county review on the phone: 44 px targets, no overflow', async () => {
    const { page } = app();
    await loadCounty(page);
    // Each part of the review in view in turn, measured there.
    for (const section of ['county-verdict', 'townships', 'entities']) {
      await page.getByTestId(section).scrollIntoViewIfNeeded();
      await page.waitForTimeout(100);
      expect(await smallTargets(page), section).toEqual([]);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        section,
      ).toBeLessThanOrEqual(PHONE.width);
    }
    await page.getByTestId('townships').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-county.png') });
  });

  for (const lang of ['zh', 'en'] as const) {
    test(`axe on the phone: the entity page and the county review, ${lang}`, async () => {
      const { page } = app();
      const found: Record<string, Violation[]> = {};
      page.on('dialog', (dialog) => void dialog.accept());
      if (lang === 'en') await page.getByRole('button', { name: 'Switch to English' }).click();
      await page.getByRole('link', { name: TABS[lang].entity, exact: true }).click();
      await page.locator('#e-id').waitFor();
      await check(page, 'entity: empty', found);
      await page.locator('#entity-example').selectOption('VNAE');
      await page.getByTestId('entity-fill-example').click();
      await page.getByTestId('entity-advice').waitFor();
      await check(page, 'entity: VNAE', found);
      await page.getByRole('link', { name: TABS[lang].villages, exact: true }).click();
      await page.locator('#batch-file').setInputFiles(COUNTY);
      await page.getByTestId('county-verdict').waitFor({ timeout: 60_000 });
      await page.getByTestId('entity-table').waitFor();
      await check(page, 'review: county.json', found);
      console.info(`axe entity/county phone ${lang}:`, JSON.stringify(found, null, 1));
      expect(found).toEqual({});
    });
  }
});
