/**
 * Issue 16's scale in the app: a workbook of 100,000 households (and their 100,000 houses) is
 * read and evaluated in the worker, so the page is never frozen for more than 100 ms at a time
 * while it is imported. The main thread's long tasks (PerformanceObserver 'longtask') are
 * recorded from choosing the file until the results are on screen. Those of the import (until
 * the status says it is done) are held to issue 16's 100 ms; drawing the review of 100,000
 * results afterwards is the same as for a JSON file, held to issue 15's 200 ms (see
 * scale.test.ts). The longest of each, and how long the whole took, are printed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { batchToWorkbook } from '@credit-village/workbook';
import { describe, expect, test } from 'vitest';
import { vector } from './built-app';
import { useBuiltApp } from './harness';

const app = useBuiltApp();

/** The bound of issue 16: no main-thread task over 100 ms while the workbook is imported. */
const IMPORT_TASK_MS = 100;
/** The bound of issue 15 on drawing a county's review, whatever its file (see scale.test.ts). */
const LONGEST_TASK_MS = 200;

/** A workbook of `villages` × `households`, each a golden household under a new id. */
function countyWorkbook(villages: number, households: number): string {
  const golden = JSON.parse(readFileSync(vector('golden.json'), 'utf8')) as {
    villages: { households: { id: string }[] }[];
  };
  const template = golden.villages[0]?.households ?? [];
  const list = Array.from({ length: villages }, (_, v) => ({
    id: `county-${String(v + 1).padStart(3, '0')}`,
    householdsTotal: households,
    partyOrganisation: 'good',
    households: Array.from({ length: households }, (_, i) => ({
      ...template[i % template.length],
      id: `V${v + 1}-H${i + 1}`,
      // One bad record in every village, so the list of problems is long too.
      ...(i === 7 ? { deposits: '12.345' } : {}),
    })),
  }));
  const file = join(tmpdir(), `scorecard-100000-${process.pid}.xlsx`);
  writeFileSync(file, batchToWorkbook({ evalYear: 2024, villages: list }).bytes);
  return file;
}

describe('a county workbook of 100,000 households', () => {
  // As e2e/scale.test.ts: a busy machine may preempt the page; one more import is allowed.
  test('is imported with no main-thread task over 100 ms', {
    timeout: 600_000,
    retry: 1,
  }, async () => {
    const { page } = app();
    const made = Date.now();
    const file = countyWorkbook(500, 200);
    console.info(`the workbook written in ${Date.now() - made} ms`);
    await page.getByRole('link', { name: '村级评定' }).click();
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: [number, number][]; done: number | null };
      w.longTasks = [];
      w.done = null;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longTasks.push([entry.startTime, entry.duration]);
      }).observe({ type: 'longtask' });
      // When the status first says the import is done.
      new MutationObserver(() => {
        if (w.done === null && document.querySelector('[data-testid=batch-done]') !== null)
          w.done = performance.now();
      }).observe(document.body, { subtree: true, childList: true });
    });
    const started = Date.now();
    await page.locator('#batch-file').setInputFiles(file);
    await page.getByTestId('batch-done').waitFor({ timeout: 300_000 });
    const took = Date.now() - started;
    await page.waitForTimeout(1500);
    const { tasks, done } = await page.evaluate(() => {
      const w = window as unknown as { longTasks: [number, number][]; done: number | null };
      return { tasks: w.longTasks, done: w.done ?? Number.POSITIVE_INFINITY };
    });
    const durations = tasks.map(([, duration]) => Math.round(duration));
    const longest = Math.max(0, ...durations);
    const importing = Math.max(
      0,
      ...tasks.filter(([start]) => start < done).map(([, duration]) => Math.round(duration)),
    );
    console.info(
      `100,000-household workbook: read and evaluated in ${took} ms; ${tasks.length} long tasks on the main thread (${durations.join(', ')}): the longest while importing ${importing} ms, in all ${longest} ms`,
    );
    expect(await page.getByTestId('workbook-read').textContent()).toContain('农户 100,000 行');
    expect(await page.getByTestId('batch-summary').textContent()).toContain('99,500');
    expect(
      await page.locator('[data-testid=bad-records] tbody tr td:first-child').first().textContent(),
    ).toMatch(/^农户 第 10 行「存款（元）」$/);
    expect(importing).toBeLessThanOrEqual(IMPORT_TASK_MS);
    expect(longest).toBeLessThanOrEqual(LONGEST_TASK_MS);
  });
});
