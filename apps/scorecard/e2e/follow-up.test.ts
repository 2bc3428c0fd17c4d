/**
 * The follow-up page (授信跟踪) in Chromium: the example county's results and its credit ledger
 * (`examples/ledger.json`), as the `follow-up` command reports them — the ledger accounted, the
 * funnel of the county, a township and a village, the lenders, the exceptions and their CSV; the
 * village review's batch used directly; the vectors' bad lines; files that are not what they
 * should be; and the page on a phone and under axe, in Chinese and English. Every expected
 * figure is the core's own report of the same files, computed here.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  evaluateBatch,
  type FollowUpReport,
  followUp,
  followUpExceptionsCsv,
  type HouseholdFunnel,
} from '@credit-village/core';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations } from './axe';
import { REPO_ROOT, vector } from './built-app';
import { loadBatch, PHONE, SCREENSHOTS, useBuiltApp } from './harness';
import { pageWidth, smallTargets } from './targets';

const COUNTY = join(REPO_ROOT, 'examples', 'county.json');
const LEDGER = join(REPO_ROOT, 'examples', 'ledger.json');

/** A JSON value written to a temporary file named `name`. */
function tempJson(name: string, value: unknown): string {
  const file = join(tmpdir(), `scorecard-follow-up-${process.pid}-${name}`);
  writeFileSync(file, JSON.stringify(value));
  return file;
}

const read = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** The example county's results, as `credit-village evaluate examples/county.json` writes them. */
const RESULTS = evaluateBatch(read(COUNTY));
const REPORT: FollowUpReport = followUp(RESULTS, read(LEDGER));
const RESULTS_FILE = tempJson('county-results.json', RESULTS);

/** Thousands separators, as the page writes counts. */
const count = (n: number) => n.toLocaleString('en');

async function open(page: Page, results: string, ledger: string): Promise<void> {
  await page.getByRole('link', { name: '授信跟踪' }).click();
  await page.locator('#follow-up-results-file').setInputFiles(results);
  await page.locator('#follow-up-ledger-file').setInputFiles(ledger);
}

async function openReport(page: Page, results = RESULTS_FILE, ledger = LEDGER): Promise<void> {
  await open(page, results, ledger);
  await page.getByTestId('follow-up-summary').waitFor();
}

/** The household funnel's counts as shown, by stage. */
async function shownFunnel(
  page: Page,
  id = 'follow-up-household-funnel',
): Promise<Record<string, number>> {
  return page
    .getByTestId(id)
    .locator('[data-stage]')
    .evaluateAll((stages) =>
      Object.fromEntries(
        stages.map((s) => [
          s.getAttribute('data-stage'),
          Number(s.querySelector('[data-count]')?.getAttribute('data-count')),
        ]),
      ),
    );
}

const asRecord = (funnel: HouseholdFunnel | FollowUpReport['entities']['funnel']) =>
  ({ ...funnel }) as Record<string, number>;

describe('the follow-up page in Chromium', () => {
  const app = useBuiltApp();

  test('the example county: the ledger accounted, funnels, lenders, exceptions and their CSV', async () => {
    const { page } = app();
    await openReport(page);
    const { summary } = REPORT;
    expect(await page.getByTestId('follow-up-as-of').textContent()).toBe(REPORT.asOf);
    expect(await page.locator('[data-summary=lines]').textContent()).toBe(
      `${count(summary.lines)} 条`,
    );
    expect(await page.locator('[data-summary=active]').textContent()).toBe(
      `${count(summary.active)} 条`,
    );
    expect(await page.locator('[data-summary=expired]').textContent()).toBe(
      `${count(summary.expired)} 条`,
    );
    expect(await page.locator('[data-summary=overLimit]').textContent()).toBe(
      `${count(summary.overLimit)} 个`,
    );

    // The county's funnel and metrics.
    expect(await shownFunnel(page)).toEqual(asRecord(REPORT.county.funnel));
    const coverage = page.locator('[data-testid=follow-up-metrics] [data-metric=coverage]');
    expect(await coverage.locator('[data-value]').getAttribute('data-value')).toBe(
      REPORT.county.metrics.coverage.value,
    );
    expect(await coverage.textContent()).toContain(
      `${count(REPORT.county.metrics.coverage.numerator)} / ${count(REPORT.county.metrics.coverage.denominator)}`,
    );

    // A township chosen, then a village opened from the table.
    const townships = REPORT.townships ?? [];
    expect(townships.length).toBe(10);
    expect(await page.locator('[data-testid=follow-up-townships] tbody tr').count()).toBe(10);
    expect(await page.locator('[data-testid=follow-up-township-rates] .rate-row').count()).toBe(10);
    const third = townships[2];
    await page.locator('#follow-up-scope').selectOption('2');
    expect(await shownFunnel(page)).toEqual(asRecord(third?.funnel as HouseholdFunnel));
    expect(await page.getByTestId('follow-up-household-funnel').textContent()).toContain(
      `乡镇 ${third?.id}`,
    );
    const villages = page.locator('[data-testid=follow-up-villages] tbody tr');
    expect(await villages.count()).toBe(25);
    await page.locator('#follow-up-villages-search').fill('wj-yatan-01');
    expect(await villages.count()).toBe(1);
    const yatan = REPORT.villages.findIndex((v) => v.id === 'wj-yatan-01');
    await villages.first().getByRole('button', { name: '看漏斗：wj-yatan-01' }).click();
    expect(await shownFunnel(page)).toEqual(
      asRecord(REPORT.villages[yatan]?.funnel as HouseholdFunnel),
    );
    // Lowest coverage first: the first village has the report's lowest coverage.
    await page.locator('#follow-up-villages-search').fill('');
    await page.locator('#follow-up-villages-order').selectOption('coverage');
    const lowest = [...REPORT.villages]
      .map((v) => Number(v.metrics.coverage.value ?? 'Infinity'))
      .sort((a, b) => a - b)[0];
    expect(
      Number(
        await villages
          .first()
          .locator('[data-metric=coverage] [data-value]')
          .getAttribute('data-value'),
      ),
    ).toBe(lowest);

    // The entities.
    expect(await shownFunnel(page, 'follow-up-entity-funnel')).toEqual(
      asRecord(REPORT.entities.funnel),
    );

    // Each lender, with its sums to the fen.
    const lenders = page.locator('[data-testid=follow-up-lenders] tbody tr');
    expect(await lenders.count()).toBe(REPORT.lenders.length);
    for (const lender of REPORT.lenders) {
      const row = page.locator(
        `[data-testid=follow-up-lenders] tr[data-lender="${lender.lender}"]`,
      );
      expect(await row.locator('[data-sum=granted]').textContent()).toBe(
        Number(lender.granted).toLocaleString('en', { minimumFractionDigits: 2 }),
      );
    }

    // The exceptions: every kind counted, over-limit ones with their excess, the CSV the core's.
    const exceptions = page.locator('[data-testid=follow-up-exceptions] tbody tr');
    expect(await exceptions.count()).toBe(Math.min(50, REPORT.exceptions.length));
    await page.locator('#follow-up-kind').selectOption('overLimit');
    expect(await exceptions.count()).toBe(Math.min(50, summary.overLimit));
    expect(summary.overLimit).toBeGreaterThan(0);
    const over = REPORT.exceptions.find((e) => e.kind === 'overLimit');
    if (over?.kind !== 'overLimit') throw new Error('the example ledger has over-limit lines');
    const overRow = page.locator(`[data-testid=follow-up-exceptions] tr[data-line="${over.line}"]`);
    expect(await overRow.textContent()).toContain('超额授信');
    expect(await overRow.textContent()).toContain(
      `核定额度 ${Number(over.limit).toLocaleString('en', { minimumFractionDigits: 2 })} 元`,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('follow-up-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('ledger-exceptions.csv');
    const csvFile = join(tmpdir(), `scorecard-follow-up-${process.pid}.csv`);
    await download.saveAs(csvFile);
    expect(readFileSync(csvFile, 'utf8')).toBe(
      followUpExceptionsCsv(REPORT.exceptions, { lang: 'zh' }),
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'follow-up.png'), fullPage: true });
  });

  test("the village review's batch, used without a results file, gives the same report", async () => {
    const { page } = app();
    await loadBatch(page, COUNTY);
    await page.getByRole('link', { name: '授信跟踪' }).click();
    await page.getByTestId('follow-up-use-batch').click();
    await expect
      .poll(() => page.getByTestId('follow-up-results-chosen').textContent())
      .toBe('使用村级评定中的「county.json」。');
    await page.locator('#follow-up-ledger-file').setInputFiles(LEDGER);
    await page.getByTestId('follow-up-summary').waitFor();
    expect(await shownFunnel(page)).toEqual(asRecord(REPORT.county.funnel));
    expect(
      await page
        .locator('[data-testid=follow-up-metrics] [data-metric=useRateAmount] [data-value]')
        .getAttribute('data-value'),
    ).toBe(REPORT.county.metrics.useRateAmount.value);
    expect(await page.locator('[data-summary=errors]').textContent()).toBe(
      `${count(REPORT.summary.errors)} 条`,
    );
  });

  test('the vectors: bad lines listed in Chinese, unknown and invalid subjects, NDJSON results', async () => {
    const { page } = app();
    const batch = read(vector('invalid-v2.json'));
    const ledger = read(vector('invalid-v2.ledger.json'));
    const results = evaluateBatch(batch);
    const report = followUp(results, ledger);
    expect(report.errors.length).toBeGreaterThan(0);
    // NDJSON results: one village per line, as `evaluate --format ndjson` writes them.
    const ndjson = join(tmpdir(), `scorecard-follow-up-${process.pid}-results.ndjson`);
    const { villages, entities = [], entityErrors = [], model } = results;
    writeFileSync(
      ndjson,
      [
        ...villages.map((v) => ({ model, ...v })),
        ...entities.map((e) => ({ kind: 'entity', model, ...e })),
        ...entityErrors.map((e) => ({ kind: 'entityError', model, ...e })),
      ]
        .map((line) => JSON.stringify(line))
        .join('\n'),
    );
    await openReport(page, ndjson, vector('invalid-v2.ledger.json'));
    const errors = page.locator('[data-testid=follow-up-errors] li');
    expect(await errors.count()).toBe(
      Math.min(
        report.errors.flatMap((e) => e.issues).length,
        report.errors.slice(0, 50).flatMap((e) => e.issues).length,
      ),
    );
    const text = (await page.getByTestId('follow-up-errors').textContent()) ?? '';
    expect(text).toMatch(/#\d+/);
    // The clerk's words, not the core's English messages.
    for (const issue of report.errors.flatMap((e) => e.issues))
      expect(text).not.toContain(issue.message);
    const kinds = new Set(report.exceptions.map((e) => e.kind));
    for (const kind of kinds)
      expect(
        await page.locator(`[data-testid=follow-up-exceptions] tr[data-kind=${kind}]`).count(),
      ).toBe(report.exceptions.filter((e) => e.kind === kind).slice(0, 50).length);
  });

  test('files that are not results or not a ledger are named, with what is wrong', async () => {
    const { page } = app();
    // A batch of input records where results belong.
    await open(page, COUNTY, LEDGER);
    const failed = page.getByTestId('follow-up-file-failed');
    await failed.waitFor();
    expect(await failed.textContent()).toContain('「county.json」无法使用');
    // Results, and the results again where the ledger belongs.
    await page.locator('#follow-up-results-file').setInputFiles(RESULTS_FILE);
    await page.locator('#follow-up-ledger-file').setInputFiles(RESULTS_FILE);
    await page
      .getByText(`「scorecard-follow-up-${process.pid}-county-results.json」无法使用`)
      .waitFor();
    const words = (await failed.textContent()) ?? '';
    expect(words).not.toMatch(/\b(expected|unknown key|required)\b/);
  });

  test('axe finds nothing, in Chinese and English, before and after the report', async () => {
    const { page } = app();
    await page.getByRole('link', { name: '授信跟踪' }).click();
    await page.getByTestId('follow-up-waiting').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await openReport(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Credit follow-up' }).waitFor();
    expect(await page.getByTestId('follow-up-household-funnel').textContent()).toContain(
      'registered',
    );
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the follow-up page on a phone (375 × 812)', () => {
  const app = useBuiltApp({ viewport: PHONE, touch: true });

  test('fits the screen, every target is 44 px, axe finds nothing, in both languages', async () => {
    const { page } = app();
    await openReport(page);
    expect(await smallTargets(page, '.follow-up-page')).toEqual([]);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-follow-up.png'), fullPage: true });
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Credit follow-up' }).waitFor();
    expect(await smallTargets(page, '.follow-up-page')).toEqual([]);
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    expect(await axeViolations(page)).toEqual([]);
  });
});
