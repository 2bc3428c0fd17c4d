import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateBatch } from '@credit-village/core';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, type Violation } from './axe';
import { vector } from './built-app';
import { PHONE, useBuiltApp } from './harness';

/** A result document of random-edge.json in a year, as `credit-village evaluate` writes it. */
function resultFile(name: string, evalYear: number): string {
  const batch = JSON.parse(readFileSync(vector('random-edge.json'), 'utf8')) as unknown;
  const file = join(tmpdir(), `scorecard-a11y-${name}-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(evaluateBatch(batch, { evalYear })));
  return file;
}

/** The page's state and its violations, printed on failure. */
async function check(page: Page, state: string, found: Record<string, Violation[]>) {
  const violations = await axeViolations(page);
  if (violations.length > 0) found[state] = violations;
}

const NAV = {
  zh: { household: '农户评分', villages: '村级评定', years: '年度对比', model: '模型' },
  en: {
    household: 'Household',
    villages: 'Villages',
    years: 'Year over year',
    model: 'Model',
  },
} as const;

/** Visits every page in every state a user meets, in one language, and runs axe in each. */
async function visitAll(page: Page, lang: 'zh' | 'en'): Promise<Record<string, Violation[]>> {
  const found: Record<string, Violation[]> = {};
  const nav = NAV[lang];
  // Replacing the typed form asks first: yes.
  page.on('dialog', (dialog) => void dialog.accept());
  if (lang === 'en') {
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('link', { name: nav.household }).waitFor();
  }
  await check(page, 'household: empty', found);
  await page.locator('#f-evalYear').fill('2');
  await page.locator('#f-id').focus();
  await page.locator('#f-deposits').fill('abc');
  await page.locator('#f-members').focus();
  await check(page, 'household: errors', found);
  await page.getByTestId('fill-example').click();
  await page.getByTestId('result').waitFor();
  await check(page, 'household: filled', found);

  await page.getByRole('link', { name: nav.villages }).click();
  await check(page, 'villages: empty', found);
  await page.locator('#batch-file').setInputFiles(vector('invalid.json'));
  await page.getByTestId('batch-done').waitFor();
  await check(page, 'villages: invalid.json loaded', found);
  await page.locator('#batch-file').setInputFiles(vector('golden.json'));
  await page.locator('[data-testid=village-table] tr[data-village="golden"]').waitFor();
  await check(page, 'villages: golden.json loaded', found);
  await page.locator('[data-testid=village-table] tr[data-village="golden"] button').click();
  await page.getByTestId('village-detail').waitFor();
  await check(page, 'villages: a village opened', found);
  await page.getByTestId('notice-print').click();
  await page.getByTestId('notice-sheet').waitFor();
  await check(page, 'villages: notice sheet', found);

  await page.getByRole('link', { name: nav.years }).click();
  await check(page, 'years: empty', found);
  await page.locator('#years-before').setInputFiles(vector('golden.json'));
  await page.getByTestId('years-bad-file').waitFor();
  await check(page, 'years: a wrong file', found);
  await page.locator('#years-before').setInputFiles(resultFile('2024', 2024));
  await page.locator('#years-after').setInputFiles(resultFile('2027', 2027));
  await page.getByTestId('comparison').waitFor();
  await check(page, 'years: comparison', found);

  await page.getByRole('link', { name: nav.model }).click();
  await page.getByTestId('model-stamp').waitFor();
  await check(page, 'model', found);
  return found;
}

describe('accessibility (axe-core, every rule) in every state, in both languages', () => {
  for (const [name, options] of [
    ['desktop', {}],
    ['phone', { viewport: PHONE, touch: true }],
  ] as const) {
    describe(name, () => {
      const app = useBuiltApp(options);
      for (const lang of ['zh', 'en'] as const) {
        test(`${lang}: no violation on any page`, async () => {
          const { page } = app();
          const found = await visitAll(page, lang);
          const total = Object.values(found).reduce((n, v) => n + v.length, 0);
          console.info(`axe ${name} ${lang}: ${total} violations`, JSON.stringify(found, null, 1));
          expect(found).toEqual({});
        });
      }
    });
  }
});
