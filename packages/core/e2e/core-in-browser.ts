import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll } from 'vitest';
import { VECTORS_DIR } from '../../../test/vectors-dir.js';

/** The core bundled for a browser, served with the test vectors, and a Chromium to load it. */
export interface CoreInBrowser {
  /** The server's address: `/` is an empty page, `/core.js` the bundle, `/vectors/<file>` a vector. */
  readonly base: string;
  readonly browser: Browser;
  /** Closes the browser and the server and removes the bundle. */
  close(): Promise<void>;
}

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Bundles the core with Vite as the scorecard bundles it (minified, one ES module), serves it
 * beside the repository's vectors, and launches Debian's Chromium (never a downloaded browser)
 * with the flags the machine needs.
 */
export async function coreInBrowser(): Promise<CoreInBrowser> {
  const dir = await mkdtemp(join(tmpdir(), 'cv-core-bundle-'));
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir: dir,
      emptyOutDir: true,
      minify: true,
      lib: { entry: join(here, '../src/index.ts'), formats: ['es'], fileName: () => 'core.js' },
    },
  });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>core</title>');
      return;
    }
    const file = url.pathname.startsWith('/vectors/')
      ? join(VECTORS_DIR, url.pathname.slice('/vectors/'.length))
      : join(dir, url.pathname);
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      res.writeHead(404).end();
      return;
    }
    const type = extname(file) === '.js' ? 'text/javascript' : 'application/json';
    res.writeHead(200, { 'content-type': type }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The core in a browser for the tests of one file: bundled, served and launched before them,
 * closed after them. `openPage()` opens a page on the server's empty page, where `import('/core.js')`
 * loads the bundle.
 */
export function useCoreInBrowser(): { openPage(): Promise<Page> } {
  let setup: CoreInBrowser | undefined;
  beforeAll(async () => {
    setup = await coreInBrowser();
  });
  afterAll(async () => {
    await setup?.close();
  });
  return {
    async openPage() {
      if (setup === undefined) throw new Error('the browser is not set up');
      const page = await setup.browser.newPage();
      await page.goto(`${setup.base}/`);
      return page;
    },
  };
}
