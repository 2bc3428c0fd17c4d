import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST_DIR, REPO_ROOT, vector } from './built-app';
import { loadBatch, SCREENSHOTS, useBuiltApp } from './harness';

const DEFAULT_MODEL = join(REPO_ROOT, 'packages', 'core', 'src', 'model', 'wangjiang-default.json');

const app = useBuiltApp();

describe('the app shell in Chromium: model, languages, CSP, offline', () => {
  test('a county model file is checked, and once valid, households and villages use it', async () => {
    const { page } = app();
    await loadBatch(page, vector('golden.json'));
    expect(await page.getByTestId('batch-summary').textContent()).toContain('783,000.00');

    await page.getByRole('link', { name: '模型' }).click();
    const broken = join(tmpdir(), `scorecard-broken-model-${process.pid}.json`);
    writeFileSync(broken, JSON.stringify({ id: 'county', version: 'one', grades: [] }));
    await page.locator('#model-file').setInputFiles(broken);
    const invalid = page.getByTestId('model-invalid');
    await invalid.waitFor();
    expect(await invalid.textContent()).toContain('version');

    const county = JSON.parse(readFileSync(DEFAULT_MODEL, 'utf8')) as {
      id: string;
      version: number;
      limit: { byGrade: { grade: string; base: string }[] };
      examples?: unknown;
    };
    county.id = 'county-e2e';
    county.version = 2;
    for (const row of county.limit.byGrade) if (row.grade === 'AAA') row.base = '90000';
    // The default model's worked examples would (rightly) fail with another base.
    delete county.examples;
    const good = join(tmpdir(), `scorecard-county-model-${process.pid}.json`);
    writeFileSync(good, JSON.stringify(county));
    await page.locator('#model-file').setInputFiles(good);
    await page.getByTestId('model-loaded').waitFor();
    expect(await page.getByTestId('model-stamp').textContent()).toContain('county-e2e');
    await page.screenshot({ path: join(SCREENSHOTS, 'model.png') });

    // The loaded batch was re-evaluated: H1 163,000 → 153,000, H9 152,000 → 142,000, H6 capped.
    await page.getByRole('link', { name: '村级评定' }).click();
    await page.getByTestId('batch-done').waitFor();
    await page.waitForFunction(() =>
      document.querySelector('[data-testid=batch-summary]')?.textContent?.includes('763,000.00'),
    );
    await page.getByRole('link', { name: '农户评分' }).click();
    await page.getByRole('button', { name: '填入示例（H1）' }).click();
    expect(await page.getByTestId('limit').textContent()).toBe('153,000.00');
  });

  test('the language switch turns the UI to English and back, and is remembered', async () => {
    const { page } = app();
    expect(await page.getByRole('link', { name: '农户评分' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('link', { name: 'Household' }).waitFor();
    expect(await page.locator('label[for=f-evalYear]').textContent()).toBe('Evaluation year *');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: 'Fill in the example (H1)' }).click();
    await page.getByTestId('result').waitFor();
    expect(await page.getByTestId('grade').textContent()).toContain('Excellent');
    await page.screenshot({ path: join(SCREENSHOTS, 'english-ui.png') });
    await page.reload();
    await page.getByRole('link', { name: 'Household' }).waitFor();
    await page.getByRole('button', { name: '切换到中文' }).click();
    await page.getByRole('link', { name: '农户评分' }).waitFor();
    expect(await page.locator('label[for=f-evalYear]').textContent()).toBe('评定年度 *');
  });

  test('the built page has a strict CSP and no inline script', async () => {
    const { page } = app();
    const html = readFileSync(join(DIST_DIR, 'index.html'), 'utf8');
    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    // Exercise every page so that any violation would be logged (and fail afterEach).
    await page.getByRole('link', { name: '模型' }).click();
    await page.getByTestId('model-stamp').waitFor();
    expect(await page.getByTestId('model-stamp').textContent()).toContain('sha256:');
    await loadBatch(page, vector('golden.json'));
  });

  test('once loaded, the app works offline (service worker)', async () => {
    const { page, context } = app();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The first visit is controlled once the worker has claimed the page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.reload();
    await page.locator('.app-header').waitFor();
    await page.getByRole('button', { name: '填入示例（H1）' }).click();
    expect(await page.getByTestId('limit').textContent()).toBe('163,000.00');
    // Every other page is a chunk of its own: each opens offline too, from the worker's cache.
    const tabs = page.getByRole('navigation', { name: '主导航' }).getByRole('link');
    for (const name of await tabs.allTextContents()) {
      await tabs.getByText(name, { exact: true }).click();
      await page.locator('main h2').first().waitFor();
      expect(await page.getByTestId('page-loading').count(), name).toBe(0);
      expect(await page.getByTestId('page-failed').count(), name).toBe(0);
    }
    await context.setOffline(false);
  });

  test('a page whose code cannot be fetched says so in Chinese, and opens when tried again', async () => {
    const { context, url } = app();
    // A context of its own: the failed fetch is logged as a console error, which the harness
    // counts as a problem in its own page. No service worker: it would cache the chunk.
    const browser = context.browser();
    if (browser === null) throw new Error('no browser');
    const other = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' });
    try {
      let reachable = false;
      await other.route(/\/assets\/verify-page-[^/]*\.js$/, (route) =>
        reachable ? route.continue() : route.abort('internetdisconnected'),
      );
      const page = await other.newPage();
      await page.goto(url);
      await page.locator('.app-header').waitFor();
      // The first page is in the first chunk: it works whatever the others do.
      await page.getByRole('button', { name: '填入示例（H1）' }).click();
      expect(await page.getByTestId('limit').textContent()).toBe('163,000.00');
      await page.getByRole('link', { name: '核验证书' }).click();
      const failed = page.getByTestId('page-failed');
      await failed.waitFor();
      expect(await failed.textContent()).toBe(
        '本页未能打开：网络不通，或应用刚刚更新。请连网后重试。重试',
      );
      reachable = true;
      await page.getByRole('button', { name: '重试' }).click();
      await page.locator('#trust-file').waitFor({ state: 'attached' });
      expect(await failed.count()).toBe(0);
    } finally {
      await other.close();
    }
  });
});
