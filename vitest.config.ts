import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const core = fileURLToPath(new URL('./packages/core/src/index.ts', import.meta.url));

export default defineConfig({
  resolve: { alias: { '@credit-village/core': core } },
  test: {
    setupFiles: [fileURLToPath(new URL('./test/setup-fast-check.ts', import.meta.url))],
    projects: [
      {
        extends: true,
        test: { name: 'core', include: ['packages/core/test/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});
