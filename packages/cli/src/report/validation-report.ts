import type { BatchSummary, TownshipOutcome } from '@credit-village/core';
import type { EvaluatedVillage } from '../run/village-source.js';
import { reportLanguage } from './issue-language.js';
import { recordIssueText } from './issue-text.js';
import { formatCount, plural } from './numbers.js';
import {
  colon,
  householdLabel,
  isVillageProblem,
  villageLabel,
  withoutLine,
} from './record-problems.js';

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
  const zh = reportLanguage() === 'zh';
  const heading: string[] = [];
  if (own > 0)
    heading.push(
      zh
        ? `村记录有 ${formatCount(own)} 处问题`
        : `the village record has ${plural(own, 'problem')}`,
    );
  if (counts.invalid > 0) {
    heading.push(
      zh
        ? `${formatCount(counts.collected)} 条农户记录中 ${formatCount(counts.invalid)} 条无效`
        : `${formatCount(counts.invalid)} of ${plural(counts.collected, 'household record')} invalid`,
    );
  }
  const lines = [`${villageLabel(village)}${colon()}${heading.join(zh ? '；' : '; ')}`];
  for (const error of errors) {
    const own = isVillageProblem(error);
    const prefix = own ? '' : `${householdLabel(error)}${colon()}`;
    for (const issue of error.issues) {
      const text = recordIssueText(issue, own ? 'village' : 'household');
      lines.push(`  ${prefix}${withoutLine(text, village.line)}`);
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
  const counts = {
    records,
    entities: e === undefined ? undefined : e.entities + e.invalid,
    invalidEntities: e?.invalid ?? 0,
    townships: townships === undefined ? undefined : townships.townships.length,
    badTownships: (townships?.townships ?? []).filter((t) => t.errors.length > 0).length,
  };
  const invalid =
    summary.invalidHouseholds +
    summary.invalidVillages +
    counts.invalidEntities +
    counts.badTownships;
  if (reportLanguage() === 'zh') return chineseVerdict(summary, counts, invalid);
  if (invalid === 0) {
    const extra = [
      ...(counts.entities === undefined
        ? []
        : [plural(counts.entities, 'entity record', 'entity records')]),
      ...(counts.townships === undefined ? [] : [plural(counts.townships, 'township')]),
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
  if (counts.invalidEntities > 0)
    parts.push(
      `${formatCount(counts.invalidEntities)} of ${plural(counts.entities ?? 0, 'entity record', 'entity records')} invalid`,
    );
  if (counts.badTownships > 0)
    parts.push(
      `${formatCount(counts.badTownships)} of ${plural(counts.townships ?? 0, 'township')} with problems of their own`,
    );
  return `Not valid: ${parts.join('; ')}.`;
}

interface VerdictCounts {
  readonly records: number;
  readonly entities: number | undefined;
  readonly invalidEntities: number;
  readonly townships: number | undefined;
  readonly badTownships: number;
}

function chineseVerdict(summary: BatchSummary, counts: VerdictCounts, invalid: number): string {
  const { records } = counts;
  if (invalid === 0) {
    const parts = [
      `${formatCount(summary.villages)} 个村`,
      `${formatCount(records)} 条农户记录`,
      ...(counts.entities === undefined ? [] : [`${formatCount(counts.entities)} 条经营主体记录`]),
      ...(counts.townships === undefined ? [] : [`${formatCount(counts.townships)} 个乡镇`]),
    ];
    return `全部有效：${parts.join('，')}。`;
  }
  const parts = [
    `${formatCount(records)} 条农户记录中 ${formatCount(summary.invalidHouseholds)} 条无效`,
  ];
  if (summary.invalidVillages > 0)
    parts.push(
      `${formatCount(summary.villages)} 个村中 ${formatCount(summary.invalidVillages)} 个村自身有问题`,
    );
  if (counts.invalidEntities > 0)
    parts.push(
      `${formatCount(counts.entities ?? 0)} 条经营主体记录中 ${formatCount(counts.invalidEntities)} 条无效`,
    );
  if (counts.badTownships > 0)
    parts.push(
      `${formatCount(counts.townships ?? 0)} 个乡镇中 ${formatCount(counts.badTownships)} 个乡镇自身有问题`,
    );
  return `未通过：${parts.join('；')}。`;
}
