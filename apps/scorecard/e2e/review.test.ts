/**
 * The democratic review (民主评议) in Chromium: a village's panel enters its marks for two
 * households, with and without a quorum, with a veto that stands and one that does not; the
 * review is saved as the batch document the command evaluates, and opened again.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evaluateBatch } from '@credit-village/core';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { vector } from './built-app';
import { SCREENSHOTS, useBuiltApp } from './harness';
import { storeSettled } from './stored';

const app = useBuiltApp();

/** golden.json's H1 and H2 without their final civility marks: a village waiting for its panel. */
function villageFile(): string {
  const golden = JSON.parse(readFileSync(vector('golden.json'), 'utf8')) as {
    villages: Record<string, unknown>[];
  };
  const village = golden.villages[0] as { households: Record<string, unknown>[] };
  const households = village.households
    .filter((h) => h.id === 'H1' || h.id === 'H2')
    .map(({ civility: _civility, ...rest }) => rest);
  const file = join(tmpdir(), `scorecard-review-village-${process.pid}.json`);
  writeFileSync(
    file,
    JSON.stringify({ evalYear: 2024, villages: [{ ...village, id: 'panel-test', households }] }),
  );
  return file;
}

/** The card of a panel member in the open household. */
const card = (page: Page, id: string) =>
  page.locator(`[data-testid=member-card][data-member="${id}"]`);

/** The quorum line's state and text. */
async function quorum(page: Page): Promise<{ state: string | null; text: string }> {
  const line = page.getByTestId('review-quorum');
  return { state: await line.getAttribute('data-state'), text: (await line.textContent()) ?? '' };
}

/** The mark the core took in a dimension (the outcome's table). */
async function taken(page: Page, dimension: string): Promise<string> {
  return (
    (await page
      .locator(`[data-testid=review-dimensions] tr[data-dimension="${dimension}"] .review-taken`)
      .textContent()) ?? ''
  );
}

describe('the democratic review in Chromium', () => {
  test('a panel of six: marks typed, the quorum met and missed, a veto; saved and opened again', async () => {
    const { page } = app();
    page.on('dialog', (dialog) => void dialog.accept());
    await page.getByRole('link', { name: '民主评议' }).click();
    await page.locator('#review-file').setInputFiles(villageFile());
    await page.getByTestId('panel-card').waitFor();

    // The panel: six members, the first renamed.
    await page.locator('#review-panel-size').fill('6');
    await page.getByTestId('fill-members').click();
    await expect.poll(() => page.locator('.member-row').count()).toBe(6);
    const first = page.locator('.member-row input').first();
    await first.fill('director');

    await page.getByRole('button', { name: '评议农户 H1' }).click();
    await page.getByTestId('review-start').click();
    await expect.poll(() => page.getByTestId('member-card').count()).toBe(6);

    // Two members abstain; four enter their marks by quick entry (1 好, 2 一般, 3 差).
    await card(page, 'r5').getByLabel('到会').uncheck();
    await card(page, 'r6').getByLabel('到会').uncheck();
    const marks: Record<string, string> = {
      director: '11111111',
      r2: '21111112',
      r3: '21311111',
      r4: '11311112',
    };
    for (const [id, digits] of Object.entries(marks))
      await card(page, id).getByLabel('快速录入').pressSequentially(digits);
    // One mark changed in its select, as a clerk corrects a slip.
    await card(page, 'r4').getByLabel('邻里关系').selectOption({ label: '一般' });

    // 4 of 6 present: exactly two thirds, a quorum.
    expect(await quorum(page)).toMatchObject({ state: 'met' });
    expect((await quorum(page)).text).toContain('到会 4 人 / 小组 6 人');
    expect((await quorum(page)).text).toContain('至少 4 人');
    // lawAbiding good, fair, fair, good → sorted fair, fair, good, good → the lower middle: 一般.
    expect(await taken(page, 'lawAbiding')).toBe('一般');
    // filialPiety good, good, poor, poor → the lower middle: 差.
    expect(await taken(page, 'filialPiety')).toBe('差');
    expect(await taken(page, 'publicSpirit')).toBe('一般');
    expect(await taken(page, 'neighbourliness')).toBe('好');
    await page.getByTestId('review-result').waitFor();
    const scoreWithQuorum = await page.getByTestId('score').textContent();

    // A third member leaves: 3 of 6, no quorum, said in the core's words.
    await card(page, 'r4').getByLabel('到会').uncheck();
    expect(await quorum(page)).toMatchObject({ state: 'short' });
    expect((await quorum(page)).text).toContain('至少需要 4 人到会');
    const problems = page.getByTestId('review-problems');
    await expect
      .poll(() => problems.textContent())
      .toContain('到会 3 人，评议小组共 6 人，至少需要 4 人到会');
    expect(await page.getByTestId('review-result').count()).toBe(0);
    expect(await taken(page, 'lawAbiding')).toBe('—');
    await page.screenshot({ path: join(SCREENSHOTS, 'review-no-quorum.png'), fullPage: true });

    // Back: r4's marks were kept while away.
    await card(page, 'r4').getByLabel('到会').check();
    expect(await quorum(page)).toMatchObject({ state: 'met' });
    expect(await page.getByTestId('score').textContent()).toBe(scoreWithQuorum);

    // V4 proposed by 2 of 4: not more than half, no veto.
    for (const id of ['director', 'r2']) {
      await card(page, id).locator('summary').click();
      await card(page, id).getByLabel('V4 不赡养老人').check();
    }
    const v4 = page.locator('[data-testid=review-vetoes] tr[data-veto="V4"]');
    await expect.poll(() => v4.textContent()).toContain('2 / 4 人');
    expect(await v4.textContent()).toContain('不成立');
    expect(await page.getByTestId('grade').textContent()).not.toContain('NR');
    // By 3 of 4: a veto; the household is not rated.
    await card(page, 'r3').locator('summary').click();
    await card(page, 'r3').getByLabel('V4 不赡养老人').check();
    await expect.poll(() => v4.textContent()).toContain('3 / 4 人');
    expect(await v4.textContent()).toContain('成立');
    expect(await v4.textContent()).not.toContain('不成立');
    await expect.poll(() => page.getByTestId('grade').textContent()).toContain('NR');
    await page.screenshot({ path: join(SCREENSHOTS, 'review-veto.png'), fullPage: true });

    // H2: a second household, reviewed by all six.
    await page.getByRole('button', { name: '评议农户 H2' }).click();
    await page.getByTestId('review-start').click();
    for (const id of ['director', 'r2', 'r3', 'r4', 'r5', 'r6'])
      await card(page, id).getByLabel('快速录入').pressSequentially('11111111');
    expect(await quorum(page)).toMatchObject({ state: 'met' });
    await page.getByTestId('review-result').waitFor();

    // Saved: the batch document the command evaluates, with the panel's own marks.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('review-download').click(),
    ]);
    const saved = join(tmpdir(), `scorecard-review-saved-${process.pid}.json`);
    await download.saveAs(saved);
    const document = JSON.parse(readFileSync(saved, 'utf8')) as {
      evalYear: number;
      villages: { id: string; households: Record<string, unknown>[] }[];
    };
    expect(document.evalYear).toBe(2024);
    const [h1, h2] = document.villages[0]?.households ?? [];
    expect(h1).not.toHaveProperty('civility');
    expect(h1?.review).toEqual({
      panelSize: 6,
      marks: [
        {
          reviewer: 'director',
          civility: expect.objectContaining({ lawAbiding: 'good', familyHarmony: 'good' }),
          vetoes: ['V4'],
        },
        {
          reviewer: 'r2',
          civility: expect.objectContaining({ lawAbiding: 'fair', publicSpirit: 'fair' }),
          vetoes: ['V4'],
        },
        {
          reviewer: 'r3',
          civility: expect.objectContaining({ filialPiety: 'poor' }),
          vetoes: ['V4'],
        },
        { reviewer: 'r4', civility: expect.objectContaining({ neighbourliness: 'fair' }) },
      ],
    });
    expect(h2?.review).toMatchObject({ panelSize: 6, marks: expect.any(Array) });
    expect((h2?.review as { marks?: unknown[] } | undefined)?.marks).toHaveLength(6);
    // The core evaluates the saved file as the command would: H1 vetoed by its review.
    const results = evaluateBatch(document);
    const [r1, r2] = results.villages[0]?.households ?? [];
    expect(r1?.grade).toBe('NR');
    expect(r1?.review).toMatchObject({ panelSize: 6, present: 4, vetoes: ['V4'] });
    expect(r1?.review?.civility).toMatchObject({ lawAbiding: 'fair', filialPiety: 'poor' });
    expect(r2?.review).toMatchObject({ present: 6, vetoes: [] });

    // Cleared, then opened again from the saved file: the same panel, presence and marks.
    await page.getByRole('button', { name: '清空' }).click();
    await page.getByTestId('review-empty').waitFor();
    await page.locator('#review-file').setInputFiles(saved);
    await page.getByRole('button', { name: '评议农户 H1' }).click();
    expect(await page.getByTestId('member-card').count()).toBe(6);
    expect(await card(page, 'r5').getByLabel('到会').isChecked()).toBe(false);
    expect(await card(page, 'r4').getByLabel('邻里关系').inputValue()).toBe('fair');
    expect((await quorum(page)).text).toContain('到会 4 人 / 小组 6 人');
    await expect.poll(() => page.getByTestId('grade').textContent()).toContain('NR');

    // A reload keeps the work (the review is kept in the browser as it is typed).
    await storeSettled(page);
    await page.reload();
    await page.getByRole('button', { name: '评议农户 H2' }).click();
    expect((await quorum(page)).text).toContain('到会 6 人 / 小组 6 人');
  });

  test("the model's examples R1–R3: the median, the veto by 3 of 5, and no quorum", async () => {
    const { page } = app();
    await page.goto(`${app().url}#/review`);
    await page.getByTestId('review-example').click();
    const rows = page.locator('[data-testid=review-households] tbody tr');
    await expect.poll(() => rows.count()).toBe(3);
    await page.getByRole('button', { name: '评议农户 R1' }).click();
    expect((await quorum(page)).text).toContain('到会 5 人 / 小组 7 人');
    expect(await taken(page, 'honesty')).toBe('好');
    expect(await taken(page, 'publicSpirit')).toBe('一般');
    expect(await taken(page, 'filialPiety')).toBe('差');
    const v4 = page.locator('[data-testid=review-vetoes] tr[data-veto="V4"]');
    expect(await v4.textContent()).toContain('3 / 5 人');
    expect(await page.getByTestId('score').textContent()).toBe('87');
    expect(await page.getByTestId('grade').textContent()).toContain('NR');
    await page.screenshot({ path: join(SCREENSHOTS, 'review-r1.png'), fullPage: true });

    await page.getByRole('button', { name: '评议农户 R2' }).click();
    expect(await taken(page, 'lawAbiding')).toBe('一般');
    expect(await page.getByTestId('score').textContent()).toBe('85');
    expect(await page.getByTestId('limit').textContent()).toBe('108,000.00');

    await page.getByRole('button', { name: '评议农户 R3' }).click();
    expect(await quorum(page)).toMatchObject({ state: 'short' });
    expect((await quorum(page)).text).toContain('至少需要 6 人到会');
  });

  test('a file whose review cannot be shown as written is refused, with the core saying why', async () => {
    const { page } = app();
    const file = join(tmpdir(), `scorecard-review-bad-${process.pid}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        evalYear: 2024,
        villages: [
          {
            id: 'v',
            households: [
              {
                id: 'X1',
                review: { panelSize: 5, marks: [{ reviewer: 'a', civility: {}, note: '?' }] },
              },
            ],
          },
        ],
      }),
    );
    await page.goto(`${app().url}#/review`);
    await page.locator('#review-file').setInputFiles(file);
    const failed = page.getByTestId('review-load-failed');
    await failed.waitFor();
    const text = (await failed.textContent()) ?? '';
    expect(text).toContain('第 1 个村的第 1 户');
    expect(text).toContain('第 1 位到会评议人');
    expect(await page.getByTestId('review-empty').count()).toBe(1);
  });
});
