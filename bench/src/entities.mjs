/**
 * The entity rows of the benchmark (docs/model.md §8–9): entities on the compiled path against
 * the decimal reference and against a float loop of the same scorecard, with their agreement;
 * and the time the township roll-up adds to a batch (the same villages with and without their
 * townships), which keeps counts only.
 */
import {
  BatchEvaluator,
  compileModel,
  defaultModel,
  evaluateBatch,
  evaluateEntity,
  villageTally,
} from '@credit-village/core';
import { generateEntities } from './entity-records.mjs';
import { judged } from './report.mjs';
import { grouped, timeInTurns, timeSync } from './timing.mjs';
import { evaluateEntityFloat } from './variants/float-entity.mjs';

const Y = 2024;
const PASSES = 3;
const REFERENCE_SUBSET = 50_000;

/**
 * @param {number} count how many entities
 * @param {readonly Record<string, unknown>[]} households for the roll-up's batch
 * @param {{ log: (line: string) => void }} options
 */
export function entityBench(count, households, { log }) {
  const entities = generateEntities(count);
  const compiled = compileModel(defaultModel());
  const score = (r) => r.score;
  const fast = timeInTurns(
    {
      float: { evaluate: (e) => evaluateEntityFloat(e, Y), sinkOf: score },
      compiled: {
        evaluate: (e) => compiled.evaluateEntity(e, Y),
        sinkOf: (r) => (r.ok ? r.value.score : Number.NaN),
      },
    },
    entities,
    { passes: PASSES },
  );
  const refCount = Math.min(count, REFERENCE_SUBSET);
  const reference = timeSync(
    (e) => evaluateEntity(e, { evalYear: Y, reference: true }),
    entities.slice(0, refCount),
    { warmup: 2000, keep: true, sinkOf: score },
  );
  const counts = compiled.entityCounts();
  const countsText = Object.entries(counts)
    .map(([k, v]) => `${k} ${grouped(v)}`)
    .join(', ');
  // Agreement: the compiled path must equal the reference (whole result, JSON); the float loop's
  // decisions (score, grade, limit, credit-only) are counted where they differ.
  const refResults = /** @type {any[]} */ (reference.results);
  let differ = 0;
  let floatDiffer = 0;
  for (let i = 0; i < refCount; i++) {
    const r = compiled.evaluateEntity(entities[i], Y);
    const want = refResults[i];
    if (!r.ok || JSON.stringify(r.value) !== JSON.stringify(want)) differ++;
    const f = evaluateEntityFloat(entities[i], Y);
    if (
      f.score !== want.score ||
      f.grade !== want.grade ||
      f.limit !== want.limit ||
      f.creditOnly !== want.creditOnly
    )
      floatDiffer++;
  }
  const line = (label, t) =>
    log(
      `${label.padEnd(22)} ${grouped(t.rate).padStart(10)}/s  ${grouped(t.count)} entities, ${t.seconds.toFixed(2)} s`,
    );
  line('entities: float', fast.float);
  line('entities: compiled', fast.compiled);
  line('entities: reference', reference);
  log(`entities: compiled entityCounts(): ${countsText}`);
  log(
    `entities: compiled vs reference: ${grouped(differ)} of ${grouped(refCount)} differ; float vs reference: ${grouped(floatDiffer)} differ on score, grade, limit or credit-only`,
  );
  const c = fast.compiled.rate;
  const on = (k, extra = '') => `${grouped(k)} entities${extra}`;
  const rows = [
    {
      variant: 'entities: float (inexact ceiling)',
      rate: fast.float.rate,
      on: on(count, `, best of ${PASSES} in turns`),
      ...judged('float ÷ compiled', fast.float.rate / c, '<=', 1.5),
    },
    {
      variant: 'entities: compiled (parse + validate + evaluate)',
      rate: c,
      on: on(count, `, best of ${PASSES} in turns`),
      ratio: '',
      target: '',
      status: counts.fast > 0 && counts.reference === 0 ? 'fast path ran' : 'CHECK entityCounts()',
    },
    {
      variant: 'entities: reference (zod + decimal.js)',
      rate: reference.rate,
      on: on(refCount),
      ...judged('compiled ÷ reference', c / reference.rate, '>=', 20),
    },
    townshipRollup(households, { log }),
  ];
  const notes = [
    `entities: compiled entityCounts() ${countsText}; compiled vs reference ${grouped(differ)} of ${grouped(refCount)} differ (whole result, JSON); float vs reference ${grouped(floatDiffer)} differ on score, grade, limit or credit-only`,
  ];
  return { rows, notes, failed: differ > 0 };
}

const TOWNSHIPS = 10;
const VILLAGES = 135;
const ROUNDS = 9;

/** CPU seconds of one call (user + system): steadier than wall time on a shared machine. */
function cpuSeconds(call) {
  const before = process.cpuUsage();
  const result = call();
  const used = process.cpuUsage(before);
  return { seconds: (used.user + used.system) / 1e6, result };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The time the township roll-up adds to a batch of 135 villages in 10 townships: the roll-up
 * alone (registering the townships, counting each village's tally in its township, the township
 * results, the county and the summary) against the batch's own time; and, as a check, the whole
 * batch with and without its townships, in turns (median CPU time of nine rounds each).
 */
function townshipRollup(households, { log }) {
  const perVillage = Math.max(1, Math.floor(Math.min(households.length, 270_000) / VILLAGES));
  const villages = Array.from({ length: VILLAGES }, (_, v) => ({
    id: `v${v}`,
    householdsTotal: perVillage,
    partyOrganisation: 'good',
    households: households
      .slice(v * perVillage, (v + 1) * perVillage)
      .map((h, i) => ({ ...h, id: `h${i}` })),
  }));
  const townships = Array.from({ length: TOWNSHIPS }, (_, t) => ({
    id: `t${t}`,
    villagesTotal: Math.ceil(VILLAGES / TOWNSHIPS),
    loans: { balance: '10000000', nonPerforming: '100000' },
    borrowers: 100,
  }));
  const without = { evalYear: Y, villages };
  const withTownships = {
    evalYear: Y,
    townships,
    villages: villages.map((v, i) => ({ ...v, township: `t${i % TOWNSHIPS}` })),
  };
  const result = evaluateBatch(withTownships);
  if (result.county === undefined) throw new Error('the roll-up gave no county');
  // The roll-up alone, from the villages' tallies (what the evaluator counts per village).
  const tallies = result.villages.map(villageTally);
  const rollup = () => {
    const evaluator = new BatchEvaluator({ evalYear: Y });
    evaluator.expectTownships();
    for (const t of townships) evaluator.township(t);
    for (const tally of tallies) evaluator.recordTally(tally);
    return [evaluator.townshipResults(), evaluator.summary()];
  };
  for (let i = 0; i < 100; i++) rollup();
  const rollupTimes = [];
  for (let i = 0; i < 200; i++) rollupTimes.push(cpuSeconds(rollup).seconds);
  const withoutTimes = [];
  const withTimes = [];
  evaluateBatch(without);
  for (let run = 0; run < ROUNDS; run++) {
    withoutTimes.push(cpuSeconds(() => evaluateBatch(without)).seconds);
    withTimes.push(cpuSeconds(() => evaluateBatch(withTownships)).seconds);
  }
  const batch = median(withoutTimes);
  const alone = median(rollupTimes);
  const added = alone / batch;
  const ab = median(withTimes) / batch - 1;
  const count = VILLAGES * perVillage;
  log(
    `township roll-up: ${grouped(count)} households in ${VILLAGES} villages, ${TOWNSHIPS} townships: batch ${(batch * 1000).toFixed(0)} ms CPU, roll-up alone ${(alone * 1e6).toFixed(0)} µs (${(100 * added).toFixed(3)}%); whole batch with townships ${(100 * ab).toFixed(1)}% against without (noise of a shared machine included)`,
  );
  return {
    variant: `township roll-up (${VILLAGES} villages, ${TOWNSHIPS} townships)`,
    rate: count / batch,
    on: `${grouped(count)} households, median CPU of ${ROUNDS}`,
    ratio: `roll-up ÷ batch = ${(100 * added).toFixed(3)}% (whole batch A/B ${ab >= 0 ? '+' : ''}${(100 * ab).toFixed(1)}%)`,
    target: '≤ 5%',
    status: added <= 0.05 ? 'PASS' : 'MISS',
  };
}
