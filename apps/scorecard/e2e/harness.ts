import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchChromium } from './browser';
import { APP_DIR, DIST_DIR, ensureBuilt } from './built-app';
import { type StaticServer, serveDirectory } from './static-server';

/** Where the tests save their screenshots (test artefacts). */
export const SCREENSHOTS = join(APP_DIR, 'test-results', 'screenshots');

const VIEWPORT = { width: 1280, height: 900 };

/** A phone's screen (375 × 812 CSS pixels), as the phone cases of the tests use. */
export const PHONE = { width: 375, height: 812 };

/** Options of {@link useBuiltApp}. */
export interface BuiltAppOptions {
  /** The viewport of every page (default 1280 × 900). */
  readonly viewport?: { readonly width: number; readonly height: number };
  /** Emulates a touch screen (a phone), so `(pointer: coarse)` styles apply. */
  readonly touch?: boolean;
}

/** The page under test and its surroundings, valid inside a test. */
export interface Harness {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly url: string;
}

/**
 * Registers the hooks of an end-to-end test file: the built app served on a random port,
 * Chromium, and for each test a fresh context and page opened on the app. After each test, no
 * console error (CSP violations included) may have been logged.
 */
export function useBuiltApp(options: BuiltAppOptions = {}): () => Harness {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let problems: string[] = [];

  beforeAll(async () => {
    await ensureBuilt();
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await serveDirectory(DIST_DIR);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async () => {
    problems = [];
    context = await browser.newContext({
      viewport: options.viewport ?? VIEWPORT,
      locale: 'zh-CN',
      ...(options.touch === true ? { hasTouch: true, isMobile: true } : {}),
    });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    // Injected by the test harness (not by the page), so the CSP does not apply to it.
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await page.goto(server.url);
    await page.locator('.app-header').waitFor();
    // Every page's code is there before a test moves between pages and measures them at once.
    await page.locator('html[data-pages=loaded]').waitFor({ state: 'attached' });
  });

  afterEach(async () => {
    await context?.close();
    expect(problems).toEqual([]);
  });

  return () => ({ page, context, url: server.url });
}

/** Types text into an input key by key, as a user would. */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  const input = page.locator(selector);
  await input.click();
  await input.fill('');
  await input.pressSequentially(text);
}

/** Loads a batch file through the village review's file input and waits for the result. */
export async function loadBatch(page: Page, file: string): Promise<void> {
  await page.getByRole('link', { name: '村级评定' }).click();
  await page.locator('#batch-file').setInputFiles(file);
  await page.getByTestId('batch-done').waitFor();
}

/** Replaces the page's `window.print` by a counter, so a print button can be pressed in a test. */
export async function stubPrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { printed: number };
    w.printed = 0;
    window.print = () => {
      w.printed++;
    };
  });
}

/** How often the page asked to print since {@link stubPrint}. */
export async function printCount(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { printed: number }).printed);
}
