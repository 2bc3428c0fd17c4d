import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultModel, evaluateBatch, trackObjections } from '@credit-village/core';
import { type Browser, chromium } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The same input and model give byte-identical output in Node and in a browser: the core is
 * bundled by Vite as the scorecard bundles it, loaded in Debian's Chromium, and its result
 * documents for every vector are compared with Node's, byte for byte.
 */

const here = fileURLToPath(new URL('.', import.meta.url));
const vectors = fileURLToPath(new URL('../../../test/vectors/', import.meta.url));
const NAMES = [
  'golden',
  'random',
  'random-edge',
  'invalid',
  'review',
  'entities',
  'townships',
  'invalid-v2',
];

let dir = '';
let server: Server;
let browser: Browser;
let base = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cv-core-bundle-'));
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
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>core</title>');
      return;
    }
    const file = url.pathname.startsWith('/vectors/')
      ? join(vectors, url.pathname.slice('/vectors/'.length))
      : join(dir, url.pathname);
    let body: Buffer;
    try {
      body = readFileSync(file);
    } catch {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, {
        'content-type': extname(file) === '.js' ? 'text/javascript' : 'application/json',
      })
      .end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
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
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('Node and the browser bundle agree byte for byte', () => {
  it('on the model hash and every vector, on both paths', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    // A string, not a function: the test runner would rewrite import() inside a function body.
    const script = `(async () => {
      const core = await import('/core.js');
      const out = { hash: core.defaultModel().hash };
      for (const name of ${JSON.stringify(NAMES)}) {
        const doc = await (await fetch('/vectors/' + name + '.json')).json();
        out[name] = JSON.stringify(core.evaluateBatch(doc));
        out[name + ':reference'] = JSON.stringify(core.evaluateBatch(doc, { reference: true }));
      }
      const objections = await (await fetch('/vectors/objections.json')).json();
      const review = await (await fetch('/vectors/review.json')).json();
      out.objections = JSON.stringify(
        core.trackObjections(core.evaluateBatch(review), objections, '2024-10-17'),
      );
      return out;
    })()`;
    const browserOutput = (await page.evaluate(script)) as Record<string, string>;
    expect(browserOutput.hash).toBe(defaultModel().hash);
    for (const name of NAMES) {
      const doc = JSON.parse(readFileSync(join(vectors, `${name}.json`), 'utf8'));
      const node = JSON.stringify(evaluateBatch(doc));
      expect(browserOutput[name], name).toBe(node);
      expect(browserOutput[`${name}:reference`], `${name} (reference)`).toBe(node);
    }
    const objections = JSON.parse(readFileSync(join(vectors, 'objections.json'), 'utf8'));
    const review = JSON.parse(readFileSync(join(vectors, 'review.json'), 'utf8'));
    expect(browserOutput.objections, 'objections').toBe(
      JSON.stringify(trackObjections(evaluateBatch(review), objections, '2024-10-17')),
    );
  });
});
