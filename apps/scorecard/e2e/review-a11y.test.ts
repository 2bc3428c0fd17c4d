/**
 * The democratic review and the objections pages on a phone (375 × 812, touch) and a desktop,
 * in Chinese and English: axe-core finds no violation in any state, every control is a 44 px
 * target on the phone, and no page is wider than the screen.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateBatch } from '@credit-village/core';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, type Violation } from './axe';
import { REPO_ROOT } from './built-app';
import { PHONE, SCREENSHOTS, useBuiltApp } from './harness';

const COUNTY = join(REPO_ROOT, 'examples', 'county.json');
const OBJECTIONS = join(REPO_ROOT, 'examples', 'objections.json');

function countyResults(): string {
  const file = join(tmpdir(), `scorecard-a11y-county-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(evaluateBatch(JSON.parse(readFileSync(COUNTY, 'utf8')))));
  return file;
}

/** Interactive elements of the page's main part smaller than 44 × 44 CSS pixels. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    const targets = document.querySelectorAll<HTMLElement>(
      'main button:not(.link), main select, main input[type=text], main input[type=date], main textarea, main summary, main .radio-option, main .check, nav a',
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

/** Runs axe, and on a phone the size and width checks, recording what each state breaks. */
async function check(
  page: Page,
  state: string,
  phone: boolean,
  found: Record<string, (Violation | string)[]>,
): Promise<void> {
  const problems: (Violation | string)[] = [...(await axeViolations(page))];
  if (phone) {
    problems.push(...(await smallTargets(page)));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > PHONE.width) problems.push(`page ${width} px wide`);
  }
  if (problems.length > 0) found[state] = problems;
}

const WORDS = {
  zh: {
    review: '民主评议',
    objections: '公示异议',
    openR1: '评议农户 R1',
    openR3: '评议农户 R3',
    present: '到会',
    resolve: /登记复核结果：第 2 条/,
  },
  en: {
    review: 'Panel review',
    objections: 'Objections',
    openR1: 'Review household R1',
    openR3: 'Review household R3',
    present: 'Present',
    resolve: /objection no\. 2/,
  },
} as const;

/** Every state of both pages a clerk meets, in one language. */
async function visit(
  page: Page,
  lang: 'zh' | 'en',
  phone: boolean,
): Promise<Record<string, (Violation | string)[]>> {
  const found: Record<string, (Violation | string)[]> = {};
  const w = WORDS[lang];
  page.on('dialog', (dialog) => void dialog.accept());
  if (lang === 'en') {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('link', { name: 'Household' }).waitFor();
  }
  await page.getByRole('link', { name: w.review }).click();
  await page.getByTestId('review-empty').waitFor();
  await check(page, 'review: empty', phone, found);
  await page.getByTestId('review-example').click();
  await page.getByRole('button', { name: w.openR1 }).click();
  await page.getByTestId('review-result').waitFor();
  const card = page.getByTestId('member-card').first();
  await card.locator('summary').click();
  await check(page, 'review: R1 open, a veto list open', phone, found);
  // A member leaves and a mark is blanked: the problems and the cells marked invalid.
  await page.getByTestId('member-card').nth(1).getByLabel(w.present).uncheck();
  await card.locator('select').first().selectOption('');
  await page.getByTestId('review-problems').waitFor();
  await check(page, 'review: R1 with problems', phone, found);
  await page.getByRole('button', { name: w.openR3 }).click();
  await check(page, 'review: R3 without a quorum', phone, found);
  if (phone)
    await page.screenshot({ path: join(SCREENSHOTS, `phone-review-${lang}.png`), fullPage: true });

  await page.getByRole('link', { name: w.objections }).click();
  await page.getByTestId('objections-waiting').waitFor();
  await check(page, 'objections: empty', phone, found);
  await page.locator('#objections-results-file').setInputFiles(countyResults());
  await page.locator('#objections-file').setInputFiles(OBJECTIONS);
  await page.locator('#objections-today').fill('2025-01-08');
  await page.getByTestId('objections-summary').waitFor();
  await check(page, 'objections: tracked', phone, found);
  await page.getByRole('button', { name: w.resolve }).click();
  await page.getByTestId('resolve-form').waitFor();
  await page.getByTestId('add-objection-submit').click();
  await page.getByTestId('add-objection-issues').waitFor();
  await check(page, 'objections: resolving, an objection refused', phone, found);
  if (phone)
    await page.screenshot({
      path: join(SCREENSHOTS, `phone-objections-${lang}.png`),
      fullPage: true,
    });
  return found;
}

describe('review and objections on a phone', () => {
  const app = useBuiltApp({ viewport: PHONE, touch: true });
  for (const lang of ['zh', 'en'] as const)
    test(`no axe violation, 44 px targets, nothing wider than 375 px (${lang})`, async () => {
      expect(await visit(app().page, lang, true)).toEqual({});
    });
});

describe('review and objections on a desktop', () => {
  const app = useBuiltApp();
  for (const lang of ['zh', 'en'] as const)
    test(`no axe violation (${lang})`, async () => {
      expect(await visit(app().page, lang, false)).toEqual({});
    });
});
