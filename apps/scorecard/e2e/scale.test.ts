/**
 * Issue 15, defect 9: a county's batch of 100,000 households loads without freezing the page.
 * The main thread's long tasks (the browser's own measure, PerformanceObserver 'longtask') are
 * recorded from choosing the file until the results are on screen, and the longest is printed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { vector } from './built-app';
import { SCREENSHOTS, useBuiltApp } from './harness';

const app = useBuiltApp();

/** The bound of issue 15: no main-thread task over 200 ms while 100,000 households load. */
const LONGEST_TASK_MS = 200;

/** A batch of `villages` × `households`, each a golden household under a new id. */
function countyFile(villages: number, households: number): string {
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
      // One bad record in every village, so the list of bad records is long too.
      ...(i === 7 ? { deposits: 'abc' } : {}),
    })),
  }));
  const file = join(tmpdir(), `scorecard-100000-${process.pid}.json`);
  writeFileSync(file, JSON.stringify({ evalYear: 2024, villages: list }));
  return file;
}

describe('a county of 100,000 households', () => {
  // The bound is the app's; a machine busy with other work (the other test projects run beside
  // this one) can preempt the page's main thread for longer: one more load is allowed, and
  // both print their tasks.
  test('loads with no main-thread task over 200 ms, and pages its 500 villages', {
    retry: 1,
  }, async () => {
    const { page } = app();
    const file = countyFile(500, 200);
    await page.getByRole('link', { name: '村级评定' }).click();
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    });
    await page.locator('#batch-file').setInputFiles(file);
    await page.getByTestId('batch-done').waitFor({ timeout: 300_000 });
    // Let what follows the last message (rendering, the bad records) finish too.
    await page.waitForTimeout(1500);
    const tasks = await page.evaluate(
      () => (window as unknown as { longTasks: number[] }).longTasks,
    );
    const longest = Math.round(Math.max(0, ...tasks));
    console.info(
      `100,000 households: ${tasks.length} long tasks on the main thread, the longest ${longest} ms (${tasks.map(Math.round).join(', ')})`,
    );
    expect(await page.getByTestId('batch-summary').textContent()).toContain('99,500');
    expect(await page.getByTestId('village-count').textContent()).toBe('显示 500 个村，共 500 个');
    expect(await page.locator('[data-testid=village-table] tbody tr[data-village]').count()).toBe(
      25,
    );
    expect(await page.getByTestId('grade-chart').getByRole('img').count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'county-100000.png') });
    expect(longest).toBeLessThanOrEqual(LONGEST_TASK_MS);
  });
});
