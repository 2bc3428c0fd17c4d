/**
 * The in-memory variants, timed on the same households in one process, single thread, then
 * checked against the reference: float, exact-int and compiled over every household (best of
 * three passes), zod validation and the decimal reference on a subset when the run is large,
 * zen-engine (loop mode, chunks of 1,000) and json-rules-engine on subsets of their own.
 */
import {
  checkHousehold,
  compileModel,
  defaultModel,
  evaluateHousehold,
} from '@credit-village/core';
import { headline, headlineOfNumbers, Oracle, Tally } from './agreement.mjs';
import { EVAL_YEAR } from './households.mjs';
import { judged } from './report.mjs';
import { grouped, timeChunks, timeInTurns, timeSync } from './timing.mjs';
import { evaluateExactInt, fenText } from './variants/exact-int.mjs';
import { evaluateFloat } from './variants/float.mjs';
import { createRulesEvaluator } from './variants/rules.mjs';
import { createZen, zenHeadline } from './variants/zen.mjs';

const Y = EVAL_YEAR;
const FAST_PASSES = 3;
const REFERENCE_ALL_UP_TO = 200_000;
const REFERENCE_SUBSET = 50_000;
const ZEN_SUBSET = 100_000;
const RULES_SUBSET = 20_000;

/**
 * @param {readonly Record<string, any>[]} households
 * @param {{ fullReference: boolean, fullZen: boolean, log: (line: string) => void }} options
 */
export async function inMemory(households, { fullReference, fullZen, log }) {
  const n = households.length;
  const refCount = fullReference || n <= REFERENCE_ALL_UP_TO ? n : REFERENCE_SUBSET;
  const zenCount = fullZen ? n : Math.min(n, ZEN_SUBSET);
  const rulesCount = Math.min(refCount, RULES_SUBSET);
  const on = (k, extra = '') => `${grouped(k)}${k < n ? ' (subset)' : ''}${extra}`;
  const best = `, best of ${FAST_PASSES} in turns`;
  const notes = [];
  const show = (label, t) => {
    const how = t.segments
      ? `${t.segments.count} segment${t.segments.count > 1 ? 's' : ''} of ${grouped(t.segments.size)} × ${FAST_PASSES} runs in turns, ` +
        `sum of best runs ${t.seconds.toFixed(2)} s`
      : `${t.seconds.toFixed(2)} s`;
    const cpu = Math.round(100 * t.cpu[0]);
    log(
      `${label.padEnd(22)} ${grouped(t.rate).padStart(10)}/s  ${grouped(t.count)} households, ${how}, cpu ${cpu}%`,
    );
    if (cpu < 90)
      notes.push(
        `${label}: the timed run had ${cpu}% of a core (a shared machine): its rate is understated`,
      );
  };

  // 1. Timing. The sink (a sum of scores) of exact-int and compiled must be the same.
  const score = (r) => r.score;
  const compiledModel = compileModel(defaultModel());
  const fast = timeInTurns(
    {
      float: { evaluate: (h) => evaluateFloat(h, Y), sinkOf: score },
      'exact-int': { evaluate: (h) => evaluateExactInt(h, Y), sinkOf: score },
      compiled: {
        evaluate: (h) => compiledModel.evaluateHousehold(h, Y),
        sinkOf: (r) => (r.ok ? r.value.score : Number.NaN),
      },
    },
    households,
    { passes: FAST_PASSES },
  );
  const { float, 'exact-int': exact, compiled } = fast;
  show('float', float);
  show('exact-int', exact);
  show('compiled', compiled);
  const counts = compiledModel.counts();
  const countsText = Object.entries(counts)
    .map(([k, v]) => `${k} ${grouped(v)}`)
    .join(', ');
  log(`compiled counts(): ${countsText}`);
  notes.push(
    `compiled counts() after timing: ${countsText} (fast = warm-up + ${FAST_PASSES} passes × ${grouped(n)})`,
  );

  const zodCount = Math.min(n, REFERENCE_SUBSET);
  const zod = timeSync((h) => checkHousehold(h, { evalYear: Y }), households.slice(0, zodCount), {
    warmup: 2000,
    sinkOf: (r) => (r.ok ? 1 : 0),
  });
  show('zod validation alone', zod);
  const reference = timeSync(
    (h) => evaluateHousehold(h, { evalYear: Y, reference: true }),
    households.slice(0, refCount),
    { warmup: 2000, keep: true, sinkOf: score },
  );
  show('reference', reference);
  const refResults = /** @type {any[]} */ (reference.results);

  // 2. Agreement of the exact variants, and the oracle (compiled) for every household.
  const oracle = new Oracle(n);
  const compiledVsRef = { compared: 0, differ: 0, notOk: 0, examples: [] };
  const exactVsRef = new Tally('exact-int', 'reference');
  const exactVsCompiled = new Tally('exact-int', 'compiled');
  const floatVsRef = new Tally('float', 'reference');
  const floatVsCompiled = new Tally('float', 'compiled');
  let exactWhole = 0;
  for (let i = 0; i < n; i++) {
    const h = households[i];
    const r = compiledModel.evaluateHousehold(h, Y);
    if (!r.ok) {
      compiledVsRef.notOk++;
      continue;
    }
    const c = headline(r.value);
    oracle.set(i, c);
    const e = evaluateExactInt(h, Y);
    const f = headline(evaluateFloat(h, Y));
    if (i < refCount) {
      const want = refResults[i];
      const text = JSON.stringify(want);
      compiledVsRef.compared++;
      if (JSON.stringify(r.value) !== text) {
        compiledVsRef.differ++;
        if (compiledVsRef.examples.length < 2) compiledVsRef.examples.push(h.id);
      }
      if (JSON.stringify(e) === text) exactWhole++;
      exactVsRef.add(h.id, headline(e), headline(want));
      floatVsRef.add(h.id, f, headline(want));
    } else {
      exactVsCompiled.add(h.id, headline(e), c);
      floatVsCompiled.add(h.id, f, c);
    }
  }
  const sinksAgree = exact.sink === compiled.sink;
  log(
    `compiled vs reference: ${grouped(compiledVsRef.differ)} of ${grouped(compiledVsRef.compared)} ` +
      `differ (whole result, JSON)${compiledVsRef.notOk ? `; ${compiledVsRef.notOk} not ok` : ''}`,
  );
  notes.push(
    `compiled vs reference: ${grouped(compiledVsRef.differ)} of ${grouped(compiledVsRef.compared)} differ (whole result, JSON equality)` +
      (compiledVsRef.examples.length ? `, e.g. ${compiledVsRef.examples.join(', ')}` : ''),
    `${exactVsRef.summary()} (gross, net, score, grade, limit); whole result JSON-equal: ${grouped(exactWhole)} of ${grouped(exactVsRef.compared)}`,
  );
  log(exactVsRef.summary());
  const tallies = [floatVsRef];
  if (refCount < n) {
    log(exactVsCompiled.summary());
    notes.push(`${exactVsCompiled.summary()} (households past the reference subset)`);
    tallies.push(floatVsCompiled);
  }
  if (!sinksAgree)
    notes.push('WARNING: float, exact-int and compiled disagree on the sum of scores');

  // 3. zen-engine, loop mode, chunks of 1,000.
  const zen = createZen();
  const zenVsRef = new Tally('zen-engine', 'reference');
  const zenVsCompiled = new Tally('zen-engine', 'compiled');
  const zenTiming = await timeChunks(zen.evaluate, households.slice(0, zenCount), {
    check(results, start) {
      for (let k = 0; k < results.length; k++) {
        const i = start + k;
        const got = headlineOfNumbers(zenHeadline(results[k]));
        if (i < refCount) zenVsRef.add(households[i].id, got, headline(refResults[i]));
        else zenVsCompiled.add(households[i].id, got, oracle.get(i));
      }
    },
  });
  zen.dispose();
  show('zen-engine', zenTiming);
  tallies.push(zenVsRef);
  if (zenCount > refCount) tallies.push(zenVsCompiled);

  // 4. json-rules-engine, one household per engine.run.
  const rules = createRulesEvaluator(Y);
  const rulesVsRef = new Tally('json-rules-engine', 'reference');
  const rulesTiming = await timeChunks(
    async (chunk) => {
      const out = [];
      for (const h of chunk) out.push(await rules(h));
      return out;
    },
    households.slice(0, rulesCount),
    {
      warmupChunks: 1,
      check(results, start) {
        for (let k = 0; k < results.length; k++) {
          const i = start + k;
          rulesVsRef.add(households[i].id, headlineOfNumbers(results[k]), headline(refResults[i]));
        }
      },
    },
  );
  show('json-rules-engine', rulesTiming);
  tallies.push(rulesVsRef);

  for (const t of tallies) {
    log(t.summary());
    notes.push(t.summary() + (t.examples.length ? `; e.g. ${t.examples.join('; ')}` : ''));
  }

  const c = compiled.rate;
  const rows = [
    {
      variant: 'float (inexact ceiling)',
      rate: float.rate,
      on: on(n, best),
      ...judged('float ÷ compiled', float.rate / c, '<=', 1.5),
    },
    {
      variant: 'exact-int (evaluate alone)',
      rate: exact.rate,
      on: on(n, best),
      ...judged('exact-int ÷ compiled', exact.rate / c, '<=', 2),
    },
    {
      variant: 'compiled (parse + validate + evaluate)',
      rate: c,
      on: on(n, best),
      ratio: '',
      target: '',
      status: counts.fast > 0 && counts.reference === 0 ? 'fast path ran' : 'CHECK counts()',
    },
    {
      variant: 'reference (zod + decimal.js)',
      rate: reference.rate,
      on: on(refCount),
      ...judged('compiled ÷ reference', c / reference.rate, '>=', 20),
    },
    {
      variant: 'zod validation alone',
      rate: zod.rate,
      on: on(zodCount),
      ratio: `compiled ÷ zod = ${(c / zod.rate).toFixed(1)}`,
      target: '',
      status: '',
    },
    {
      variant: 'zen-engine (JDM, loop mode)',
      rate: zenTiming.rate,
      on: on(zenCount, ', chunks of 1,000'),
      ...judged('compiled ÷ zen-engine', c / zenTiming.rate, '>=', 30),
    },
    {
      variant: 'json-rules-engine',
      rate: rulesTiming.rate,
      on: on(rulesCount),
      ...judged('compiled ÷ json-rules-engine', c / rulesTiming.rate, '>=', 80),
    },
  ];

  let totalLimit = 0;
  for (let i = 0; i < n; i++) totalLimit += oracle.limit[i];
  const failed =
    compiledVsRef.differ > 0 ||
    compiledVsRef.notOk > 0 ||
    exactVsRef.differ > 0 ||
    exactVsCompiled.differ > 0;
  return { rows, notes, failed, expectedLimit: fenText(totalLimit) };
}
