import type {
  BatchSummary,
  CountyParameters,
  ModelStamp,
  TownshipOutcome,
} from '@credit-village/core';
import { entitySummaryLines } from './entity-summary.js';
import { formatCount, formatMoneyText, plural } from './numbers.js';

/** What the summary says besides the counts. */
export interface SummaryContext {
  readonly model: ModelStamp;
  /** The run's evaluation year; absent when NDJSON lines brought their own. */
  readonly evalYear: number | undefined;
  /** Where the results went (`results.json`), if anywhere. */
  readonly output?: string;
  /** The townships and the county, when the batch had townships (docs/model.md §9). */
  readonly townships?: TownshipOutcome | undefined;
  /** The model's credit-county conditions, to say which ones decide the verdict. */
  readonly county?: CountyParameters | undefined;
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
    `  invalid records:     ${invalid(summary, context.townships)}`,
    ...entitySummaryLines(summary, context.townships, context.county),
  ];
  if (context.output !== undefined) lines.push(`  results written to:  ${context.output}`);
  if (invalidCount(summary, context.townships) > 0) {
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

function invalidTownships(townships: TownshipOutcome | undefined): number {
  return (townships?.townships ?? []).filter((t) => t.errors.length > 0).length;
}

function invalidCount(summary: BatchSummary, townships: TownshipOutcome | undefined): number {
  return (
    summary.invalidHouseholds +
    summary.invalidVillages +
    (summary.entities?.invalid ?? 0) +
    invalidTownships(townships)
  );
}

function invalid(summary: BatchSummary, townships: TownshipOutcome | undefined): string {
  if (invalidCount(summary, townships) === 0) return 'none';
  const parts = [plural(summary.invalidHouseholds, 'household record')];
  if (summary.invalidVillages > 0) parts.push(plural(summary.invalidVillages, 'village'));
  const entities = summary.entities?.invalid ?? 0;
  if (entities > 0) parts.push(plural(entities, 'entity record', 'entity records'));
  const bad = invalidTownships(townships);
  if (bad > 0) parts.push(plural(bad, 'township'));
  return parts.join(', ');
}
