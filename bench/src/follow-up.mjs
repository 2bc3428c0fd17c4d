/**
 * The credit follow-up at scale (docs/model.md §17): a ledger of as many lines as households
 * against the results of those households, beside `evaluate` of the same households.
 *
 * - In process: the same villages evaluated (`evaluateVillage`), then followed up through the
 *   streaming core (`FollowUpTracker`: the results indexed, the ledger's lines fed one by one,
 *   the report), both on objects already in memory, single thread; the ratio of the two times.
 * - End to end: `credit-village evaluate villages.ndjson --format ndjson` (default workers) and
 *   `credit-village follow-up results.ndjson ledger.json --json`, each a fresh process under
 *   /usr/bin/time -v for its peak RSS; the follow-up also with a tenth of the ledger, to show
 *   that memory does not grow with the ledger (only with the results' subject index).
 *
 * Prints a markdown table and writes it to bench/results/follow-up.md (overwritten).
 *
 *   npm run bench:follow-up -w @credit-village/bench -- [--households N] [--no-e2e]
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { defaultModel, evaluateVillage, FollowUpTracker, modelStamp } from '@credit-village/core';
import { EVAL_YEAR, generateHouseholds, VILLAGE_SIZE } from './households.mjs';
import { judged, machine, markdown } from './report.mjs';
import { createRng } from './rng.mjs';
import { grouped } from './timing.mjs';

const { values } = parseArgs({
  options: {
    households: { type: 'string' },
    'no-e2e': { type: 'boolean', default: false },
    seed: { type: 'string' },
  },
});
const count = Number(values.households ?? 1_000_000);
if (!Number.isInteger(count) || count < 1000) {
  console.error('--households must be a whole number ≥ 1000');
  process.exit(2);
}
const LEDGER_SEED = Number(values.seed ?? 20_241_231);
const AS_OF = '2024-12-31';
const LENDERS = ['wj-rcb', 'abc-wj', 'psbc-wj'];
const root = fileURLToPath(new URL('../../', import.meta.url));
const log = (line) => console.log(line);
const mb = (bytes) => Math.round(bytes / 1048576);
const before = machine();
log(`credit-village follow-up bench: ${grouped(count)} households and ledger lines`);
log(`${before.cpu}, ${before.cores} cores, Node ${before.node}, load average ${before.load}`);

const villages = [];
{
  const households = generateHouseholds(count);
  for (let start = 0, i = 0; start < households.length; start += VILLAGE_SIZE, i++)
    villages.push({
      id: `wj-${String(i).padStart(4, '0')}`,
      householdsTotal: VILLAGE_SIZE + (i % 40),
      partyOrganisation: i % 7 === 0 ? 'average' : 'good',
      loans: { balance: '8000000.00', nonPerforming: String(20_000 + (i % 50) * 1000) },
      collectiveOperatingIncome: 150_000 + (i % 10) * 50_000,
      households: households.slice(start, start + VILLAGE_SIZE),
    });
}

// The end-to-end input is written now, so that the households can be let go after evaluation.
const dir = mkdtempSync(join(os.tmpdir(), 'credit-village-follow-up-bench-'));
const villagesFile = join(dir, 'villages.ndjson');
if (!values['no-e2e'])
  writeLines(
    villagesFile,
    villages.map((v) => JSON.stringify(v)),
  );

// In process: evaluate, then follow up the results with a ledger of as many lines.
let peak = process.memoryUsage().rss;
const sample = () => {
  peak = Math.max(peak, process.memoryUsage().rss);
};
let t = process.hrtime.bigint();
const results = villages.map((v, i) => {
  if (i % 50 === 0) sample();
  return evaluateVillage(v, { evalYear: EVAL_YEAR });
});
const evaluateSeconds = Number(process.hrtime.bigint() - t) / 1e9;
const evaluatePeak = peak;
villages.length = 0; // the households are not needed any more
log(`in process: evaluate ${evaluateSeconds.toFixed(2)} s, RSS ${mb(evaluatePeak)} MB`);

const lines = ledgerLines(results, count);
log(`ledger: ${grouped(lines.length)} lines generated`);
const stamp = modelStamp(defaultModel());
peak = process.memoryUsage().rss;
const rssBefore = peak;
t = process.hrtime.bigint();
const tracker = new FollowUpTracker();
tracker.model(stamp);
for (const r of results) tracker.village(r);
const indexSeconds = Number(process.hrtime.bigint() - t) / 1e9;
sample();
tracker.asOf(AS_OF);
for (let i = 0; i < lines.length; i++) {
  tracker.line(lines[i], i);
  if (i % 100_000 === 0) sample();
}
const report = tracker.report();
const followSeconds = Number(process.hrtime.bigint() - t) / 1e9;
sample();
log(
  `in process: follow-up ${followSeconds.toFixed(2)} s (index ${indexSeconds.toFixed(2)} s), RSS ${mb(peak)} MB (${mb(rssBefore)} MB before it)`,
);
log(`  ${JSON.stringify(report.summary)}`);

const n = count;
const rows = [
  {
    variant: 'in process: evaluate (evaluateVillage)',
    rate: n / evaluateSeconds,
    on: `${grouped(n)} (${evaluateSeconds.toFixed(2)} s)`,
    ratio: '',
    target: '',
    status: '',
  },
  {
    variant: 'in process: follow-up (FollowUpTracker)',
    rate: n / followSeconds,
    on: `${grouped(n)} + ${grouped(lines.length)} lines (${followSeconds.toFixed(2)} s)`,
    ...judged('follow-up ÷ evaluate (time)', followSeconds / evaluateSeconds, '<=', 2),
  },
];
const notes = [
  `ledger: ${JSON.stringify(report.summary)}`,
  `in process: the subject index of ${grouped(n)} households took ${indexSeconds.toFixed(2)} s; RSS ${mb(rssBefore)} MB before the follow-up (households, results and ledger lines held), peak ${mb(peak)} MB during it`,
];

try {
  if (!values['no-e2e']) {
    const e = endToEnd(villagesFile, lines);
    rows.push(...e.rows);
    notes.push(...e.notes);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const md = markdown(rows, {
  command: `npm run bench:follow-up -w @credit-village/bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  machineBefore: before,
  notes,
});
log(`\n${md}`);
const out = new URL('../results/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(
  new URL('follow-up.md', out),
  `# Follow-up benchmark: ${grouped(n)} households, ${grouped(lines.length)} ledger lines (${new Date().toISOString()})\n\n${md}`,
);

/**
 * A ledger of `total` lines, seeded: most credit households get a line of part of their limit
 * from one lender, some a second line from another; some lines expired (and every line past the
 * first round of households, to make up the count); a few to households
 * the rating gave no limit (over limit), a few naming no scored household, a few malformed.
 */
function ledgerLines(villageResults, total) {
  const rng = createRng(LEDGER_SEED);
  const out = [];
  const subjects = [];
  for (const v of villageResults)
    for (const h of v.households)
      subjects.push({ village: v.id, household: h.id, limit: h.limit, credit: h.creditHousehold });
  const money = (fen) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
  let i = 0;
  while (out.length < total) {
    const s = subjects[i++ % subjects.length];
    const r = rng.next();
    const limitFen = Math.round(Number(s.limit) * 100);
    const lender = LENDERS[Math.floor(rng.next() * LENDERS.length)];
    // Past the first round of households, the lines are last year's, expired.
    const validUntil = r < 0.05 || i > subjects.length ? '2024-06-30' : '2025-12-31';
    if (!s.credit && rng.next() > 0.02) continue;
    const granted = s.credit
      ? Math.max(100_000, Math.floor((limitFen * (0.4 + rng.next() * 0.6)) / 100_000) * 100_000)
      : 1_000_000;
    const used = rng.next() < 0.3 ? 0 : Math.floor(granted * rng.next());
    const line = {
      lender,
      village: s.village,
      household: r > 0.999 ? `${s.household}x` : s.household,
      granted: money(granted),
      used: money(used),
      validUntil,
    };
    if (r > 0.9985 && r <= 0.999) line.used = money(granted + 1); // malformed: used above granted
    out.push(line);
    // A second bank's line: within the limit, except a few (about 1 in 1,000 households).
    const extra = rng.next() < 0.01 ? 100_000 : Math.min(100_000, limitFen - granted);
    if (s.credit && rng.next() < 0.08 && extra > 0 && out.length < total)
      out.push({
        ...line,
        lender: LENDERS[(LENDERS.indexOf(lender) + 1) % 3],
        granted: money(extra),
        used: '0.00',
      });
  }
  return out;
}

/** The commands, each a fresh process under /usr/bin/time -v. */
function endToEnd(input, ledger) {
  const cli = join(root, 'packages/cli/bin/credit-village.js');
  if (!existsSync(cli)) return { rows: [], notes: ['e2e skipped: the CLI is not built'] };
  const results = join(dir, 'results.ndjson');
  const evaluate = measure([
    cli,
    'evaluate',
    input,
    '--format',
    'ndjson',
    '--eval-year',
    String(EVAL_YEAR),
    '--output',
    results,
  ]);
  if (evaluate.status !== 0) throw new Error(`evaluate failed: ${evaluate.stderr.slice(-400)}`);
  log(`e2e: evaluate ${evaluate.seconds.toFixed(2)} s, RSS ${evaluate.rssMb} MB`);
  const full = join(dir, 'ledger.json');
  writeLedger(full, ledger);
  const tenth = join(dir, 'ledger-tenth.json');
  writeLedger(tenth, ledger.slice(0, Math.ceil(ledger.length / 10)));
  const followUp = (file) =>
    measure([cli, 'follow-up', results, file, '--json', '--output', join(dir, 'report.json')]);
  const whole = followUp(full);
  if (whole.status !== 1) throw new Error(`follow-up: ${whole.stderr.slice(-400)}`);
  log(`e2e: follow-up ${whole.seconds.toFixed(2)} s, RSS ${whole.rssMb} MB`);
  const small = followUp(tenth);
  log(
    `e2e: follow-up with a tenth of the ledger ${small.seconds.toFixed(2)} s, RSS ${small.rssMb} MB`,
  );
  const rows = [
    {
      variant: 'e2e: credit-village evaluate --format ndjson',
      rate: n / evaluate.seconds,
      on: `${grouped(n)} (${evaluate.seconds.toFixed(2)} s), peak RSS ${evaluate.rssMb} MB`,
      ratio: '',
      target: '',
      status: '',
    },
    {
      variant: 'e2e: credit-village follow-up --json',
      rate: n / whole.seconds,
      on: `${grouped(n)} + ${grouped(ledger.length)} lines (${whole.seconds.toFixed(2)} s), peak RSS ${whole.rssMb} MB`,
      ...judged('follow-up ÷ evaluate (time)', whole.seconds / evaluate.seconds, '<=', 2),
    },
    {
      variant: 'e2e: follow-up peak RSS, full ledger vs a tenth',
      rate: undefined,
      on: `${grouped(ledger.length)} vs ${grouped(Math.ceil(ledger.length / 10))} lines: ${whole.rssMb} vs ${small.rssMb} MB`,
      ...judged('RSS full ÷ tenth', whole.rssMb / small.rssMb, '<=', 1.15),
    },
  ];
  return {
    rows,
    notes: [
      `e2e: results ${mb(fileSize(results))} MB of NDJSON, ledger ${mb(fileSize(full))} MB; the follow-up with a tenth of the ledger took ${small.seconds.toFixed(2)} s`,
    ],
  };
}

function writeLines(file, lines) {
  const fd = openSync(file, 'w');
  try {
    for (const line of lines) writeSync(fd, `${line}\n`);
  } finally {
    closeSync(fd);
  }
}

function writeLedger(file, ledger) {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, `{"asOf":"${AS_OF}","lines":[\n`);
    let chunk = '';
    for (let i = 0; i < ledger.length; i++) {
      chunk += `${i === 0 ? '' : ',\n'}${JSON.stringify(ledger[i])}`;
      if (chunk.length > 1 << 20) {
        writeSync(fd, chunk);
        chunk = '';
      }
    }
    writeSync(fd, `${chunk}\n]}\n`);
  } finally {
    closeSync(fd);
  }
}

function fileSize(file) {
  return statSync(file).size;
}

function measure(command) {
  const timed = existsSync('/usr/bin/time');
  // The bin itself, as `npx credit-village` runs it: its shebang carries the V8 flags.
  const [bin, ...args] = timed ? ['/usr/bin/time', '-v', ...command] : command;
  const start = process.hrtime.bigint();
  const r = spawnSync(bin, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  return {
    seconds,
    status: r.status,
    stderr: r.stderr ?? '',
    rssMb: kb ? Math.round(Number(kb[1]) / 1024) : undefined,
  };
}
