/**
 * Issue 18 on a phone (375 × 812, touch): an applicant or a loan officer opens a certificate's
 * link; the verdict, the fields and the application fit the screen, every target is 44 px, and
 * axe finds nothing.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { entityCertificate, raisedLimit, testOffice } from '../test/certificates';
import { axeViolations } from './axe';
import { PHONE, SCREENSHOTS, useBuiltApp } from './harness';

const app = useBuiltApp({ viewport: PHONE, touch: true });

const office = testOffice('wj-phone');
const entity = entityCertificate(office);
const trustFile = join(tmpdir(), `scorecard-trust-phone-${process.pid}.json`);
writeFileSync(trustFile, office.trustText);

/** Controls of the page smaller than 44 × 44 CSS pixels (a file button counts its label). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    const targets = document.querySelectorAll<HTMLElement>(
      '.verify-page button, .verify-page select, .verify-page input:not([type=file]):not([type=checkbox]), .verify-page textarea, .verify-page summary, .verify-page .file-button label, .verify-page .check, .verify-page a, nav a',
    );
    for (const element of targets) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.height < 44 || box.width < 44) {
        small.push(
          `${element.tagName.toLowerCase()}#${element.id || element.className} ${Math.round(box.width)}×${Math.round(box.height)}`,
        );
      }
    }
    return small;
  });
}

async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

describe('the verify page on a phone (375 × 812)', () => {
  test('a link opens the verdict; the application is filled on the phone; 44 px; no overflow; axe', async () => {
    const { page, url } = app();
    const found: Record<string, unknown> = {};
    const check = async (state: string) => {
      const violations = await axeViolations(page);
      if (violations.length > 0) found[state] = violations;
      expect(await smallTargets(page), state).toEqual([]);
      expect(await pageWidth(page), state).toBeLessThanOrEqual(PHONE.width);
    };
    await page.goto(`${url}#/verify/${entity.code}`);
    await page.reload();
    await page.getByText('尚未载入信任列表，无法核验').waitFor();
    await check('link without a trust list');
    await page.locator('#trust-file').setInputFiles(trustFile);
    const verdict = page.getByTestId('verdict');
    await verdict.and(page.locator('[data-status=valid]')).waitFor();
    // The verdict took the focus, so it is on screen at once.
    const box = await page.locator('#verdict-title').boundingBox();
    expect(box !== null && box.y >= 0 && box.y + box.height <= PHONE.height).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-verify.png') });
    await page.locator('.trust-details > summary').click();
    await check('valid entity certificate, keys shown');

    await page.getByTestId('apply-start').click();
    await page.getByTestId('apply-print').click();
    await page.getByTestId('apply-errors').waitFor();
    await check('application with errors');
    await page.locator('#apply-contactName').fill('李四');
    await page.locator('#apply-contactPhone').fill('0556-5123456');
    await page.locator('#apply-amount').fill('660000');
    await page.locator('#apply-purpose').selectOption('other');
    await page.locator('#apply-purposeDetail').fill('购买鱼苗');
    await page.locator('#apply-termMonths').fill('６');
    await page.locator('#apply-repayment').selectOption('atMaturity');
    await page.locator('#apply-declared').check();
    await page.locator('#apply-bank').focus();
    // Everything fixed: the list of what to fix is gone, and the values are made plain.
    expect(await page.getByTestId('apply-errors').count()).toBe(0);
    expect(await page.locator('#apply-termMonths').inputValue()).toBe('6');
    await page.screenshot({ path: join(SCREENSHOTS, 'phone-application.png'), fullPage: true });
    await check('application filled');

    await page.locator('#verify-code').fill(raisedLimit(entity.code, '1760000.00'));
    await page.getByTestId('verify-check').click();
    await verdict.and(page.locator('[data-status=invalid]')).waitFor();
    await check('invalid');
    expect(found).toEqual({});
  });
});
