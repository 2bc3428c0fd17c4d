#!/usr/bin/env node
/**
 * `npm run check:release` (run by CI after the tests): packs the published packages as
 * `npm run release` does, lints the tarballs (publint --strict, arethetypeswrong with the
 * ESM-only profile), then installs them into a scratch project outside the repository and uses
 * them as another service would: an ESM import, a strict TypeScript check, `require()` from
 * CommonJS (Node >= 20.19), and the installed `credit-village` command on a test vector and on
 * the example data it ships. Exits non-zero on the first failure.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (command, args, options = {}) => {
  process.stdout.write(`$ ${[command, ...args].join(' ')}\n`);
  return execFileSync(command, args, { stdio: 'inherit', ...options });
};
const capture = (command, args, options = {}) =>
  execFileSync(command, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    ...options,
  });
const check = (ok, what) => {
  if (!ok) throw new Error(`check-release: ${what}`);
  process.stdout.write(`ok: ${what}\n`);
};

run('npm', ['run', 'release'], { cwd: root });
const release = join(root, 'release');
const tarballs = readdirSync(release).filter((name) => name.endsWith('.tgz'));
const core = tarballs.find((name) => name.startsWith('credit-village-core-'));
const workbook = tarballs.find((name) => name.startsWith('credit-village-workbook-'));
const cli = tarballs.find((name) => name.startsWith('credit-village-cli-'));
check(
  core !== undefined && workbook !== undefined && cli !== undefined,
  'the three tarballs were packed',
);

for (const tarball of tarballs) {
  run(bin('publint'), ['run', '--strict', join(release, tarball)]);
  run(bin('attw'), [join(release, tarball), '--profile', 'esm-only']);
}

const scratch = mkdtempSync(join(tmpdir(), 'credit-village-consumer-'));
try {
  writeFileSync(
    join(scratch, 'package.json'),
    `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`,
  );
  run(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      join(release, core),
      join(release, workbook),
      join(release, cli),
    ],
    { cwd: scratch },
  );

  const golden = join(root, 'test', 'vectors', 'golden.json');
  writeFileSync(
    join(scratch, 'use.mjs'),
    `import { readFileSync } from 'node:fs';
import { evaluateBatch, evaluateHousehold } from '@credit-village/core';
const batch = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const result = evaluateBatch(batch);
const h1 = result.villages[0].households.find((h) => h.id === 'H1');
console.log(JSON.stringify({ model: result.model.id, grade: h1.grade, limit: h1.limit }));
`,
  );
  const esm = JSON.parse(capture('node', ['use.mjs', golden], { cwd: scratch }));
  check(
    esm.model === 'wangjiang-default' && esm.grade === 'AAA' && esm.limit === '163000.00',
    `ESM import evaluates H1 of golden.json to AAA, 163000.00 (${JSON.stringify(esm)})`,
  );

  writeFileSync(
    join(scratch, 'use.cjs'),
    `const { defaultModel } = require('@credit-village/core');
console.log(defaultModel().id);
`,
  );
  check(
    capture('node', ['use.cjs'], { cwd: scratch }).trim() === 'wangjiang-default',
    'require() from CommonJS loads the ESM package (Node >= 20.19)',
  );

  writeFileSync(
    join(scratch, 'tsconfig.json'),
    `${JSON.stringify(
      {
        compilerOptions: {
          target: 'es2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          noEmit: true,
          types: [],
        },
        files: ['typed.ts'],
      },
      null,
      2,
    )}\n`,
  );
  writeFileSync(
    join(scratch, 'typed.ts'),
    `import { type BatchResult, evaluateHousehold, type HouseholdResult, InputError } from '@credit-village/core';
export function limitOf(record: unknown): string {
  try {
    const h: HouseholdResult = evaluateHousehold(record, { evalYear: 2024 });
    return h.limit;
  } catch (error) {
    if (error instanceof InputError) return error.issues.map((i) => i.code).join(',');
    throw error;
  }
}
export function ratingOf(result: BatchResult): string {
  const rating = result.villages[0]?.rating;
  return rating === null || rating === undefined ? 'unrated' : rating;
}
`,
  );
  run(bin('tsc'), ['-p', join(scratch, 'tsconfig.json')]);
  check(true, 'a strict TypeScript project type-checks against the installed package');

  const cliBin = join(scratch, 'node_modules', '.bin', 'credit-village');
  const results = capture(cliBin, ['evaluate', golden], { cwd: scratch });
  const h1 = JSON.parse(results).villages[0].households[0];
  check(h1.id === 'H1' && h1.limit === '163000.00', 'the installed command evaluates golden.json');

  run(cliBin, ['examples'], { cwd: scratch });
  run(cliBin, ['evaluate', 'examples/county.json', '--output', 'results.json'], { cwd: scratch });
  const county = JSON.parse(readFileSync(join(scratch, 'results.json'), 'utf8'));
  const shipped = JSON.parse(readFileSync(join(scratch, 'examples', 'county.json'), 'utf8'));
  check(
    county.villages.length === shipped.villages.length &&
      county.summary.invalidHouseholds === 0 &&
      county.entities?.length === shipped.entities?.length &&
      county.county !== undefined,
    'the installed command evaluates its own example county, entities and county included',
  );

  // The county's households carry `meta`, which a workbook cannot hold: convert says so and
  // exits 1; everything that is scored comes through.
  const converted = spawnSync(
    cliBin,
    ['convert', 'examples/county.json', '--to', 'xlsx', '--output', 'county.xlsx'],
    { cwd: scratch, encoding: 'utf8' },
  );
  check(
    converted.status === 1 && /meta/.test(converted.stderr),
    'convert names what a workbook cannot hold',
  );
  run(cliBin, ['evaluate', 'county.xlsx', '--output', 'from-xlsx.json'], { cwd: scratch });
  const fromXlsx = JSON.parse(readFileSync(join(scratch, 'from-xlsx.json'), 'utf8'));
  check(
    JSON.stringify(fromXlsx.summary) === JSON.stringify(county.summary),
    'the installed command converts the county to a workbook and evaluates it to the same summary',
  );
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
