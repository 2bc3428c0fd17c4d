import { readFileSync } from 'node:fs';
import {
  ENTITY_FUNNEL_LABELS,
  ENTITY_METRIC_LABELS,
  evaluateBatch,
  type FollowUpReport,
  FollowUpTracker,
  followUp,
  HOUSEHOLD_FUNNEL_LABELS,
  HOUSEHOLD_METRIC_LABELS,
  overLimitExcess,
  parseLedger,
  safeParseJson,
} from '@credit-village/core';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { readVector, VECTORS_DIR } from './vectors.js';

// The credit follow-up (docs/model.md §17) on the vectors: ledger.json against the results of
// townships.json, invalid-v2.ledger.json against those of invalid-v2.json.

interface ExpectedMetric {
  numerator: number | string;
  denominator: number | string;
  value: string | null;
}
type ExpectedMetrics = Record<string, ExpectedMetric>;
interface ExpectedGroup {
  id?: string;
  lender?: string;
  metrics: ExpectedMetrics;
  granted?: string;
  used?: string;
}
interface ExpectedLedger {
  batch: string;
  lines: number;
  exitStatus: number;
  asOf: string;
  villages: ExpectedGroup[];
  townships: ExpectedGroup[];
  county: ExpectedGroup;
  entities: ExpectedGroup;
  lenders: ExpectedGroup[];
  exceptions: Record<string, unknown>[];
  errors: { index: number; paths: (string | number)[][] }[];
  ignoredLenders: string[];
}

const expected = readVector('ledger.expected.json') as ExpectedLedger;
const results = evaluateBatch(readVector(expected.batch));
const ledgerText = readFileSync(`${VECTORS_DIR}ledger.json`, 'utf8');

/** A group as the expected file lists it: metrics, and granted and used where it has them. */
function project(group: { metrics: unknown; granted: string; used: string }, withSums: boolean) {
  return withSums
    ? { metrics: group.metrics, granted: group.granted, used: group.used }
    : { metrics: group.metrics };
}

function checkReport(report: FollowUpReport) {
  expect(report.asOf).toBe(expected.asOf);
  expect(report.villages.map((v) => ({ id: v.id, ...project(v, true) }))).toEqual(
    expected.villages,
  );
  expect(report.townships?.map((t) => ({ id: t.id, ...project(t, true) }))).toEqual(
    expected.townships,
  );
  expect(project(report.county, true)).toEqual(expected.county);
  expect(project(report.entities, true)).toEqual(expected.entities);
  const lenders = report.lenders.filter((l) => !expected.ignoredLenders.includes(l.lender));
  expect(lenders.map((l) => ({ lender: l.lender, metrics: l.metrics }))).toEqual(expected.lenders);
  // The exceptions carry more than the vector lists (lenders, amounts): compare its fields.
  const shown = report.exceptions.map((e) =>
    Object.fromEntries(
      Object.entries(e).filter(([key]) => key !== 'lenders' && key !== 'lender' && key !== 'used'),
    ),
  );
  const perLine = shown.map((e) =>
    e.kind === 'overLimit'
      ? e
      : Object.fromEntries(Object.entries(e).filter(([key]) => key !== 'granted')),
  );
  expect(perLine).toEqual(
    [...expected.exceptions].sort((a, b) => (a.line as number) - (b.line as number)),
  );
  expect(report.errors.map((e) => e.index)).toEqual(expected.errors.map((e) => e.index));
  for (const want of expected.errors) {
    const got = report.errors.find((e) => e.index === want.index);
    for (const path of want.paths) expect(got?.issues.map((i) => i.path)).toContainEqual(path);
  }
  const { summary } = report;
  expect(
    summary.active +
      summary.expired +
      summary.unknownSubject +
      summary.invalidSubject +
      summary.errors,
  ).toBe(expected.lines);
}

describe('ledger.json against the results of townships.json', () => {
  it('gives the metrics, exceptions and errors of ledger.expected.json', () => {
    checkReport(followUp(results, JSON.parse(ledgerText)));
  });

  it('gives the same report from the parsed text, and from NDJSON result lines', () => {
    const whole = followUp(results, JSON.parse(ledgerText));
    const parsed = safeParseJson(ledgerText);
    if (!parsed.ok) throw new Error('the vector is JSON');
    expect(followUp(results, parsed.value)).toEqual(whole);
    const { model, evalYear, villages, entities = [], townships = [] } = results;
    const lines = [
      ...villages.map((v, i) => ({ line: i + 1, model, evalYear, ...v })),
      ...entities.map((e) => ({ kind: 'entity', model, evalYear, ...e })),
      ...townships.map((t) => ({ kind: 'township', model, ...t })),
      { kind: 'county', model, ...results.county },
    ];
    expect(followUp(lines, JSON.parse(ledgerText))).toEqual(whole);
  });

  it('gives the same report streamed through the tracker, line by line', () => {
    const tracker = new FollowUpTracker();
    tracker.resultDocument(results);
    const ledger = JSON.parse(ledgerText) as { asOf: string; lines: unknown[] };
    tracker.asOf(ledger.asOf);
    const outcomes = ledger.lines.map((line, i) => tracker.line(line, i).kind);
    expect(tracker.report()).toEqual(followUp(results, ledger));
    expect(outcomes.filter((k) => k === 'error')).toHaveLength(expected.errors.length);
  });

  it('parses the ledger strictly: every line once, well-formed or an error', () => {
    const ledger = parseLedger(JSON.parse(ledgerText));
    expect(ledger.count).toBe(expected.lines);
    expect(ledger.lines.length + ledger.errors.length).toBe(expected.lines);
    expect(ledger.errors.map((e) => e.index)).toEqual(expected.errors.map((e) => e.index));
    // Amounts come out as money text with 2 decimals, whatever their spelling.
    expect(ledger.lines.find((l) => l.index === 1)?.granted).toBe('13000.00');
    expect(ledger.lines.find((l) => l.index === 6)?.granted).toBe('50000.00');
  });
});

describe('invalid-v2.ledger.json against the results of invalid-v2.json', () => {
  const want = (readVector('invalid-v2.expected.json') as { ledger: ExpectedLedger }).ledger;
  const report = followUp(
    evaluateBatch(readVector('invalid-v2.json')),
    readVector('invalid-v2.ledger.json'),
  );

  it('reports every bad line with the paths listed', () => {
    expect(report.errors.map((e) => e.index)).toEqual(want.errors.map((e) => e.index));
    for (const line of want.errors) {
      const got = report.errors.find((e) => e.index === line.index);
      for (const path of line.paths) expect(got?.issues.map((i) => i.path)).toContainEqual(path);
    }
  });

  it('reports the invalid and unknown subjects', () => {
    expect(report.exceptions.map((e) => ({ kind: e.kind, line: e.line }))).toEqual(want.exceptions);
  });
});

describe('the follow-up’s words and the over-limit excess', () => {
  it('names every stage of both funnels and every metric, in both languages', () => {
    const report = followUp(results, JSON.parse(ledgerText));
    expect(Object.keys(HOUSEHOLD_FUNNEL_LABELS)).toEqual(Object.keys(report.county.funnel));
    expect(Object.keys(ENTITY_FUNNEL_LABELS)).toEqual(Object.keys(report.entities.funnel));
    expect(Object.keys(HOUSEHOLD_METRIC_LABELS)).toEqual(Object.keys(report.county.metrics));
    expect(Object.keys(ENTITY_METRIC_LABELS)).toEqual(Object.keys(report.entities.metrics));
    for (const table of [
      HOUSEHOLD_FUNNEL_LABELS,
      ENTITY_FUNNEL_LABELS,
      HOUSEHOLD_METRIC_LABELS,
      ENTITY_METRIC_LABELS,
    ])
      for (const words of Object.values(table)) {
        expect(words.zh).toMatch(/\p{Script=Han}/u);
        expect(words.en).not.toMatch(/\p{Script=Han}/u);
      }
  });

  it('is Σ granted − limit to the fen, for every over-limit subject of the vector', () => {
    const over = followUp(results, JSON.parse(ledgerText)).exceptions.flatMap((e) =>
      e.kind === 'overLimit' ? [e] : [],
    );
    expect(over.length).toBeGreaterThan(1);
    for (const e of over)
      expect(overLimitExcess(e)).toBe(new Decimal(e.granted).minus(e.limit).toFixed(2));
    // One fen over, the vector's edge (docs/model.md §17's worked example).
    expect(over.map((e) => overLimitExcess(e))).toContain('0.01');
    expect(overLimitExcess({ granted: '25000.00', limit: '0.00' })).toBe('25000.00');
  });
});
