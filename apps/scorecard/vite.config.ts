import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { cspPlugin } from './build/csp-plugin.ts';
import { preloadBootPlugin } from './build/preload-boot-plugin.ts';
import { serviceWorkerPlugin } from './build/service-worker-plugin.ts';

// Bundle the core from its TypeScript source: no prior build of packages/core is needed.
const core = fileURLToPath(new URL('../../packages/core/src/index.ts', import.meta.url));
// The workbook package likewise (it is pure: no Node module to isolate or polyfill).
const workbook = fileURLToPath(new URL('../../packages/workbook/src/index.ts', import.meta.url));

export default defineConfig({
  base: './',
  plugins: [preact(), cspPlugin(), preloadBootPlugin(), serviceWorkerPlugin()],
  resolve: { alias: { '@credit-village/core': core, '@credit-village/workbook': workbook } },
  worker: { format: 'es' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The licences of every bundled dependency (canonicalize is Apache-2.0, the rest MIT or
    // similar), served beside the app as their terms ask.
    license: { fileName: 'licenses.md' },
    // The polyfill would be an inline script, which the CSP forbids.
    modulePreload: { polyfill: false },
  },
});
