/**
 * The benchmark: households/s of every variant on the same seeded households, ratios measured
 * in the same run, agreement with the reference, end to end through the command. Prints a
 * markdown table and writes it to bench/results/latest.md. Exits 1 when an exact variant
 * (exact-int, compiled) disagrees with the reference.
 *
 *   npm run bench -w @credit-village/bench -- [--households N | --quick] [--no-e2e | --e2e-only]
 *                                              [--full-reference] [--full-zen] [--seed S]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { endToEnd } from './e2e.mjs';
import { entityBench } from './entities.mjs';
import { DEFAULT_SEED, generateHouseholds } from './households.mjs';
import { inMemory } from './in-memory.mjs';
import { machine, markdown } from './report.mjs';
import { villageScaling } from './scaling.mjs';
import { grouped } from './timing.mjs';

const HELP = `usage: npm run bench -w @credit-village/bench -- [options]

  --households N     how many households (default 1,000,000)
  --quick            50,000 households: a smoke run
  --no-e2e           only the in-memory variants
  --e2e-only         only the end-to-end runs (NDJSON file, floor, the command)
  --full-reference   run the decimal reference on every household (default: all up to
                     200,000, else a 50,000 subset)
  --full-zen         run zen-engine on every household (default: up to 100,000)
  --seed S           the generator's seed (default ${DEFAULT_SEED})`;

const { values } = parseArgs({
  options: {
    households: { type: 'string' },
    quick: { type: 'boolean', default: false },
    'no-e2e': { type: 'boolean', default: false },
    'e2e-only': { type: 'boolean', default: false },
    'full-reference': { type: 'boolean', default: false },
    'full-zen': { type: 'boolean', default: false },
    seed: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const count = values.quick ? 50_000 : Number(values.households ?? 1_000_000);
const seed = Number(values.seed ?? DEFAULT_SEED);
if (!Number.isInteger(count) || count < 1000 || !Number.isInteger(seed)) {
  console.error(`--households must be a whole number ≥ 1000 and --seed a whole number\n\n${HELP}`);
  process.exit(2);
}
if (values['no-e2e'] && values['e2e-only']) {
  console.error('--no-e2e and --e2e-only exclude each other');
  process.exit(2);
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const log = (line) => console.log(line);
const before = machine();
const command =
  process.env.npm_lifecycle_event === 'bench'
    ? [
        'npm run bench -w @credit-village/bench',
        ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : []),
      ].join(' ')
    : `node ${[...process.execArgv, 'bench/src/bench.mjs', ...process.argv.slice(2)].join(' ')}`;
log(`credit-village bench: ${grouped(count)} households, seed ${seed}`);
log(`${before.cpu}, ${before.cores} cores, Node ${before.node}, load average ${before.load}`);

const started = process.hrtime.bigint();
const generated = process.hrtime.bigint();
const households = generateHouseholds(count, seed);
log(`generated in ${(Number(process.hrtime.bigint() - generated) / 1e9).toFixed(1)} s`);

const rows = [];
const notes = [];
let failed = false;
let expectedLimit;
if (!values['e2e-only']) {
  const r = await inMemory(households, {
    fullReference: values['full-reference'],
    fullZen: values['full-zen'],
    log,
  });
  rows.push(...r.rows);
  notes.push(...r.notes);
  failed = r.failed;
  expectedLimit = r.expectedLimit;
  rows.push(...villageScaling(households, { log }));
  // Entities and the township roll-up (docs/model.md §8–9).
  const e = entityBench(Math.min(count, 200_000), households, { log });
  rows.push(...e.rows);
  notes.push(...e.notes);
  failed = failed || e.failed;
}
if (!values['no-e2e']) {
  const e = await endToEnd(households, { root, log, expectedLimit });
  rows.push(...e.rows);
  notes.push(...e.notes);
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
notes.push(`whole run ${seconds.toFixed(0)} s; seed ${seed}`);
if (failed) notes.unshift('FAILED: an exact variant disagrees with the reference (see below)');

const md = markdown(rows, { command, machineBefore: before, notes });
log(`\n${md}`);
const title = `# Benchmark: ${grouped(count)} households (${new Date().toISOString()})\n\n`;
const results = new URL('../results/', import.meta.url);
mkdirSync(results, { recursive: true });
writeFileSync(new URL('latest.md', results), title + md);
process.exitCode = failed ? 1 : 0;
