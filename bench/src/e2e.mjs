/**
 * End to end: the same households as an NDJSON file of villages (1,000 households a line) in
 * the temporary directory; the floor (read + parse + stringify, e2e-floor.mjs) and the command
 * `credit-village evaluate <file> --format ndjson` (default workers, and --workers 1 and 2 when
 * the command has them), each a fresh process under /usr/bin/time -v for its peak RSS, each
 * run twice (the faster run counts; the peak RSS is the larger one).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { EVAL_YEAR, VILLAGE_SIZE } from './households.mjs';
import { judged } from './report.mjs';
import { grouped } from './timing.mjs';

const FLOOR = new URL('./e2e-floor.mjs', import.meta.url).pathname;
const TIME = '/usr/bin/time';
const RSS_TARGET_MB = 200;
/** Each process runs this many times: the fastest counts, and the largest peak RSS. */
const RUNS = 2;

/**
 * @param {readonly Record<string, unknown>[]} households
 * @param {{ root: string, log: (line: string) => void, expectedLimit?: string }} options
 *   `expectedLimit`: the exact total credit limit of the households, checked against the
 *   command's summary when given
 * @returns {Promise<{ rows: import('./report.mjs').Row[], notes: string[] }>}
 */
export async function endToEnd(households, { root, log, expectedLimit }) {
  const cli = join(root, 'packages/cli/bin/credit-village.js');
  const skip = (why) => ({
    rows: [{ variant: 'e2e', rate: undefined, on: '', ratio: '', target: '', status: why }],
    notes: [],
  });
  if (!existsSync(cli)) return skip('skipped: the CLI is not there (packages/cli/bin)');
  const help = spawnSync(process.execPath, [cli, 'evaluate', '--help'], { encoding: 'utf8' });
  if (help.status !== 0) return skip('skipped: the CLI is not built (`npm run build`)');
  const hasWorkers = /--workers\b/.test(help.stdout);

  const dir = mkdtempSync(join(os.tmpdir(), 'credit-village-bench-'));
  try {
    const file = join(dir, 'villages.ndjson');
    const villages = writeVillages(file, households);
    log(
      `e2e: wrote ${grouped(villages)} villages (${grouped(households.length)} households) to ${file}`,
    );
    const n = households.length;
    const floor = bestOf([process.execPath, FLOOR, file]);
    if (floor.status !== 0) throw new Error(`the floor run failed: ${floor.stderr.slice(-500)}`);
    log(
      `e2e: floor ${floor.seconds.toFixed(2)} s, ${grouped(n / floor.seconds)}/s, RSS ${floor.rssMb} MB`,
    );
    const floorRate = n / floor.seconds;
    const rows = [row('e2e floor: read + JSON.parse + JSON.stringify', floorRate, n, floor)];
    const notes = [`e2e floor peak RSS ${floor.rssMb} MB (for scale)`];

    const runs = [['default workers', []]];
    if (hasWorkers)
      runs.push(['--workers 1', ['--workers', '1']], ['--workers 2', ['--workers', '2']]);
    const rates = {};
    for (const [label, extra] of runs) {
      const output = join(dir, `results-${label.replace(/\W+/g, '')}.ndjson`);
      const args = [cli, 'evaluate', file, '--format', 'ndjson', '--eval-year', String(EVAL_YEAR)];
      // The bin itself, as `npx credit-village` runs it: its shebang carries the V8 flags.
      const run = bestOf([...args, '--output', output, ...extra]);
      if (run.status !== 0) {
        rows.push(failed(`e2e cli (${label})`, run));
        continue;
      }
      rates[label] = n / run.seconds;
      log(
        `e2e: cli (${label}) ${run.seconds.toFixed(2)} s, ${grouped(rates[label])}/s, RSS ${run.rssMb} MB`,
      );
      const r = row(`e2e cli (${label})`, rates[label], n, run);
      if (label === 'default workers')
        Object.assign(r, judged('cli ÷ floor', rates[label] / floorRate, '>=', 0.6));
      else r.ratio = `cli ÷ floor = ${(rates[label] / floorRate).toFixed(2)}`;
      rows.push(r, rssRow(label, run));
      notes.push(checkSummary(label, run.stderr, n, expectedLimit));
      rmSync(output, { force: true });
    }
    if (hasWorkers && rates['--workers 1'] && rates['--workers 2']) {
      const speedup = rates['--workers 2'] / rates['--workers 1'];
      rows.push({
        variant: 'e2e 2 workers vs 1',
        rate: undefined,
        on: grouped(n),
        ...judged('2 workers ÷ 1 worker', speedup, '>=', 1.7),
      });
    } else if (!hasWorkers) {
      const why = 'not available (no --workers in `evaluate --help`)';
      rows.push(
        {
          variant: 'e2e cli (--workers 1)',
          rate: undefined,
          on: '',
          ratio: '',
          target: '',
          status: why,
        },
        {
          variant: 'e2e cli (--workers 2)',
          rate: undefined,
          on: '',
          ratio: '',
          target: '≥ 1.7 × 1 worker',
          status: why,
        },
      );
    }
    return { rows, notes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes one village per line, VILLAGE_SIZE households each; returns the number of lines. */
function writeVillages(file, households) {
  const fd = openSync(file, 'w');
  let lines = 0;
  try {
    for (let start = 0; start < households.length; start += VILLAGE_SIZE) {
      const slice = households.slice(start, start + VILLAGE_SIZE);
      const village = {
        id: `wj-${String(lines).padStart(4, '0')}`,
        householdsTotal: VILLAGE_SIZE + (lines % 40),
        partyOrganisation: lines % 7 === 0 ? 'average' : 'good',
        loans: { balance: '8000000.00', nonPerforming: String(20_000 + (lines % 50) * 1000) },
        collectiveOperatingIncome: 150_000 + (lines % 10) * 50_000,
        households: slice,
      };
      writeSync(fd, `${JSON.stringify(village)}\n`);
      lines++;
    }
  } finally {
    closeSync(fd);
  }
  return lines;
}

/** The fastest of RUNS runs, with the largest peak RSS of them; the first failure if any. */
function bestOf(command) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const run = measure(command);
    if (run.status !== 0) return run;
    runs.push(run);
  }
  const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const rss = runs.map((r) => r.rssMb).filter((mb) => mb !== undefined);
  return { ...best, rssMb: rss.length > 0 ? Math.max(...rss) : undefined };
}

/** Runs a command under /usr/bin/time -v: wall seconds, exit status, peak RSS in MB. */
function measure(command) {
  const timed = existsSync(TIME);
  const [bin, ...args] = timed ? [TIME, '-v', ...command] : command;
  const start = process.hrtime.bigint();
  const r = spawnSync(bin, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  return {
    seconds,
    status: r.status,
    stdout: r.stdout ?? '',
    stderr: r.stderr ?? '',
    rssMb: kb ? Math.round(Number(kb[1]) / 1024) : undefined,
  };
}

/**
 * Checks the command's summary (standard error) against the households sent and, when known,
 * the exact total credit limit. The summary's wording is the CLI's: unrecognised, it is skipped.
 */
function checkSummary(label, stderr, households, expectedLimit) {
  const count = /Evaluated ([\d,]+) villages? and ([\d,]+) households?/.exec(stderr);
  const limit = /total credit limit:\s+([\d,]+\.\d\d)/.exec(stderr);
  if (!count) return `e2e cli (${label}): summary not recognised, households not checked`;
  const got = Number(count[2].replaceAll(',', ''));
  const parts = [
    `${grouped(got)} households evaluated${got === households ? '' : ` — EXPECTED ${grouped(households)}`}`,
  ];
  if (limit && expectedLimit !== undefined) {
    const total = limit[1].replaceAll(',', '');
    parts.push(
      total === expectedLimit
        ? `total limit ${limit[1]} = the compiled path's`
        : `total limit ${limit[1]} — EXPECTED ${expectedLimit}`,
    );
  }
  return `e2e cli (${label}): ${parts.join('; ')}`;
}

function row(variant, rate, n, run) {
  return {
    variant,
    rate,
    on: `${grouped(n)} (${run.seconds.toFixed(2)} s)`,
    ratio: '',
    target: '',
    status: '',
  };
}

function rssRow(label, run) {
  const mb = run.rssMb;
  return {
    variant: `e2e cli (${label}) peak RSS`,
    rate: undefined,
    on: '',
    ratio: mb === undefined ? 'unknown (no /usr/bin/time)' : `${mb} MB`,
    target: `≤ ${RSS_TARGET_MB} MB`,
    status: mb === undefined ? '' : mb <= RSS_TARGET_MB ? 'PASS' : 'MISS',
  };
}

function failed(variant, run) {
  const last =
    run.stderr
      .trim()
      .split('\n')
      .find((l) => !l.startsWith('\t')) ?? '';
  return {
    variant,
    rate: undefined,
    on: '',
    ratio: '',
    target: '',
    status: `failed (exit ${run.status}): ${last.slice(0, 120)}`,
  };
}
