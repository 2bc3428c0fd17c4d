import type { BatchSummary, ModelStamp } from '@credit-village/core';
import { formatCount, formatMoneyText, plural } from './numbers.js';

/** What the summary says besides the counts. */
export interface SummaryContext {
  readonly model: ModelStamp;
  /** The run's evaluation year; absent when NDJSON lines brought their own. */
  readonly evalYear: number | undefined;
  /** Where the results went (`results.json`), if anywhere. */
  readonly output?: string;
}

/**
 * The end-of-run summary for people, printed on standard error: villages by rating,
 * households by grade, credit households, the total credit limit and the invalid records.
 */
export function summaryLines(summary: BatchSummary, context: SummaryContext): string[] {
  const { model, evalYear } = context;
  const year = evalYear === undefined ? '' : ` for ${evalYear}`;
  const lines = [
    `Evaluated ${plural(summary.villages, 'village')} and ${plural(summary.households, 'household')}${year}`,
    `  model:               ${model.id} version ${model.version} (${model.hash})`,
    `  villages by rating:  ${tally(summary.byRating)}`,
    `  households by grade: ${tally(summary.byGrade)}`,
    `  credit households:   ${formatCount(summary.creditHouseholds)}`,
    `  total credit limit:  ${formatMoneyText(summary.totalLimit)} yuan`,
    `  invalid records:     ${invalid(summary)}`,
  ];
  if (context.output !== undefined) lines.push(`  results written to:  ${context.output}`);
  if (summary.invalidHouseholds + summary.invalidVillages > 0) {
    lines.push(
      'Fix the records listed above and run again: a village with an invalid record is not rated.',
    );
  }
  return lines;
}

function tally(counts: Readonly<Record<string, number>>): string {
  return Object.entries(counts)
    .map(([key, n]) => `${key} ${formatCount(n)}`)
    .join(', ');
}

function invalid(summary: BatchSummary): string {
  if (summary.invalidHouseholds + summary.invalidVillages === 0) return 'none';
  const parts = [plural(summary.invalidHouseholds, 'household record')];
  if (summary.invalidVillages > 0) parts.push(plural(summary.invalidVillages, 'village'));
  return parts.join(', ');
}
