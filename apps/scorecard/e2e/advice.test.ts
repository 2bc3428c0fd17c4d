import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { vector } from './built-app';
import { SCREENSHOTS, typeInto, useBuiltApp } from './harness';

const app = useBuiltApp();

describe('next-grade advice in Chromium', () => {
  test('H5 (grade B) is advised to repay 297.10 yuan; applying it gives grade A', async () => {
    const { page } = app();
    const golden = JSON.parse(readFileSync(vector('golden.json'), 'utf8')) as {
      villages: { households: { id: string }[] }[];
    };
    const h5 = golden.villages[0]?.households.find((h) => h.id === 'H5');
    const file = join(tmpdir(), `scorecard-h5-${process.pid}.json`);
    writeFileSync(file, JSON.stringify(h5));
    await typeInto(page, '#f-evalYear', '2024');
    await page.locator('#household-file').setInputFiles(file);
    await page.getByTestId('result').waitFor();
    expect(await page.getByTestId('grade').textContent()).toContain('B');

    const advice = page.getByTestId('advice');
    await advice.waitFor();
    expect(await advice.getAttribute('data-target')).toBe('A');
    const text = (await advice.textContent()) ?? '';
    expect(text).toContain('升级建议');
    expect(text).toContain('偿还债务 297.10 元');
    expect(text).toContain('诚实守信：一般 → 好');
    expect(text).toContain('家庭年纯收入提高 8,000.00 元至 60,000.00 元');
    await advice.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'advice.png') });

    await advice.getByRole('button', { name: /^应用到表单：偿还债务 297\.10 元/ }).click();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=grade]')?.textContent?.includes('A'),
    );
    expect(await page.getByTestId('grade').textContent()).not.toContain('B');
    expect(await page.getByTestId('score').textContent()).toBe('73');
    expect(await page.getByTestId('limit').textContent()).toBe('75,000.00');
    expect(await page.locator('#f-debts-bankLoans').inputValue()).toBe('14702.90');
    // The focus moved to the new receipt; the advice now aims at the grade above A.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('result-title');
    await page.waitForFunction(
      () => document.querySelector('[data-testid=advice]')?.getAttribute('data-target') === 'AA',
    );
  });
});
