import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

/** The app's folder and its build output. */
export const APP_DIR = join(HERE, '..');
export const DIST_DIR = join(APP_DIR, 'dist');

/** The repository root: three levels up from apps/scorecard/e2e. */
export const REPO_ROOT = join(HERE, '..', '..', '..');

/** A test vector of the repository's copy: `test/vectors/<name>`. */
export function vector(name: string): string {
  return join(REPO_ROOT, 'test', 'vectors', name);
}

/**
 * Makes sure the built app exists: the root `npm test` builds it first; when run alone and
 * `dist` is missing, build it here with Vite's API.
 */
export async function ensureBuilt(): Promise<void> {
  if (existsSync(join(DIST_DIR, 'index.html'))) return;
  const { build } = await import('vite');
  await build({ root: APP_DIR, configFile: join(APP_DIR, 'vite.config.ts'), logLevel: 'warn' });
}
