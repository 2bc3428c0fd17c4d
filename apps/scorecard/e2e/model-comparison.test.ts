/**
 * The model page's comparison in Chromium with entities, townships and the county: the example
 * county (135 villages in 10 townships, 216 entities) loaded in 村级评定, compared under a
 * stricter county model loaded on the 模型 page. The moves shown are the core's
 * (`compareModels`, as `credit-village compare --model-b` reports them); axe-clean in both
 * languages on a desktop and on a phone, and at 375 px nothing is too wide or too small.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  compareModels,
  defaultModel,
  defaultModelDocument,
  type EntityComparison,
  parseModel,
  type TownshipComparison,
} from '@credit-village/core';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, type Violation } from './axe';
import { REPO_ROOT } from './built-app';
import { PHONE, SCREENSHOTS, useBuiltApp } from './harness';
import { pageWidth, smallTargets } from './targets';

const COUNTY = join(REPO_ROOT, 'examples', 'county.json');

/**
 * The default model made stricter, as a county would: grade A from 75 points instead of 70, and
 * every township rating band from 70 % of the villages instead of 50 %.
 */
function strictDocument() {
  const county = structuredClone(defaultModelDocument()) as unknown as {
    id: string;
    version: number;
    grades: { code: string; minScore: number }[];
    township: { ratings: { minShare: string }[] };
    examples?: unknown;
  };
  county.id = 'county-strict';
  county.version = 3;
  for (const grade of county.grades) if (grade.code === 'A') grade.minScore = 75;
  for (const rating of county.township.ratings) rating.minShare = '0.7';
  // The default model's worked examples would (rightly) fail under other bands.
  delete county.examples;
  return county;
}

const STRICT = join(tmpdir(), `scorecard-county-strict-${process.pid}.json`);
writeFileSync(STRICT, JSON.stringify(strictDocument()));

/** What the core makes of the example under both models: what the page must show. */
const expected = compareModels(
  JSON.parse(readFileSync(COUNTY, 'utf8')),
  defaultModel(),
  parseModel(strictDocument()),
);

function parts(): { entities: EntityComparison; delisted: TownshipComparison } {
  const delisted = expected.townships?.find((t) => t.move === 'delisted');
  if (expected.entities === undefined || delisted === undefined)
    throw new Error('the stricter model moves entities and delists a township');
  return { entities: expected.entities, delisted };
}

const NAV = {
  zh: { villages: '村级评定', model: '模型' },
  en: { villages: 'Villages', model: 'Model' },
} as const;

/** Loads the example in the village review, then the stricter model on the model page. */
async function compareCounty(page: Page): Promise<void> {
  await page.getByRole('link', { name: NAV.zh.villages, exact: true }).click();
  await page.locator('#batch-file').setInputFiles(COUNTY);
  await page.getByTestId('county-verdict').waitFor({ timeout: 60_000 });
  await page.getByRole('link', { name: NAV.zh.model, exact: true }).click();
  await page.locator('#compare-model-file').setInputFiles(STRICT);
  await page.getByTestId('compare-model-loaded').waitFor();
  await page.getByTestId('model-comparison').waitFor({ timeout: 60_000 });
}

/** The entity and township moves on the page are the core's. */
async function expectMoves(page: Page): Promise<void> {
  const { entities, delisted } = parts();
  const comparison = page.getByTestId('model-comparison');
  const shown = comparison.getByTestId('entity-comparison');
  expect(await shown.getByTestId('cmp-entities').textContent()).toBe(
    `${entities.entities.before} / ${entities.entities.after}`,
  );
  expect(await shown.getByTestId('cmp-entity-up-down').textContent()).toBe(
    `${entities.upgrades} / ${entities.downgrades} / ${entities.unchanged}`,
  );
  expect(entities.downgrades).toBeGreaterThan(0);
  expect(
    await shown
      .locator('[data-testid=entity-transition-matrix] tr[data-from=A] td[data-to=B]')
      .textContent(),
  ).toBe(String(entities.transitions.A?.B));
  const changed = shown.locator('tbody tr[data-entity]');
  expect(await changed.count()).toBe(Math.min(entities.creditChanges.length, 50));
  expect(await changed.first().getAttribute('data-entity')).toBe(entities.creditChanges[0]?.entity);

  const moves = comparison.getByTestId('township-moves').locator('tbody tr');
  expect(await moves.count()).toBe(expected.townships?.length);
  const row = comparison.locator(`[data-testid=township-moves] tr[data-township="${delisted.id}"]`);
  expect(await row.locator('[data-move]').getAttribute('data-move')).toBe('delisted');
  expect(await row.getAttribute('class')).toBe('is-alert');
  // The county, before and after: its verdict and its credit townships' share.
  expect([
    expected.county?.before?.creditTownshipShare,
    expected.county?.after?.creditTownshipShare,
  ]).toEqual(['0.1000', '0.0000']);
  expect(await comparison.getByTestId('county-comparison').textContent()).toContain(
    '10.00% → 0.00%',
  );
  // Nothing of the example is left out: every village and entity is in the comparison.
  expect(await page.getByTestId('model-compare-left-out').count()).toBe(0);
}

async function check(page: Page, state: string, found: Record<string, Violation[]>) {
  const violations = await axeViolations(page);
  if (violations.length > 0) found[state] = violations;
}

/** Runs axe on the comparison in Chinese, then in English (the moves said in English too). */
async function bothLanguages(page: Page, where: string): Promise<Record<string, Violation[]>> {
  const found: Record<string, Violation[]> = {};
  await check(page, `${where} zh`, found);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('heading', { name: 'Compare with another model' }).waitFor();
  const comparison = page.getByTestId('model-comparison');
  expect(await comparison.getByTestId('cmp-county').textContent()).toBe(
    'Not a credit county → Not a credit county',
  );
  expect(
    await comparison.locator(`tr[data-township="${parts().delisted.id}"]`).textContent(),
  ).toContain('Delisted (摘牌)');
  await check(page, `${where} en`, found);
  return found;
}

describe('on a desktop (1280 px)', () => {
  const app = useBuiltApp();

  test('examples/county.json under a stricter model: entity and township moves, axe in zh and en', async () => {
    const { page } = app();
    await compareCounty(page);
    await expectMoves(page);
    const comparison = page.getByTestId('model-comparison');
    expect(await comparison.getByTestId('cmp-county').textContent()).toBe(
      '不是信用县 → 不是信用县',
    );
    expect(
      await comparison.locator(`tr[data-township="${parts().delisted.id}"]`).textContent(),
    ).toContain('摘牌');
    await page.getByTestId('township-comparison').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'model-comparison-county.png') });
    const found = await bothLanguages(page, 'desktop');
    console.info('axe model comparison (county) desktop:', JSON.stringify(found, null, 1));
    expect(found).toEqual({});
  });
});

describe('on a phone (375 × 812)', () => {
  const app = useBuiltApp({ viewport: PHONE, touch: true });

  test('examples/county.json under a stricter model: no overflow, 44 px targets, axe in zh and en', async () => {
    const { page } = app();
    await compareCounty(page);
    await expectMoves(page);
    for (const section of ['comparison-sides', 'township-comparison', 'entity-comparison']) {
      await page.getByTestId('model-comparison').getByTestId(section).scrollIntoViewIfNeeded();
      expect(await pageWidth(page), section).toBeLessThanOrEqual(PHONE.width);
      expect(await smallTargets(page, '.model-comparison'), section).toEqual([]);
    }
    await page.getByTestId('township-comparison').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-model-comparison-county.png') });
    const found = await bothLanguages(page, 'phone');
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    console.info('axe model comparison (county) phone:', JSON.stringify(found, null, 1));
    expect(found).toEqual({});
  });
});
