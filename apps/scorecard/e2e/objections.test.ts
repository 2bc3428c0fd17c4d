/**
 * The objections page (公示异议) in Chromium: the example county's results and its register of
 * objections tracked on 2025-01-08 (as the README's `objections` report), a re-review entered
 * and an objection added, the register saved; and the village review's batch used directly.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateBatch, trackObjections } from '@credit-village/core';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from './axe';
import { REPO_ROOT } from './built-app';
import { loadBatch, SCREENSHOTS, useBuiltApp } from './harness';
import { storeSettled } from './stored';

const app = useBuiltApp();

const COUNTY = join(REPO_ROOT, 'examples', 'county.json');
const OBJECTIONS = join(REPO_ROOT, 'examples', 'objections.json');

/** The example county's results, as `credit-village evaluate examples/county.json` writes them. */
const RESULTS = evaluateBatch(JSON.parse(readFileSync(COUNTY, 'utf8')));

function countyResults(): string {
  const file = join(tmpdir(), `scorecard-county-results-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(RESULTS));
  return file;
}

/** The results' figures as the page says them: villages, households rated, invalid records. */
const FIGURES = `${RESULTS.summary.villages.toLocaleString('en')} 个村，${RESULTS.summary.households.toLocaleString('en')} 户已评定，${RESULTS.summary.invalidHouseholds} 户记录无效`;

/** The count shown for a status (or `all`, `errors`, `held`). */
async function count(page: Page, status: string): Promise<string> {
  return (
    (await page
      .locator(`[data-testid=objections-counts] dd[data-status="${status}"]`)
      .textContent()) ?? ''
  );
}

/** A row of the list of objections by its 0-based index in the register. */
const row = (page: Page, index: number) =>
  page.locator(`[data-testid=objections-table] tbody tr[data-index="${index}"]`);

async function openTracked(page: Page): Promise<void> {
  await page.getByRole('link', { name: '公示异议' }).click();
  await page.locator('#objections-results-file').setInputFiles(countyResults());
  await page.getByTestId('objections-results-loaded').waitFor();
  await page.locator('#objections-file').setInputFiles(OBJECTIONS);
  await page.locator('#objections-today').fill('2025-01-08');
  await page.getByTestId('objections-summary').waitFor();
}

describe('the objections page in Chromium', () => {
  test('the example register on 2025-01-08: statuses, due dates, held households, problems', async () => {
    const { page } = app();
    await openTracked(page);
    expect(await page.getByTestId('objections-results-loaded').textContent()).toContain(FIGURES);
    expect(await page.getByTestId('objections-period').textContent()).toBe(
      '公示期：2024年12月20日至2024年12月26日（7 天）',
    );
    // The README's report of `credit-village objections … --today 2025-01-08`.
    expect(await count(page, 'all')).toBe('11');
    expect(await count(page, 'pending')).toBe('3');
    expect(await count(page, 'overdue')).toBe('2');
    expect(await count(page, 'resolved')).toBe('3');
    expect(await count(page, 'resolvedLate')).toBe('1');
    expect(await count(page, 'late')).toBe('1');
    expect(await count(page, 'errors')).toBe('1');
    expect(await count(page, 'held')).toBe('5');

    const week = (await page.getByTestId('objections-due-week').textContent()) ?? '';
    expect(week.indexOf('HUAYANG02-031')).toBeGreaterThanOrEqual(0);
    expect(week.indexOf('HUAYANG02-031')).toBeLessThan(week.indexOf('YANGWAN03-006'));
    expect(week).toContain('2025年1月8日');
    expect(week).toContain('2025年1月10日');
    const overdue = (await page.getByTestId('objections-overdue').textContent()) ?? '';
    expect(overdue).toContain('2025年1月6日');
    expect(overdue).toContain('TAICI03-101');
    expect(overdue).toContain('YATAN01-042');

    const held = page.getByTestId('objections-held');
    expect(await held.locator('.held-id').count()).toBe(5);
    expect(await held.locator('[data-household="YATAN01-042"]').textContent()).toContain('复核中');
    expect(await page.getByTestId('objections-final').textContent()).toContain('wj-yatan-04');

    // Each objection: its status and due date in Chinese; the one with a problem says what.
    expect(await row(page, 1).getAttribute('data-status')).toBe('overdue');
    expect(await row(page, 1).textContent()).toContain('2025年1月7日');
    expect(await row(page, 0).textContent()).toContain('已按期复核');
    expect(await row(page, 0).textContent()).toContain('异议成立');
    const bad = page.locator('[data-testid=objections-table] tr.is-error');
    expect(await bad.count()).toBe(1);
    expect(await bad.textContent()).toContain('第 11 条');
    expect(await bad.textContent()).toContain('户号：评定结果中没有这个村或这户');
    // The grounds are never shown.
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toContain('村民反映该户有赌博行为');
    expect(text).not.toContain('户主认为家庭收入漏计');
    await page.screenshot({ path: join(SCREENSHOTS, 'objections.png'), fullPage: true });

    // Another day: on 2024-12-31 none is overdue yet, and re-reviews dated after it are problems.
    await page.locator('#objections-today').fill('2024-12-31');
    await expect.poll(() => count(page, 'overdue')).toBe('0');
    expect(Number(await count(page, 'errors'))).toBeGreaterThan(1);
    expect(
      await page.locator('[data-testid=objections-table] tr.is-error').first().textContent(),
    ).toContain('还没有发生');
  });

  test('a re-review entered and an objection added; the register saved with both', async () => {
    const { page } = app();
    await openTracked(page);

    // YATAN01-042 (no. 2), overdue since 2025-01-07: re-reviewed today, upheld → resolved late.
    await row(page, 1)
      .getByRole('button', { name: /登记复核结果：第 2 条/ })
      .click();
    const form = page.getByTestId('resolve-form');
    // A date before the filing is refused by the core, in its words.
    await form.getByLabel('复核日期').fill('2024-12-01');
    await form.getByLabel('异议成立').check();
    await form.getByRole('button', { name: '确认' }).click();
    await expect
      .poll(() => form.getByTestId('resolve-issues').textContent())
      .toContain('处理日期早于提出异议的日期');
    expect(await row(page, 1).getAttribute('data-status')).toBe('overdue');
    await form.getByLabel('复核日期').fill('2025-01-08');
    await form.getByRole('button', { name: '确认' }).click();
    await expect.poll(() => row(page, 1).getAttribute('data-status')).toBe('resolvedLate');
    expect(await count(page, 'held')).toBe('4');
    expect(
      await page.getByTestId('objections-held').locator('[data-household="YATAN01-042"]').count(),
    ).toBe(0);

    // An objection to a household not in the results is not added: the core says why.
    const add = page.getByTestId('add-objection');
    await add.getByLabel('村编号').selectOption('wj-yatan-01');
    await add.getByLabel('户号').fill('YATAN01-999');
    await add.getByLabel('提出日期').fill('2024-12-24');
    await add.getByLabel('异议理由').fill('评议偏低');
    await add.getByTestId('add-objection-submit').click();
    await expect
      .poll(() => add.getByTestId('add-objection-issues').textContent())
      .toContain('评定结果中没有这个村或这户');
    expect(await count(page, 'all')).toBe('11');
    // A household of the village: added, pending, held.
    await add.getByLabel('户号').fill('YATAN01-003');
    await add.getByLabel('村民').check();
    await add.getByTestId('add-objection-submit').click();
    await expect.poll(() => count(page, 'all')).toBe('12');
    expect(await row(page, 11).getAttribute('data-status')).toBe('pending');
    expect(await row(page, 11).textContent()).toContain('2025年1月8日');
    expect(await count(page, 'held')).toBe('5');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('objections-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe('objections.json');
    const saved = join(tmpdir(), `scorecard-objections-saved-${process.pid}.json`);
    await download.saveAs(saved);
    const before = JSON.parse(readFileSync(OBJECTIONS, 'utf8')) as {
      objections: Record<string, unknown>[];
    };
    const after = JSON.parse(readFileSync(saved, 'utf8')) as typeof before;
    // Everything as it was, but the resolution and the new objection.
    const expected = structuredClone(before);
    (expected.objections[1] as Record<string, unknown>).resolution = {
      date: '2025-01-08',
      outcome: 'upheld',
    };
    expected.objections.push({
      village: 'wj-yatan-01',
      household: 'YATAN01-003',
      filed: '2024-12-24',
      by: 'villager',
      grounds: '评议偏低',
    });
    expect(after).toEqual(expected);

    // The register as a spreadsheet: a byte-order mark, a row per objection, no grounds.
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('objections-csv').click(),
    ]);
    const csvFile = join(tmpdir(), `scorecard-objections-${process.pid}.csv`);
    await csv.saveAs(csvFile);
    const bytes = readFileSync(csvFile);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').trim().split('\r\n');
    expect(lines).toHaveLength(1 + 12);
    expect(lines[2]).toBe(
      '2,wj-yatan-01,YATAN01-042,村民,2024-12-23,2025-01-07,逾期复核,2025-01-08,异议成立',
    );
    expect(bytes.toString('utf8')).not.toContain('评议偏低');

    // The register survives a reload (the results are loaded again).
    await storeSettled(page);
    await page.reload();
    await page.getByRole('link', { name: '公示异议' }).click();
    expect(await page.getByTestId('objections-register-loaded').textContent()).toContain(
      '已在此登记或办结异议',
    );
  });

  test("the village review's batch, used without a results file", async () => {
    const { page } = app();
    await loadBatch(page, COUNTY);
    await page.getByRole('link', { name: '公示异议' }).click();
    await page.getByTestId('objections-use-batch').click();
    expect(await page.getByTestId('objections-results-loaded').textContent()).toContain(
      `使用村级评定中的「county.json」：${FIGURES}`,
    );
    await page.locator('#objections-file').setInputFiles(OBJECTIONS);
    await page.locator('#objections-today').fill('2025-01-08');
    await page.getByTestId('objections-summary').waitFor();
    expect(await count(page, 'held')).toBe('5');
    expect(await count(page, 'pending')).toBe('3');

    // The village review marks the households the register holds (复核中).
    const report = trackObjections(
      RESULTS,
      JSON.parse(readFileSync(OBJECTIONS, 'utf8')),
      '2025-01-08',
    );
    const village = report.held[0]?.village ?? '';
    const held = report.held.filter((h) => h.village === village).map((h) => h.household);
    await page.getByRole('link', { name: '村级评定' }).click();
    await page.locator('#village-search').fill(village);
    await page.locator(`[data-testid=village-table] tr[data-village="${village}"] button`).click();
    expect(await page.getByTestId('village-held').textContent()).toBe(
      `本村 ${held.length} 户有待复核的异议（异议登记表「objections.json」，统计日 2025-01-08）：复核前评定结果未定，暂不授信。`,
    );
    const shown = await page
      .locator('[data-testid=household-table] tbody tr[data-household]')
      .evaluateAll((rows) =>
        rows.map((r) => [
          r.getAttribute('data-household'),
          r.querySelector('[data-testid=held-badge]') !== null,
        ]),
      );
    expect(shown.length).toBeGreaterThan(held.length);
    for (const [id, badge] of shown) expect(badge, String(id)).toBe(held.includes(String(id)));
    expect(shown.some(([id]) => held.includes(String(id)))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });
});
