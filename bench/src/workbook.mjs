/**
 * The workbook benchmark (issue 16 "Scale"): writes a collection workbook of 100,000 seeded
 * households (1,000 a village, as the end-to-end NDJSON file), then times, each in a fresh
 * process under /usr/bin/time -v (best of 2, largest peak RSS):
 *
 * - the libraries alone reading it (fflate inflating, saxes parsing every part and cell);
 * - readWorkbook, the package's import (the same plus building the batch document);
 * - `credit-village evaluate file.xlsx --output results.json`, and `--output results.xlsx`.
 *
 * Target: the command within 2 × the libraries alone. Prints a markdown table.
 *
 *   npm run bench:workbook -w @credit-village/bench [-- --households N]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { batchToWorkbook } from '@credit-village/workbook';
import { DEFAULT_SEED, EVAL_YEAR, generateHouseholds, VILLAGE_SIZE } from './households.mjs';
import { grouped } from './timing.mjs';

const { values } = parseArgs({
  options: { households: { type: 'string' }, seed: { type: 'string' } },
});
const count = Number(values.households ?? 100_000);
const seed = Number(values.seed ?? DEFAULT_SEED);
const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'packages/cli/bin/credit-village.js');
const reader = fileURLToPath(new URL('./workbook-read.mjs', import.meta.url));
const TIME = '/usr/bin/time';

const households = generateHouseholds(count, seed);
const villages = [];
for (let start = 0, n = 0; start < households.length; start += VILLAGE_SIZE, n++) {
  villages.push({
    id: `wj-${String(n).padStart(4, '0')}`,
    householdsTotal: VILLAGE_SIZE + (n % 40),
    partyOrganisation: n % 7 === 0 ? 'average' : 'good',
    loans: { balance: '8000000.00', nonPerforming: String(20_000 + (n % 50) * 1000) },
    collectiveOperatingIncome: 150_000 + (n % 10) * 50_000,
    households: households.slice(start, start + VILLAGE_SIZE),
  });
}
const dir = mkdtempSync(join(os.tmpdir(), 'credit-village-workbook-bench-'));
try {
  const file = join(dir, 'villages.xlsx');
  const written = Date.now();
  const { bytes, lost } = batchToWorkbook({ evalYear: EVAL_YEAR, villages });
  writeFileSync(file, bytes);
  console.log(
    `wrote ${grouped(count)} households in ${villages.length} villages: ${(statSync(file).size / 1048576).toFixed(1)} MB in ${((Date.now() - written) / 1000).toFixed(1)} s (${lost.length} fields a sheet cannot hold)`,
  );
  const library = bestOf([process.execPath, reader, 'library', file], true);
  const imported = bestOf([process.execPath, reader, 'import', file], true);
  const json = bestOf([process.execPath, cli, 'evaluate', file, '--output', join(dir, 'r.json')]);
  const xlsx = bestOf([process.execPath, cli, 'evaluate', file, '--output', join(dir, 'r.xlsx')]);
  const rows = [
    ['libraries alone (fflate + saxes, every cell)', library],
    ['readWorkbook (import to a batch document)', imported],
    ['credit-village evaluate → results.json', json],
    ['credit-village evaluate → results.xlsx', xlsx],
  ];
  console.log(
    `\n| ${grouped(count)} households | wall s | in-process s | peak RSS | ÷ libraries alone |`,
  );
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, run] of rows) {
    console.log(
      `| ${name} | ${run.seconds.toFixed(2)} | ${run.inner?.toFixed(2) ?? ''} | ${run.rssMb} MB | ${(run.seconds / library.seconds).toFixed(2)} |`,
    );
  }
  const ratio = json.seconds / library.seconds;
  console.log(
    `\ntarget: evaluate ≤ 2 × the libraries alone → ${ratio.toFixed(2)} × ${ratio <= 2 ? 'PASS' : 'MISS'}`,
  );
  console.log(
    `Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'}, ${os.cpus().length} cores, load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/** The faster of two runs (wall seconds of the process), with the larger peak RSS. */
function bestOf(command, reportsInner = false) {
  const runs = [measure(command, reportsInner), measure(command, reportsInner)];
  const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  return { ...best, rssMb: Math.max(...runs.map((r) => r.rssMb ?? 0)) };
}

function measure(command, reportsInner) {
  const timed = existsSync(TIME);
  const [bin, ...args] = timed ? [TIME, '-v', ...command] : command;
  const start = process.hrtime.bigint();
  const r = spawnSync(bin, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`${command.join(' ')} failed: ${r.stderr.slice(-800)}`);
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  const inner = reportsInner ? JSON.parse(r.stdout.trim().split('\n').at(-1)).seconds : undefined;
  return { seconds, inner, rssMb: kb ? Math.round(Number(kb[1]) / 1024) : undefined };
}
