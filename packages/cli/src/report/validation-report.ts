import type { BatchSummary, TownshipOutcome } from '@credit-village/core';
import type { EvaluatedVillage } from '../run/village-source.js';
import { issueText } from './issue-text.js';
import { formatCount, plural } from './numbers.js';
import { householdLabel, isVillageProblem, villageLabel, withoutLine } from './record-problems.js';

/**
 * The `validate` report for one village: nothing when it is valid; otherwise a heading naming
 * the village and what is wrong, then one indented line per issue, households by record:
 *
 * ```text
 * village wj-yatan-03: 2 of 160 household records invalid
 *   household YT03-0042 (record 41): houses[0].areaM2: at most 2 decimal places, got "120.555"
 *   household YT03-0077 (record 76): deposit: unknown field
 * ```
 */
export function villageReport(village: EvaluatedVillage): string[] {
  const { errors, counts } = village.result;
  if (errors.length === 0) return [];
  const own = errors.filter(isVillageProblem).reduce((n, e) => n + e.issues.length, 0);
  const heading: string[] = [];
  if (own > 0) heading.push(`the village record has ${plural(own, 'problem')}`);
  if (counts.invalid > 0) {
    heading.push(
      `${formatCount(counts.invalid)} of ${plural(counts.collected, 'household record')} invalid`,
    );
  }
  const lines = [`${villageLabel(village)}: ${heading.join('; ')}`];
  for (const error of errors) {
    const prefix = isVillageProblem(error) ? '' : `${householdLabel(error)}: `;
    for (const issue of error.issues) {
      lines.push(`  ${prefix}${withoutLine(issueText(issue), village.line)}`);
    }
  }
  return lines;
}

/** The report's last line: all valid, or how much is not. */
export function validationVerdict(
  summary: BatchSummary,
  townships?: TownshipOutcome | undefined,
): string {
  const records = summary.households + summary.invalidHouseholds;
  const e = summary.entities;
  const entities = e === undefined ? 0 : e.entities + e.invalid;
  const allTownships = townships?.townships.length ?? 0;
  const badTownships = (townships?.townships ?? []).filter((t) => t.errors.length > 0).length;
  const invalid =
    summary.invalidHouseholds + summary.invalidVillages + (e?.invalid ?? 0) + badTownships;
  if (invalid === 0) {
    const extra = [
      ...(e === undefined ? [] : [plural(entities, 'entity record', 'entity records')]),
      ...(townships === undefined ? [] : [plural(allTownships, 'township')]),
    ];
    return `All valid: ${[plural(summary.villages, 'village'), plural(records, 'household record'), ...extra].join(', ')}.`;
  }
  const parts = [
    `${formatCount(summary.invalidHouseholds)} of ${plural(records, 'household record')} invalid`,
  ];
  if (summary.invalidVillages > 0) {
    parts.push(
      `${formatCount(summary.invalidVillages)} of ${plural(summary.villages, 'village')} with problems of their own`,
    );
  }
  if ((e?.invalid ?? 0) > 0)
    parts.push(
      `${formatCount(e?.invalid ?? 0)} of ${plural(entities, 'entity record', 'entity records')} invalid`,
    );
  if (badTownships > 0)
    parts.push(
      `${formatCount(badTownships)} of ${plural(allTownships, 'township')} with problems of their own`,
    );
  return `Not valid: ${parts.join('; ')}.`;
}
