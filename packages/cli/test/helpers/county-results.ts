import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { BatchEvaluator, type VillageResult } from '@credit-village/core';
import { ResultDocumentWriter } from '../../src/write/result-document.js';
import { ResultLinesWriter } from '../../src/write/result-lines.js';
import { readVector } from './cli.js';

type Json = Record<string, unknown>;

/** The result files of a county's two years, as `evaluate` writes them, and what comparing them must give. */
export interface CountyResults {
  readonly before: { readonly json: string; readonly ndjson: string };
  readonly after: { readonly json: string; readonly ndjson: string };
  readonly expected: {
    readonly households: {
      readonly before: number;
      readonly after: number;
      readonly matched: number;
      readonly new: number;
      readonly missing: number;
    };
    readonly downgrades: number;
    readonly totalLimit: { readonly before: string; readonly after: string };
  };
}

const GRADES = ['AAA', 'AA', 'A', 'B', 'C', 'NR'];

/**
 * Writes a county's results of two years with the core and the command's own writers (the
 * bytes `evaluate` writes, in both formats), without the time a run of the command over a
 * batch would take. The later year drops the last 10 households of every village, adds 5 new
 * ones, and puts a veto on every 7th household (a downgrade to NR unless it was NR already).
 */
export function writeCountyResults(
  dir: string,
  villages: number,
  households: number,
): CountyResults {
  const golden = readVector('golden.json') as { evalYear: number; villages: Json[] };
  const template = golden.villages[0] as Json & { households: Json[] };
  // The golden households' scoring fields (grades from AAA to NR), their assets cut down to
  // deposits so that 300,000 households stay a few hundred MB.
  const records = template.households.map((r) => ({
    deposits: r.deposits ?? '0',
    income: r.income,
    civility: r.civility,
    creditRecord: r.creditRecord,
    ...(r.vetoes === undefined ? {} : { vetoes: r.vetoes }),
  }));
  const village = (v: number, year: 'before' | 'after'): Json => {
    const list: Json[] = [];
    const kept = year === 'before' ? households : households - 10;
    for (let h = 0; h < kept; h++) {
      const record: Json = { ...(records[h % records.length] as Json), id: `h${h}` };
      if (year === 'after' && h % 7 === 0) record.vetoes = ['V1'];
      list.push(record);
    }
    if (year === 'after')
      for (let h = 0; h < 5; h++) list.push({ ...(records[h] as Json), id: `new${h}` });
    return { ...template, id: `v${v}`, householdsTotal: households + 5, households: list };
  };

  const gradeBefore = new Map<string, string>();
  let downgrades = 0;
  const totals: Record<'before' | 'after', string> = { before: '', after: '' };
  const files = {
    before: { json: join(dir, 'before.json'), ndjson: join(dir, 'before.ndjson') },
    after: { json: join(dir, 'after.json'), ndjson: join(dir, 'after.ndjson') },
  };
  for (const year of ['before', 'after'] as const) {
    const evalYear = year === 'before' ? 2024 : 2025;
    const evaluator = new BatchEvaluator({ evalYear });
    const document = new ResultDocumentWriter(evaluator.model, evalYear);
    const lines = new ResultLinesWriter(evaluator.model);
    const json = openSync(files[year].json, 'w');
    const ndjson = openSync(files[year].ndjson, 'w');
    writeSync(json, document.start());
    for (let v = 0; v < villages; v++) {
      const result: VillageResult = evaluator.village(village(v, year));
      for (const h of result.households) {
        const key = `v${v}/${h.id}`;
        if (year === 'before') gradeBefore.set(key, h.grade);
        else {
          const was = gradeBefore.get(key);
          if (was !== undefined && GRADES.indexOf(h.grade) > GRADES.indexOf(was)) downgrades++;
        }
      }
      const evaluated = { result, evalYear, position: v, line: v + 1 };
      writeSync(json, document.village(evaluated));
      writeSync(ndjson, lines.village(evaluated));
    }
    const summary = evaluator.summary();
    writeSync(json, document.end({ summary, townships: undefined }));
    closeSync(json);
    closeSync(ndjson);
    totals[year] = summary.totalLimit;
  }
  const dropped = villages * 10;
  return {
    ...files,
    expected: {
      households: {
        before: villages * households,
        after: villages * (households - 5),
        matched: villages * (households - 10),
        new: villages * 5,
        missing: dropped,
      },
      downgrades,
      totalLimit: totals,
    },
  };
}
