/**
 * Timing helpers: a warm-up, then whole passes over the households, single thread. The best
 * pass is reported (the machine may be shared; the best pass is the least disturbed one).
 */

const gc = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};

/**
 * @typedef {object} Timing
 * @property {number} count households per pass
 * @property {number} seconds the best pass
 * @property {number[]} passes every pass, in seconds
 * @property {number[]} cpu the process's CPU share during each pass (1 = one core)
 * @property {number} rate households per second of the best pass
 * @property {number} sink a value computed from the results, so no work is optimised away
 * @property {unknown[]} [results] the last pass's results, when asked to keep them
 * @property {{ count: number, size: number, spread: number[] }} [segments] when timed in turns:
 *   how many segments of what size, and the fastest and slowest single run of a segment
 */

/**
 * One timed pass over every household: wall seconds, the process's CPU share over that time
 * (below 100% when the machine is shared; GC helper threads can lift it above), the sink.
 */
function pass(evaluate, households, sinkOf, results, collect = true) {
  if (collect) gc();
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  let sink = 0;
  for (let i = 0; i < households.length; i++) {
    const r = evaluate(households[i]);
    if (results !== undefined) results[i] = r;
    sink += sinkOf(r);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  return { seconds, cpu: (used.user + used.system) / 1e6 / seconds, sink };
}

function summarise(n, runs, results) {
  const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  return {
    count: n,
    seconds: best.seconds,
    passes: runs.map((r) => r.seconds),
    cpu: runs.map((r) => r.cpu),
    rate: n / best.seconds,
    sink: best.sink,
    results,
  };
}

/**
 * @param {(household: unknown) => unknown} evaluate
 * @param {readonly unknown[]} households
 * @param {{ passes?: number, warmup?: number, keep?: boolean, sinkOf?: (result: any) => number }} [options]
 * @returns {Timing}
 */
export function timeSync(evaluate, households, options = {}) {
  const { passes = 1, warmup = 20_000, keep = false } = options;
  const { sinkOf = (r) => (r === undefined ? 0 : 1) } = options;
  const n = households.length;
  const results = keep ? new Array(n) : undefined;
  for (let i = 0; i < Math.min(warmup, n); i++) sinkOf(evaluate(households[i]));
  const runs = [];
  for (let p = 0; p < passes; p++) runs.push(pass(evaluate, households, sinkOf, results));
  return summarise(n, runs, results);
}

/**
 * Times several evaluators in turns, segment by segment: for each segment of `segment`
 * households, every evaluator runs it `passes` times in turns (A B C A B C …) and keeps its
 * best. A variant's time is the sum of its best segments, over every household. On a shared
 * machine a busy spell then spoils one segment's run of one variant, not a whole pass.
 *
 * @param {Record<string, { evaluate: (h: unknown) => unknown, sinkOf: (r: any) => number }>} variants
 * @param {readonly unknown[]} households
 * @param {{ passes?: number, warmup?: number, segment?: number }} [options]
 * @returns {Record<string, Timing>}
 */
export function timeInTurns(variants, households, options = {}) {
  const { passes = 3, warmup = 20_000, segment = 100_000 } = options;
  const entries = Object.entries(variants);
  const n = households.length;
  for (const [, v] of entries)
    for (let i = 0; i < Math.min(warmup, n); i++) v.sinkOf(v.evaluate(households[i]));
  const totals = Object.fromEntries(
    entries.map(([name]) => [name, { best: 0, cpu: 0, sink: 0, all: [] }]),
  );
  for (let start = 0; start < n; start += segment) {
    const part = households.slice(start, Math.min(n, start + segment));
    const runs = Object.fromEntries(entries.map(([name]) => [name, []]));
    for (let p = 0; p < passes; p++)
      for (const [name, v] of entries)
        runs[name].push(pass(v.evaluate, part, v.sinkOf, undefined, false));
    for (const [name] of entries) {
      const t = totals[name];
      const best = runs[name].reduce((a, b) => (b.seconds < a.seconds ? b : a));
      t.best += best.seconds;
      t.cpu += best.cpu * best.seconds;
      t.sink += best.sink;
      t.all.push(...runs[name].map((r) => r.seconds));
    }
  }
  return Object.fromEntries(
    entries.map(([name]) => {
      const t = totals[name];
      const spread = [Math.min(...t.all), Math.max(...t.all)];
      return [
        name,
        {
          count: n,
          seconds: t.best,
          passes: [t.best],
          cpu: [t.cpu / t.best],
          rate: n / t.best,
          sink: t.sink,
          segments: { count: Math.ceil(n / segment), size: Math.min(n, segment), spread },
        },
      ];
    }),
  );
}

/**
 * Times an asynchronous evaluator over chunks (only the awaited calls are timed; `check` runs
 * between them, untimed, on each chunk's results).
 *
 * @param {(chunk: unknown[]) => Promise<unknown[]>} evaluate
 * @param {readonly unknown[]} households
 * @param {{ chunk?: number, warmupChunks?: number, check?: (results: unknown[], start: number) => void }} [options]
 * @returns {Promise<Timing>}
 */
export async function timeChunks(evaluate, households, options = {}) {
  const { chunk = 1000, warmupChunks = 3, check = () => {} } = options;
  const n = households.length;
  for (let w = 0; w < warmupChunks; w++)
    await evaluate(households.slice(w * chunk, Math.min(n, (w + 1) * chunk)));
  gc();
  const cpu = process.cpuUsage();
  let total = 0n;
  let sink = 0;
  for (let start = 0; start < n; start += chunk) {
    const slice = households.slice(start, Math.min(n, start + chunk));
    const t = process.hrtime.bigint();
    const results = await evaluate(slice);
    total += process.hrtime.bigint() - t;
    sink += results.length;
    check(results, start);
  }
  const seconds = Number(total) / 1e9;
  const used = process.cpuUsage(cpu);
  const share = (used.user + used.system) / 1e6 / seconds; // includes the untimed checks
  return { count: n, seconds, passes: [seconds], cpu: [share], rate: n / seconds, sink };
}

/** `1234567` → `"1,234,567"`. */
export function grouped(n) {
  return Math.round(n).toLocaleString('en-US');
}
