/**
 * Issue 18, the web scorecard's part: certificates signed in the test with the core (a key pair
 * generated here) are checked in Chromium on the verify page (核验) of the built app.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { certificateLink, type QrDrawing, qrDrawing } from '@credit-village/core';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { TRUST_KEY } from '../src/features/verify/saved-trust';
import {
  dayFromToday,
  entityCertificate,
  householdCertificate,
  ISSUER,
  LAPSED,
  raisedLimit,
  testOffice,
} from '../test/certificates';
import { axeViolations } from './axe';
import { REPO_ROOT, vector } from './built-app';
import { SCREENSHOTS, useBuiltApp } from './harness';
import { waitForStored } from './stored';

const app = useBuiltApp();

const office = testOffice();
const household = householdCertificate(office);
const entity = entityCertificate(office);
const expired = householdCertificate(office, LAPSED);
const forged = raisedLimit(household.code);

const trustFile = join(tmpdir(), `scorecard-trust-${process.pid}.json`);
writeFileSync(trustFile, office.trustText);

/** Opens the verify page from the navigation and loads the trust list file. */
async function loadTrust(page: Page): Promise<void> {
  await page.getByRole('link', { name: '核验证书' }).click();
  await page.locator('#trust-file').setInputFiles(trustFile);
  await page.getByTestId('trust-summary').waitFor();
  // Kept in the browser's store a moment later: the tests that reload wait for it.
  await waitForStored(page, TRUST_KEY);
}

/** Pastes text into the code box through the real clipboard (Ctrl+V). */
async function clipboardPaste(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.locator('#verify-code').fill('');
  await page.locator('#verify-code').focus();
  await page.keyboard.press('Control+V');
}

/** Pastes text into the code box: the input event a paste fires. */
async function paste(page: Page, text: string): Promise<void> {
  await page.locator('#verify-code').fill('');
  await page.locator('#verify-code').focus();
  await page.evaluate((value) => {
    const box = document.querySelector<HTMLTextAreaElement>('#verify-code');
    if (box === null) throw new Error('no code box');
    box.value = value;
    box.dispatchEvent(
      new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: value }),
    );
  }, text);
}

/** Whether the page has fetched the bundled QR decoder's chunk (`assets/decode-*.js`). */
async function decoderFetched(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .some((entry) => /\/assets\/decode-[^/]*\.js$/.test(entry.name)),
  );
}

/** The QR code of `text` as the certificates print it: the core's drawing, `{ size, d }`. */
function drawingOf(text: string): QrDrawing {
  const qr = qrDrawing(text);
  if (qr === undefined) throw new Error('too long for a QR code');
  return qr;
}

/**
 * The machine has no camera: a canvas's stream stands in for it (set up by the test driver,
 * outside the page's CSP), so the page's <video> really plays. The canvas shows the QR code of
 * `text` as printed (the path stroked 1 module wide, 4 pixels a module), redrawn at each frame
 * so the stream keeps going.
 */
async function fakeCamera(page: Page, text: string): Promise<void> {
  await page.addInitScript((qr) => {
    const canvas = document.createElement('canvas');
    canvas.width = 640;
    canvas.height = 480;
    const path = new Path2D(qr.d);
    const scale = Math.floor(Math.min(canvas.width, canvas.height) / qr.size);
    const left = Math.floor((canvas.width - qr.size * scale) / 2);
    const top = Math.floor((canvas.height - qr.size * scale) / 2);
    const paint = () => {
      const g = canvas.getContext('2d');
      if (g !== null) {
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.fillStyle = '#fff';
        g.fillRect(0, 0, canvas.width, canvas.height);
        g.setTransform(scale, 0, 0, scale, left, top);
        g.strokeStyle = '#000';
        g.lineWidth = 1;
        g.stroke(path);
      }
      requestAnimationFrame(paint);
    };
    paint();
    Object.defineProperty(navigator.mediaDevices, 'getUserMedia', {
      value: async () => canvas.captureStream(10),
    });
  }, drawingOf(text));
}

let photos = 0;

/**
 * A photo of the QR code of `text` as a PNG file: the printed code on cream paper on a grey
 * table, turned by 4 degrees, drawn by Chromium's canvas in a blank page of the same browser.
 */
async function qrPhoto(context: BrowserContext, text: string): Promise<string> {
  const blank = await context.newPage();
  try {
    const url = await blank.evaluate((qr) => {
      const canvas = document.createElement('canvas');
      canvas.width = 1200;
      canvas.height = 900;
      const g = canvas.getContext('2d');
      if (g === null) throw new Error('no 2D canvas');
      g.fillStyle = '#8a8a80';
      g.fillRect(0, 0, canvas.width, canvas.height);
      const scale = 6;
      const side = qr.size * scale;
      g.translate(canvas.width / 2, canvas.height / 2);
      g.rotate((4 * Math.PI) / 180);
      g.fillStyle = '#f4f1ea';
      g.fillRect(-side / 2 - 40, -side / 2 - 40, side + 80, side + 80);
      g.translate(-side / 2, -side / 2);
      g.scale(scale, scale);
      g.strokeStyle = '#222';
      g.lineWidth = 1;
      g.stroke(new Path2D(qr.d));
      return canvas.toDataURL('image/png');
    }, drawingOf(text));
    const file = join(tmpdir(), `scorecard-qr-${process.pid}-${++photos}.png`);
    writeFileSync(file, Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'));
    return file;
  } finally {
    await blank.close();
  }
}

async function verdict(page: Page): Promise<{ status: string | null; text: string }> {
  const view = page.getByTestId('verdict');
  await view.waitFor();
  return { status: await view.getAttribute('data-status'), text: (await view.textContent()) ?? '' };
}

describe('the verify page (核验)', () => {
  test('a genuine, a forged and an expired certificate, pasted', async () => {
    const { page } = app();
    await loadTrust(page);
    expect(await page.getByTestId('trust-summary').textContent()).toContain(
      '已信任 1 个密钥：望江县信用村建设办公室',
    );

    await clipboardPaste(page, household.code);
    const genuine = await verdict(page);
    expect(genuine.status).toBe('valid');
    expect(genuine.text).toContain('有效');
    expect(genuine.text).toContain('163,000.00 元');
    expect(genuine.text).toContain('王**');
    expect(genuine.text).toContain('3408**********1234');
    expect(genuine.text).toContain('优秀');
    expect(genuine.text).not.toContain('王小明');
    expect(genuine.text).not.toContain('340827198001011234');
    await page.screenshot({ path: join(SCREENSHOTS, 'verify-valid.png'), fullPage: true });

    await paste(page, forged);
    const refused = await verdict(page);
    expect(refused.status).toBe('invalid');
    expect(refused.text).toContain('无效');
    expect(refused.text).toContain('签名不符：证书内容被改动，或是伪造的。');
    // Nothing of a refused certificate is shown, least of all the forged limit.
    expect(refused.text).not.toContain('963,000');
    expect(refused.text).not.toContain('bad_signature');
    await page.screenshot({ path: join(SCREENSHOTS, 'verify-invalid.png'), fullPage: true });

    await paste(page, expired.code);
    const lapsed = await verdict(page);
    expect(lapsed.status).toBe('expired');
    expect(lapsed.text).toContain('已过期');
    expect(lapsed.text).toContain('已于 2023年2月8日 到期');
  });

  test('any changed character of a code is refused', async () => {
    const { page } = app();
    await loadTrust(page);
    // One character in the payload, one in the signature, and the last one of each.
    const [prefix, body = '', signature = ''] = household.code.split('.');
    const flip = (text: string, at: number) =>
      `${text.slice(0, at)}${text[at] === 'A' ? 'B' : 'A'}${text.slice(at + 1)}`;
    const changed = [
      `${prefix}.${flip(body, 40)}.${signature}`,
      `${prefix}.${flip(body, body.length - 1)}.${signature}`,
      `${prefix}.${body}.${flip(signature, 10)}`,
      `${prefix}.${body}.${flip(signature, signature.length - 1)}`,
    ];
    for (const code of changed) {
      await paste(page, code);
      const seen = await verdict(page);
      expect(seen.status, code).toBe('invalid');
      expect(seen.text).toContain('无效');
    }
  });

  test('a certificate issued by the command (keys new, certify --verify-url) verifies from its link', async () => {
    const { page, url } = app();
    const dir = mkdtempSync(join(tmpdir(), 'scorecard-certify-'));
    const cli = (...args: string[]) =>
      execFileSync(
        process.execPath,
        [join(REPO_ROOT, 'packages/cli/bin/credit-village.js'), ...args],
        {
          cwd: dir,
          env: { ...process.env, NO_COLOR: '1' },
        },
      );
    cli(
      'keys',
      'new',
      '--kid',
      'wj-cli',
      '--out',
      'key.json',
      '--public-out',
      'trust.json',
      '--issuer',
      ISSUER,
    );
    cli(
      'certify',
      vector('golden.json'),
      '--key',
      'key.json',
      '--issuer',
      ISSUER,
      '--date',
      dayFromToday(-1),
      '--out-dir',
      'out',
      '--verify-url',
      url,
    );
    const first = JSON.parse(
      readFileSync(join(dir, 'out', 'certificates.ndjson'), 'utf8').split('\n')[0] ?? '',
    ) as { id: string; code: string };
    expect(first.id).toBe('H1');
    await page.getByRole('link', { name: '核验证书' }).click();
    await page.locator('#trust-file').setInputFiles(join(dir, 'trust.json'));
    await page.getByTestId('trust-summary').waitFor();
    await waitForStored(page, TRUST_KEY);
    // What the QR code holds, opened as a phone's camera app would open it.
    await page.goto(certificateLink(first.code, url));
    const seen = await verdict(page);
    expect(seen.status).toBe('valid');
    expect(seen.text).toContain('163,000.00 元');
    expect(seen.text).toContain('wj-cli');
    // The same code, with a changed character, is refused.
    await paste(page, raisedLimit(first.code));
    expect((await verdict(page)).status).toBe('invalid');
  });

  test('a #/verify/<code> link opens the page with the code checked; the trust list is kept', async () => {
    const { page, url } = app();
    await loadTrust(page);
    await page.goto(`${url}#/verify/${household.code}`);
    await page.reload();
    await page.locator('.app-header').waitFor();
    expect(await page.getByRole('link', { name: '核验证书' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect((await verdict(page)).status).toBe('valid');
    expect(await page.locator('#verify-code').inputValue()).toBe(household.code);
    // A second link followed in the same page is checked too.
    await page.evaluate((code) => {
      location.hash = `#/verify/${code}`;
    }, forged);
    await page.getByTestId('verdict').and(page.locator('[data-status=invalid]')).waitFor();
    // After a reload the trust list is still there (the browser's store), offline included.
    await page.reload();
    await page.locator('.app-header').waitFor();
    expect(await page.getByTestId('trust-summary').textContent()).toContain('1 个密钥');
  });

  test('offline, a link from a QR code is checked with the kept trust list, and a photo is read', async () => {
    const { page, context, url } = app();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await loadTrust(page);
    const photo = await qrPhoto(context, household.code);
    await context.setOffline(true);
    await page.goto(`${url}#/verify/${entity.code}`);
    await page.reload();
    await page.locator('.app-header').waitFor();
    expect((await verdict(page)).status).toBe('valid');
    // The QR decoder was never fetched by the page: the service worker has it cached.
    await page.locator('#verify-file').setInputFiles(photo);
    await page.waitForFunction(
      (code) => document.querySelector<HTMLTextAreaElement>('#verify-code')?.value === code,
      household.code,
    );
    expect((await verdict(page)).status).toBe('valid');
    expect(await decoderFetched(page)).toBe(true);
    await context.setOffline(false);
  });

  test('a link opened before the trust list is loaded is checked once it is', async () => {
    const { page, url } = app();
    await page.goto(`${url}#/verify/${household.code}`);
    await page.reload();
    await page.getByText('尚未载入信任列表，无法核验').waitFor();
    await page.locator('#trust-file').setInputFiles(trustFile);
    expect((await verdict(page)).status).toBe('valid');
  });

  test('码上填: an entity certificate prefills a guaranteed-loan application, saved as JSON', async () => {
    const { page } = app();
    await loadTrust(page);
    await paste(page, entity.code);
    const seen = await verdict(page);
    expect(seen.text).toContain('望江县兴农农民专业合作社');
    expect(seen.text).toContain('农民专业合作社');
    expect(seen.text).toContain('1,660,000.00 元');
    expect(seen.text).toContain('1,000,000.00 元');
    expect(seen.text).toContain('660,000.00 元');
    await page.getByTestId('apply-start').click();

    // Saving an empty form lists what to fix, in Chinese.
    await page.getByTestId('apply-save').click();
    const errors = page.getByTestId('apply-errors');
    await errors.waitFor();
    expect(await errors.textContent()).toContain('联系人姓名：必须填写');
    expect(await errors.textContent()).toContain('请阅读并勾选承诺');

    await page.locator('#apply-contactName').fill('王小明');
    await page.locator('#apply-contactPhone').fill('138 1234 5678');
    await page.locator('#apply-amount').fill('70万');
    await page.locator('#apply-amount').blur();
    expect(await page.locator('#apply-amount').inputValue()).toBe('700000');
    expect(await page.locator('#apply-amount-error').textContent()).toBe(
      '不能超过证书上的担保额度 660,000.00 元',
    );
    await page.locator('#apply-amount').fill('60万');
    await page.locator('#apply-purpose').selectOption('machinery');
    await page.locator('#apply-termMonths').fill('12个月');
    await page.locator('#apply-repayment').selectOption('equalInstalments');
    await page.locator('#apply-declared').check();
    await page.screenshot({ path: join(SCREENSHOTS, 'verify-application.png'), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('apply-save').click(),
    ]);
    const saved = JSON.parse(readFileSync((await download.path()) ?? '', 'utf8')) as Record<
      string,
      unknown
    >;
    expect(download.suggestedFilename()).toMatch(/^application-COOP1-\d{4}-\d{2}-\d{2}\.json$/);
    expect(saved.certificate).toBe(entity.code);
    expect(saved.applicant).toEqual({ contactName: '王小明', contactPhone: '13812345678' });
    expect(saved.loan).toEqual({
      amount: '600000.00',
      purpose: 'machinery',
      termMonths: 12,
      repayment: 'equalInstalments',
    });
    expect(saved.entity).toMatchObject({ id: 'COOP1', guaranteed: '660000.00' });
    await page.getByTestId('apply-saved').waitFor();

    // Printed, the application is alone on the page, in Chinese.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('application-sheet').isVisible()).toBe(true);
    expect(await page.getByTestId('trust-panel').isVisible()).toBe(false);
    expect(await page.locator('#apply-amount').isVisible()).toBe(false);
    const sheet = (await page.getByTestId('application-sheet').textContent()) ?? '';
    expect(sheet).toContain('担保贷款申请表');
    expect(sheet).toContain('600,000.00 元');
    expect(sheet).toContain('购置农机具');
    expect(sheet).toContain('12 个月');
    expect(sheet).toContain(entity.code);
    // The amount in capitals, and the certificate's QR code: the link to this app's check page.
    expect(await page.getByTestId('application-capitals').textContent()).toBe(
      '（大写：人民币陆拾万元整）',
    );
    const address = await page.evaluate(() => `${location.origin}${location.pathname}`);
    expect(await page.locator('[data-testid=application-qr] path').getAttribute('d')).toBe(
      qrDrawing(certificateLink(entity.code, address))?.d,
    );
    await page.screenshot({
      path: join(SCREENSHOTS, 'verify-application-print.png'),
      fullPage: true,
    });
  });

  test('scanning with the camera: the bundled decoder reads the QR code, fetched only then', async () => {
    const { page } = app();
    await fakeCamera(page, `https://county.example/scorecard/#/verify/${household.code}`);
    await page.reload();
    // Chromium on Linux has no BarcodeDetector: this is the decoder of Safari on iPhone, Firefox
    // and desktop Chrome on Windows and Linux.
    expect(await page.evaluate(() => 'BarcodeDetector' in window)).toBe(false);
    await loadTrust(page);
    await page.getByTestId('scan-start').waitFor();
    expect(await decoderFetched(page)).toBe(false);
    await page.getByTestId('scan-start').click();
    const seen = await verdict(page);
    expect(seen.status).toBe('valid');
    expect(seen.text).toContain('163,000.00 元');
    expect(await page.getByTestId('scanner').count()).toBe(0);
    expect(await page.locator('#verify-code').inputValue()).toBe(household.code);
    expect(await decoderFetched(page)).toBe(true);
  });

  test('where the browser has its own QR reader, it scans and the decoder is not fetched', async () => {
    const { page } = app();
    // The camera shows the household's certificate; the browser's reader (stood in for, as
    // Chromium on Linux has none) answers the entity's once the video plays: its answer is used.
    await fakeCamera(page, household.code);
    await page.addInitScript((code) => {
      (window as unknown as Record<string, unknown>).BarcodeDetector = class {
        static getSupportedFormats = async () => ['qr_code', 'ean_13'];
        async detect(source: HTMLVideoElement) {
          return source.readyState >= 2 && !source.paused ? [{ rawValue: code }] : [];
        }
      };
    }, entity.code);
    await page.reload();
    await loadTrust(page);
    await page.getByTestId('scan-start').click();
    const seen = await verdict(page);
    expect(seen.status).toBe('valid');
    expect(await page.locator('#verify-code').inputValue()).toBe(entity.code);
    expect(await decoderFetched(page)).toBe(false);
  });

  test('a photo of the QR code, opened as a file, is read and checked', async () => {
    const { page, context } = app();
    await loadTrust(page);
    const photo = await qrPhoto(
      context,
      `https://county.example/scorecard/#/verify/${entity.code}`,
    );
    expect(await decoderFetched(page)).toBe(false);
    await page.locator('#verify-file').setInputFiles(photo);
    const seen = await verdict(page);
    expect(seen.status).toBe('valid');
    expect(seen.text).toContain('望江县兴农农民专业合作社');
    expect(seen.text).not.toContain('文件中不止一个证书码');
    expect(await page.locator('#verify-code').inputValue()).toBe(entity.code);
    expect(await decoderFetched(page)).toBe(true);
    // A photo of a forged certificate's QR code is refused like a pasted one.
    await page.locator('#verify-file').setInputFiles(await qrPhoto(context, forged));
    await page.getByTestId('verdict').and(page.locator('[data-status=invalid]')).waitFor();
  });

  test('where no QR reader can run (no 2D canvas): said in words, pasting still works', async () => {
    const { page, context } = app();
    const photo = await qrPhoto(context, household.code);
    // A browser without a 2D canvas (none that opens this page is known; an old or locked-down
    // one): the bundled decoder could read no pixel there.
    await page.addInitScript(() => {
      Reflect.deleteProperty(window, 'OffscreenCanvas');
      Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { value: () => null });
    });
    await page.reload();
    await loadTrust(page);
    expect(await page.getByTestId('scan-unsupported').textContent()).toBe(
      '此浏览器不能扫码，可能是版本太旧。请将浏览器更新到新版本后再试，或粘贴证书码、打开证书码文件。',
    );
    expect(await page.getByTestId('scan-start').count()).toBe(0);
    await page.locator('#verify-file').setInputFiles(photo);
    expect(await page.getByTestId('code-problem').textContent()).toBe(
      '此浏览器不能从图片中识别二维码，可能是版本太旧。请将浏览器更新到新版本后再试，或粘贴证书码。',
    );
    expect(await decoderFetched(page)).toBe(false);
    await paste(page, household.code);
    expect((await verdict(page)).status).toBe('valid');
  });

  test('axe finds nothing on the page, in every state, in Chinese and English', async () => {
    const { page } = app();
    const found: Record<string, unknown> = {};
    const check = async (state: string) => {
      const violations = await axeViolations(page);
      if (violations.length > 0) found[state] = violations;
    };
    await page.getByRole('link', { name: '核验证书' }).click();
    await check('no trust list');
    await page.locator('#trust-text').fill('{ "keys": [ { "kid": "x", "x": "abc" } ] }');
    await page.getByRole('button', { name: '载入粘贴的信任列表' }).click();
    await page.getByTestId('trust-refused').waitFor();
    await check('refused trust list');
    await page.locator('#trust-file').setInputFiles(trustFile);
    await page.getByTestId('trust-summary').waitFor();
    await page.locator('.trust-details > summary').click();
    await check('trust list loaded, keys shown');
    for (const [state, code] of [
      ['valid', household.code],
      ['invalid', forged],
      ['expired', expired.code],
      ['entity', entity.code],
    ] as const) {
      await paste(page, code);
      await verdict(page);
      await check(state);
    }
    await page.getByTestId('apply-start').click();
    await page.getByTestId('apply-save').click();
    await page.getByTestId('apply-errors').waitFor();
    await check('application with errors');
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByTestId('apply-errors').waitFor();
    await check('English: application with errors');
    await paste(page, forged);
    await verdict(page);
    await check('English: invalid');
    expect(found).toEqual({});
  });
});
