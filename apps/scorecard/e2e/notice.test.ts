import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { vector } from './built-app';
import { loadBatch, printCount, SCREENSHOTS, stubPrint, useBuiltApp } from './harness';

const app = useBuiltApp();

const NAMES = [
  '王小明',
  '李建国',
  '张秀英',
  '刘德华',
  '陈光明',
  '杨大军',
  '赵丽华',
  '黄志强',
  '周小红',
];

/** golden.json with a head (name and id number) in every household. */
function namedBatch(): string {
  const golden = JSON.parse(readFileSync(vector('golden.json'), 'utf8')) as {
    evalYear: number;
    villages: { households: Record<string, unknown>[] }[];
  };
  for (const village of golden.villages) {
    village.households = village.households.map((h, i) => ({
      ...h,
      head: { name: NAMES[i % NAMES.length], idNumber: `34082719900101${String(1000 + i)}` },
    }));
  }
  const file = join(tmpdir(), `scorecard-named-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(golden));
  return file;
}

describe('the public notice in Chromium', () => {
  test('the CSV downloads with a BOM and masked names; the print view opens', async () => {
    const { page } = app();
    await loadBatch(page, namedBatch());
    await page.getByRole('button', { name: /查看村「golden/ }).click();
    await page.getByTestId('notice-panel').waitFor();
    await page.locator('#notice-date').fill('2025-03-01');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '下载 CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('notice-golden.csv');
    const saved = join(tmpdir(), `scorecard-notice-${process.pid}.csv`);
    await download.saveAs(saved);
    const bytes = readFileSync(saved);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv).toContain('1,H1,王**,3408**********1000,AAA 优秀,是,163000.00');
    expect(csv).toContain('周**');
    for (const name of NAMES) expect(csv).not.toContain(name);
    expect(csv).not.toContain('340827199001011000');
    expect(csv.split('\r\n').filter((line) => line !== '')).toHaveLength(1 + 9);

    // Print: the app's own printable view (a blob: page would inherit the app's CSP).
    await stubPrint(page);
    await page.getByRole('button', { name: '打印公示' }).click();
    const sheet = page.getByTestId('notice-sheet');
    await sheet.waitFor();
    const text = (await sheet.textContent()) ?? '';
    expect(text).toContain('Worked examples H1-H9 (domain brief section 4) 信用户评定结果公示');
    expect(text).not.toContain('sha256');
    expect(text).toContain('2025年3月1日至2025年3月7日');
    expect(text).toContain('王**');
    for (const name of NAMES) expect(text).not.toContain(name);
    expect(await sheet.locator('tbody tr').count()).toBe(9);
    await page.getByRole('button', { name: '打印', exact: true }).click();
    expect(await printCount(page)).toBe(1);
    // Printed, only the sheet shows: the header and the toolbar are screen-only.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    expect(await sheet.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await page.screenshot({ path: join(SCREENSHOTS, 'notice.png') });

    await page.getByRole('button', { name: /关闭公示/ }).click();
    await page.getByTestId('village-detail').waitFor();
  });

  test('an invalid date is refused with the core’s message', async () => {
    const { page } = app();
    await loadBatch(page, namedBatch());
    await page.getByRole('button', { name: /查看村「golden/ }).click();
    await page.locator('#notice-date').fill('');
    await page.getByRole('button', { name: '打印公示' }).click();
    const invalid = page.getByTestId('notice-invalid');
    await invalid.waitFor();
    expect(await invalid.textContent()).toContain('YYYY-MM-DD');
  });
});
