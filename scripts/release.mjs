#!/usr/bin/env node
/**
 * `npm run release`: packs every published package into `release/` (git-ignored), each
 * tarball built by its own `prepack`, and prints what it wrote. Another service installs them
 * with `npm install ./release/credit-village-core-<version>.tgz …`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const PUBLISHED = ['packages/core', 'packages/workbook', 'packages/cli'];
const root = new URL('../', import.meta.url);
const out = new URL('release/', root);
rmSync(out, { recursive: true, force: true });
mkdirSync(out);
for (const dir of PUBLISHED) {
  const { name } = JSON.parse(readFileSync(new URL(`${dir}/package.json`, root), 'utf8'));
  const report = execFileSync(
    'npm',
    ['pack', '--json', '--pack-destination', out.pathname, '-w', name],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const start = report.indexOf('[');
  for (const packed of JSON.parse(report.slice(start))) {
    process.stdout.write(
      `release/${packed.filename}  ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} kB\n`,
    );
  }
}
