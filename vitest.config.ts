import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const core = fileURLToPath(new URL('./packages/core/src/index.ts', import.meta.url));
const workbook = fileURLToPath(new URL('./packages/workbook/src/index.ts', import.meta.url));

export default defineConfig({
  resolve: { alias: { '@credit-village/core': core, '@credit-village/workbook': workbook } },
  test: {
    setupFiles: [fileURLToPath(new URL('./test/setup-fast-check.ts', import.meta.url))],
    projects: [
      {
        extends: true,
        test: { name: 'repo', include: ['test/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        // Property tests run thousands of cases; a loaded CI machine must not time them out.
        test: {
          name: 'core',
          include: ['packages/core/test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'workbook',
          include: ['packages/workbook/test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'cli',
          include: ['packages/cli/test/**/*.test.ts'],
          environment: 'node',
          // The fuzz properties start the command hundreds of times: 25 s alone, a minute on
          // a machine busy with other work.
          testTimeout: 180_000,
        },
      },
      {
        extends: true,
        // Some component tests evaluate a whole county (twice, for the model comparison): a few
        // seconds alone, more than vitest's default 5 s on a busy machine.
        test: {
          name: 'scorecard',
          include: ['apps/scorecard/test/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: [
            fileURLToPath(new URL('./apps/scorecard/test/setup-pages.ts', import.meta.url)),
          ],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['apps/scorecard/e2e/**/*.test.ts', 'packages/core/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
