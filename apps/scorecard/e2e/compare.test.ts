import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateBatch } from '@credit-village/core';
import { describe, expect, test } from 'vitest';
import { REPO_ROOT, vector } from './built-app';
import { loadBatch, SCREENSHOTS, useBuiltApp } from './harness';

const DEFAULT_MODEL = join(REPO_ROOT, 'packages', 'core', 'src', 'model', 'wangjiang-default.json');

const app = useBuiltApp();

/** A result file as `credit-village evaluate` writes it: the batch evaluated in a year. */
function resultFile(name: string, evalYear: number): string {
  const batch = JSON.parse(readFileSync(vector('random-edge.json'), 'utf8')) as unknown;
  const file = join(tmpdir(), `scorecard-${name}-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(evaluateBatch(batch, { evalYear })));
  return file;
}

describe('comparisons in Chromium', () => {
  test('two result files: the transition matrix, the PSI and a delisted (摘牌) village', async () => {
    const { page } = app();
    await page.getByRole('link', { name: '年度对比' }).click();
    // A file that is not a result document is listed with the core's message.
    const bad = join(tmpdir(), `scorecard-not-result-${process.pid}.json`);
    writeFileSync(bad, readFileSync(vector('golden.json')));
    await page.locator('#years-before').setInputFiles(bad);
    const problems = page.getByTestId('years-bad-file');
    await problems.waitFor();
    expect(await problems.textContent()).toContain('是批量输入文件（农户记录），不是评定结果');

    await page.locator('#years-before').setInputFiles(resultFile('results-2024', 2024));
    await page.locator('#years-after').setInputFiles(resultFile('results-2027', 2027));
    const comparison = page.getByTestId('comparison');
    await comparison.waitFor();
    expect(await page.getByTestId('years-bad-file').count()).toBe(0);

    const matrix = page.getByTestId('transition-matrix');
    const codes = await matrix.locator('tbody th[scope=row]').allTextContents();
    expect(codes).toEqual(['AAA', 'AA', 'A', 'B', 'C', 'NR']);
    expect(await matrix.locator('td').count()).toBe(36);
    expect(await page.getByTestId('psi').textContent()).toMatch(/^PSI \d\.\d{4}$/);
    expect(await page.getByTestId('psi-chart').locator('rect').count()).toBeGreaterThan(0);

    const delisted = page.locator('[data-testid=village-comparisons] tr[data-move=delisted]');
    expect(await delisted.count()).toBeGreaterThan(0);
    expect(await delisted.first().textContent()).toContain('摘牌');
    expect(
      await page.locator('[data-testid=rating-moves] li[data-move=delisted]').textContent(),
    ).toMatch(/摘牌\s*[1-9]/);
    expect(await page.getByTestId('credit-changes').textContent()).toMatch(/信用户身份变化的农户/);
    await page.evaluate(() => document.querySelector('.years-files')?.scrollIntoView());
    await page.screenshot({ path: join(SCREENSHOTS, 'year-over-year.png') });

    // One village's own figures, chosen by keyboard-usable buttons.
    const id = (await delisted.first().getAttribute('data-village')) ?? '';
    await delisted.first().getByRole('button').click();
    expect(await page.getByTestId('village-move').textContent()).toContain('摘牌');
    expect(await page.getByTestId('comparison-section').textContent()).toContain(id);
  });

  test('a stricter county model: households of the loaded batch lose credit status', async () => {
    const { page } = app();
    await page.getByRole('link', { name: '模型' }).click();
    await page.getByTestId('model-compare-no-batch').waitFor();

    await loadBatch(page, vector('random.json'));
    const county = JSON.parse(readFileSync(DEFAULT_MODEL, 'utf8')) as {
      id: string;
      version: number;
      grades: { code: string; minScore: number }[];
      examples?: unknown;
    };
    county.id = 'county-strict';
    county.version = 3;
    for (const grade of county.grades) if (grade.code === 'A') grade.minScore = 75;
    // The default model's worked examples would (rightly) fail under other bands.
    delete county.examples;
    const strict = join(tmpdir(), `scorecard-strict-model-${process.pid}.json`);
    writeFileSync(strict, JSON.stringify(county));

    await page.getByRole('link', { name: '模型' }).click();
    expect(await page.getByTestId('model-compare-no-batch').count()).toBe(0);
    await page.locator('#compare-model-file').setInputFiles(strict);
    await page.getByTestId('compare-model-loaded').waitFor();
    const comparison = page.getByTestId('model-comparison');
    await comparison.waitFor();
    // The model in use is still the default one: only the comparison uses the county model.
    expect(await page.getByTestId('model-chip').textContent()).toContain('wangjiang-default');
    expect(await comparison.getByTestId('comparison-sides').textContent()).toContain(
      'county-strict',
    );
    const credit = (await comparison.getByTestId('cmp-credit').textContent()) ?? '';
    const lost = Number(/−(\d+)/.exec(credit)?.[1]);
    expect(lost).toBeGreaterThan(0);
    expect(credit).toContain('+0');
    const rows = comparison.locator('[data-testid=credit-changes] tbody tr');
    expect(await rows.count()).toBe(Math.min(lost, 50));
    expect(await rows.first().textContent()).toMatch(/A.*B/);
    // Households went from A to B only: the matrix says so.
    expect(
      await comparison
        .locator('[data-testid=transition-matrix] tr[data-from=A] td[data-to=B]')
        .textContent(),
    ).toBe(String(lost));
    expect(await comparison.getByTestId('cmp-limit-change').textContent()).toMatch(/^−/);
    await page.evaluate(() => document.querySelector('.model-comparison')?.scrollIntoView());
    await page.screenshot({ path: join(SCREENSHOTS, 'model-comparison.png') });
  });
});
