import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { vector } from './built-app';
import { SCREENSHOTS, typeInto, useBuiltApp } from './harness';

const app = useBuiltApp();

describe('the household scorecard in Chromium', () => {
  test('typing household H1 into the form gives grade AAA and a limit of 163,000.00', async () => {
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
    // Until every required field is given, the result says how much is left instead of numbers.
    await expect(page.getByTestId('pending').textContent()).resolves.toMatch(
      /还有 \d+ 项必填内容未填写/,
    );
    for (const dimension of [
      'lawAbiding',
      'familyHarmony',
      'filialPiety',
      'familyEducation',
      'neighbourliness',
      'customsReform',
      'honesty',
      'publicSpirit',
    ]) {
      await page.locator(`#f-civility-${dimension}-good`).check();
    }
    await page.locator('#f-creditRecord').selectOption('none');

    await page.getByTestId('result').waitFor();
    expect(await page.getByTestId('grade').textContent()).toContain('AAA');
    expect(await page.getByTestId('score').textContent()).toBe('94');
    expect(await page.getByTestId('limit').textContent()).toBe('163,000.00');
    expect(await page.getByTestId('gross').textContent()).toBe('337,960.00');
    expect(await page.getByTestId('limit-bound-by').textContent()).toContain('公式');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, 'scorecard-h1.png') });
  });

  test('a household is saved to and loaded from a JSON file in the record format', async () => {
    const { page } = app();
    await page.getByRole('button', { name: '填入示例（H1）' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '保存为 JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('H1.json');
    const saved = join(tmpdir(), `scorecard-h1-${process.pid}.json`);
    await download.saveAs(saved);
    const golden = JSON.parse(readFileSync(vector('golden.json'), 'utf8')) as {
      villages: { households: unknown[] }[];
    };
    expect(JSON.parse(readFileSync(saved, 'utf8'))).toEqual(golden.villages[0]?.households[0]);
    // Clearing typed work asks first.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: '清空表单' }).click();
    await page.getByTestId('pending').waitFor();
    await page.locator('#household-file').setInputFiles(saved);
    await page.getByTestId('result').waitFor();
    expect(await page.locator('#f-id').inputValue()).toBe('H1');
    expect(await page.getByTestId('limit').textContent()).toBe('163,000.00');
  });
});
