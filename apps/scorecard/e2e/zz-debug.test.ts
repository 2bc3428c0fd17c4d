import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateBatch } from '@credit-village/core';
import { test } from 'vitest';
import { REPO_ROOT } from './built-app';
import { PHONE, useBuiltApp } from './harness';

const app = useBuiltApp({ viewport: PHONE, touch: true });
test('debug', async () => {
  const { page } = app();
  await page.getByRole('link', { name: '民主评议' }).click();
  await page.getByTestId('review-example').click();
  await page.getByRole('button', { name: '评议农户 R1' }).click();
  await page.getByTestId('review-result').waitFor();
  const h = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0, i = 0; y < h && i < 4; y += 1600, i++)
    await page.screenshot({
      path: `/tmp/appreview-rv${i}.png`,
      fullPage: true,
      clip: { x: 0, y, width: 375, height: 1600 },
    });
  const file = join(tmpdir(), 'dbg.json');
  writeFileSync(
    file,
    JSON.stringify(
      evaluateBatch(JSON.parse(readFileSync(join(REPO_ROOT, 'examples', 'county.json'), 'utf8'))),
    ),
  );
  await page.getByRole('link', { name: '公示异议' }).click();
  await page.locator('#objections-results-file').setInputFiles(file);
  await page
    .locator('#objections-file')
    .setInputFiles(join(REPO_ROOT, 'examples', 'objections.json'));
  await page.locator('#objections-today').fill('2025-01-08');
  await page.getByTestId('objections-summary').waitFor();
  const y0 = await page
    .getByTestId('objections-table')
    .evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
  await page.screenshot({
    path: '/tmp/appreview-ob0.png',
    fullPage: true,
    clip: { x: 0, y: 0, width: 375, height: 1600 },
  });
  await page.screenshot({
    path: '/tmp/appreview-ob1.png',
    fullPage: true,
    clip: { x: 0, y: y0, width: 375, height: 1600 },
  });
});
