/**
 * Issue 16 in Chromium: the village review reads a collection workbook (.xlsx) written by the
 * workbook package, names every problem by sheet, row and column, and downloads the results
 * as a workbook and as JSON, and the template; a workbook with problems of its own is refused,
 * each named.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultModel, evaluateBatch, groupCount, type Issue } from '@credit-village/core';
import {
  batchToWorkbook,
  locateIssue,
  placeText,
  readWorkbook,
  workbookColumns,
} from '@credit-village/workbook';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { handXlsx } from '../../../packages/workbook/test/helpers/hand-xlsx';
import { axeViolations } from './axe';
import { REPO_ROOT } from './built-app';
import { SCREENSHOTS, useBuiltApp } from './harness';

const app = useBuiltApp();
const DIR = mkdtempSync(join(tmpdir(), 'scorecard-workbook-'));

/** examples/county-with-mistakes.json (a county with a few mistakes) as a workbook. */
function countyWorkbook(): { file: string; bytes: Uint8Array } {
  const batch = JSON.parse(
    readFileSync(join(REPO_ROOT, 'examples', 'county-with-mistakes.json'), 'utf8'),
  ) as unknown;
  const { bytes } = batchToWorkbook(batch);
  const file = join(DIR, 'county.xlsx');
  writeFileSync(file, bytes);
  return { file, bytes };
}

/** What the core makes of a workbook's records, read in Node without the app. */
function expectedCounts(bytes: Uint8Array) {
  const result = evaluateBatch(readWorkbook(bytes).document);
  const collected = result.villages.reduce((n, village) => n + village.counts.collected, 0);
  return {
    villages: result.villages.length,
    collected,
    scored: result.summary.households,
    invalid: result.summary.invalidHouseholds,
    evalYear: result.evalYear,
  };
}

/**
 * Every problem of a workbook's records where the workbook package places it, as the command
 * prints it (`房屋 第 4 行「面积（m²）」`), in the result's order: read and evaluated in Node,
 * without the app.
 */
function expectedPlaces(bytes: Uint8Array): string[] {
  const imported = readWorkbook(bytes);
  const result = evaluateBatch(imported.document);
  const columns = workbookColumns(defaultModel());
  const places: string[] = [];
  result.villages.forEach((village, v) => {
    for (const error of village.errors)
      for (const issue of error.issues as readonly Issue[]) {
        const ref =
          error.index === undefined ? { village: v } : { village: v, household: error.index };
        const place = locateIssue(imported.locations, columns, ref, issue.path);
        places.push(place === undefined ? '—' : placeText(place));
      }
  });
  return places;
}

/** A download's bytes, once the page offers it. */
async function download(page: Page, testId: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [offered] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  const path = join(DIR, offered.suggestedFilename());
  await offered.saveAs(path);
  return { name: offered.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
}

/** The sheets of an .xlsx and the text of each (shared strings resolved). */
function sheetsOf(bytes: Uint8Array): Map<string, string[][]> {
  const files = unzipSync(bytes);
  const text = (name: string) => strFromU8(files[name] ?? new Uint8Array());
  const strings = [...text('xl/sharedStrings.xml').matchAll(/<si>(.*?)<\/si>/gs)].map((m) =>
    [...(m[1] ?? '').matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => t[1]).join(''),
  );
  const names = [...text('xl/workbook.xml').matchAll(/<sheet [^>]*name="([^"]+)"/g)].map(
    (m) => m[1] ?? '',
  );
  const sheets = new Map<string, string[][]>();
  names.forEach((name, i) => {
    const xml = text(`xl/worksheets/sheet${i + 1}.xml`);
    const rows = [...xml.matchAll(/<row[^>]*>(.*?)<\/row>/gs)].map((row) =>
      [...(row[1] ?? '').matchAll(/<c ([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)].map((c) => {
        const value = /<v>(.*?)<\/v>/s.exec(c[2] ?? '')?.[1] ?? '';
        return (c[1] ?? '').includes('t="s"') ? (strings[Number(value)] ?? '') : value;
      }),
    );
    sheets.set(name, rows);
  });
  return sheets;
}

describe('a collection workbook in the village review', () => {
  test('every row is a result or a problem named by sheet, row and column; results download', async () => {
    const { page } = app();
    const { file, bytes } = countyWorkbook();
    await page.getByRole('link', { name: '村级评定' }).click();
    await page.locator('#batch-file').setInputFiles(file);
    await page.getByTestId('batch-done').waitFor();
    // Every 农户 row of the workbook is counted, as scored or invalid.
    const counts = expectedCounts(bytes);
    expect(counts.invalid).toBeGreaterThan(0);
    expect(counts.scored + counts.invalid).toBe(counts.collected);
    expect(await page.getByTestId('workbook-read').textContent()).toContain(
      `农户 ${groupCount(counts.collected)} 行`,
    );
    expect(await page.getByTestId('batch-done').textContent()).toContain(
      `${groupCount(counts.scored)} 户有效`,
    );
    expect(await page.getByTestId('batch-done').textContent()).toContain(
      `${groupCount(counts.invalid)} 条农户记录无效`,
    );
    const places = await page
      .locator('[data-testid=bad-records] tbody tr td:first-child')
      .allTextContents();
    expect(places).toEqual(expectedPlaces(bytes));
    expect(places.some((place) => /^房屋 第 \d+ 行「面积（m²）」$/.test(place))).toBe(true);
    await page.getByTestId('bad-records').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'workbook-review.png') });

    const results = await download(page, 'download-results-xlsx');
    expect(results.name).toBe(`county-results-${counts.evalYear}.xlsx`);
    const sheets = sheetsOf(results.bytes);
    expect([...sheets.keys()]).toEqual([
      '汇总',
      '村级评定',
      '农户评定',
      '经营主体',
      '乡镇',
      '问题清单',
    ]);
    // 农户评定: a row per scored household under the label and key rows.
    expect(sheets.get('农户评定')?.length).toBe(2 + counts.scored);
    const problems = sheets.get('问题清单') ?? [];
    expect(problems.flat().join(' ')).toContain('房屋');
    expect(sheets.get('村级评定')?.length).toBe(2 + counts.villages);

    const json = await download(page, 'download-results');
    expect(json.name).toBe(`county-results-${counts.evalYear}.json`);
    const document = JSON.parse(new TextDecoder().decode(json.bytes)) as {
      summary: { households: number; invalidHouseholds: number };
      villages: { errors: { issues: unknown[] }[] }[];
      entityErrors?: { issues: unknown[] }[];
      townships?: { errors: { issues: unknown[] }[] }[];
    };
    expect(document.summary.households).toBe(counts.scored);
    expect(document.summary.invalidHouseholds).toBe(counts.invalid);
    // 问题清单: one row per issue of every bad record — households and villages (the review's
    // table above), entities and townships — under the label and key rows.
    const issues = (errors: readonly { issues: unknown[] }[]) =>
      errors.reduce((n, e) => n + e.issues.length, 0);
    expect(places.length).toBe(issues(document.villages.flatMap((v) => v.errors)));
    expect(problems.length).toBe(
      2 +
        places.length +
        issues(document.entityErrors ?? []) +
        issues((document.townships ?? []).flatMap((t) => t.errors)),
    );
  });

  test('the template downloads and reads back as an empty collection workbook of that year', async () => {
    const { page } = app();
    await page.getByRole('link', { name: '村级评定' }).click();
    await page.locator('#batch-eval-year').fill('2025');
    const template = await download(page, 'download-template');
    expect(template.name).toBe('采集模板-2025.xlsx');
    const read = readWorkbook(template.bytes);
    expect(read.issues).toEqual([]);
    expect(read.document).toEqual({ villages: [], evalYear: 2025 });
    expect([...sheetsOf(template.bytes).keys()]).toEqual([
      '说明',
      '村',
      '农户',
      '房屋',
      '农机车辆设施',
      '民主评议',
      '经营主体',
      '乡镇',
    ]);
  });

  test('a workbook with a formula is refused, the cell named; nothing is evaluated', async () => {
    const { page } = app();
    const keys = ['village', 'household', 'structure', 'areaM2', 'yearBuilt'];
    const bytes = handXlsx([
      { name: '说明', rows: [['评定年度', { n: '2024' }]] },
      {
        name: '村',
        rows: [
          ['id', 'householdsTotal', 'partyOrganisation'],
          ['id', 'householdsTotal', 'partyOrganisation'],
          ['v1', { n: '1' }, '好'],
        ],
      },
      { name: '农户', rows: [[], ['village', 'id'], ['v1', 'H1']] },
      {
        name: '房屋',
        rows: [[], keys, ['v1', 'H1', '砖混', { f: '100+20.5', v: '120.5' }, { n: '2010' }]],
      },
    ]);
    const file = join(DIR, 'formula.xlsx');
    writeFileSync(file, bytes);
    await page.getByRole('link', { name: '村级评定' }).click();
    await page.locator('#batch-file').setInputFiles(file);
    await page.getByTestId('batch-failed').waitFor();
    const problems = await page.getByTestId('workbook-problems').textContent();
    expect(problems).toContain('房屋 第 3 行「面积（m²）」');
    expect(problems).toContain('公式');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    expect(await page.getByTestId('workbook-problems').textContent()).toContain(
      '房屋 row 3, column D (areaM2)',
    );
    expect(await axeViolations(page)).toEqual([]);
  });

  test('axe finds nothing on the review of a workbook, in Chinese and English', async () => {
    const { page } = app();
    await page.getByRole('link', { name: '村级评定' }).click();
    const { file, bytes } = countyWorkbook();
    await page.locator('#batch-file').setInputFiles(file);
    await page.getByTestId('batch-done').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByTestId('bad-records').waitFor();
    expect(await page.getByTestId('workbook-read').textContent()).toContain(
      `${groupCount(expectedCounts(bytes).collected)} household rows`,
    );
    expect(await axeViolations(page)).toEqual([]);
  });
});
