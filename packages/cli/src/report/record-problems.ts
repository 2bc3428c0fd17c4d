import type { RecordError, TownshipOutcome } from '@credit-village/core';
import type { EvaluatedEntity, EvaluatedVillage } from '../run/village-source.js';
import { reportLanguage } from './issue-language.js';
import { recordIssueText } from './issue-text.js';

/**
 * How a village is named to a person: `village wj-yatan-01`, with its NDJSON line when it has
 * one (`village wj-yatan-01 (line 7)`), `line 7` when the line had no usable id, and its
 * position in a batch document when it had no id (`village #3 (no id)`).
 */
export function villageLabel({ result, line, position }: EvaluatedVillage): string {
  if (reportLanguage() === 'zh') {
    if (line !== undefined)
      return result.id === null ? `第 ${line} 行` : `村 ${result.id}（第 ${line} 行）`;
    return result.id === null ? `第 ${position + 1} 个村（无编号）` : `村 ${result.id}`;
  }
  if (line !== undefined)
    return result.id === null ? `line ${line}` : `village ${result.id} (line ${line})`;
  return result.id === null ? `village #${position + 1} (no id)` : `village ${result.id}`;
}

/**
 * How a household record is named: `household H8 (record 7)`, record being its 0-based index;
 * in Chinese counted from 1, as clerks count: `农户 H8（第 8 条记录）`.
 */
export function householdLabel(error: RecordError): string {
  const index = error.index ?? 0;
  if (reportLanguage() === 'zh')
    return error.id === undefined
      ? `第 ${index + 1} 条农户记录`
      : `农户 ${error.id}（第 ${index + 1} 条记录）`;
  return error.id === undefined
    ? `household record ${error.index}`
    : `household ${error.id} (record ${error.index})`;
}

/** Whether a record error is about the village's own fields (it has no household index). */
export function isVillageProblem(error: RecordError): boolean {
  return error.index === undefined;
}

/**
 * Every problem of a village's result, one line each, naming the village, the household and
 * the field: `village wj-yatan-01, household H8 (record 7): houses[0].areaM2: at most 2 decimal
 * places, got "120.555"`, or `village wj-bad: loans.nonPerforming: …` for the village itself.
 */
export function problemLines(village: EvaluatedVillage): string[] {
  const label = villageLabel(village);
  const lines: string[] = [];
  for (const error of village.result.errors) {
    const own = isVillageProblem(error);
    const prefix = own ? label : `${label}${separator()}${householdLabel(error)}`;
    for (const issue of error.issues) {
      const text = recordIssueText(issue, own ? 'village' : 'household');
      lines.push(`${prefix}${colon()}${withoutLine(text, village.line)}`);
    }
  }
  return lines;
}

/** An issue's text without a leading `line N: `, when the village's label already names the line. */
export function withoutLine(text: string, line: number | undefined): string {
  if (line === undefined) return text;
  for (const prefix of [`line ${line}: `, `第 ${line} 行：`])
    if (text.startsWith(prefix)) return text.slice(prefix.length);
  return text;
}

/** `: ` in English, `：` in Chinese. */
export function colon(): string {
  return reportLanguage() === 'zh' ? '：' : ': ';
}

function separator(): string {
  return reportLanguage() === 'zh' ? '，' : ', ';
}

/**
 * How an invalid entity record is named: `entity FF1 (record 3)`, record being its 0-based index
 * among the batch's entities, or `entity FF1 (line 12)` for an NDJSON line; in Chinese
 * `经营主体 FF1（第 4 条记录）`, counted from 1.
 */
export function entityLabel(error: RecordError, line: number | undefined): string {
  if (reportLanguage() === 'zh') {
    const where = line === undefined ? `第 ${(error.index ?? 0) + 1} 条记录` : `第 ${line} 行`;
    return error.id === undefined ? `经营主体（${where}）` : `经营主体 ${error.id}（${where}）`;
  }
  const where = line === undefined ? `record ${error.index}` : `line ${line}`;
  return error.id === undefined ? `entity ${where}` : `entity ${error.id} (${where})`;
}

/** Every problem of an entity, one line each: `entity b-type (record 1): type: …`. */
export function entityProblemLines({ entity, line }: EvaluatedEntity): string[] {
  if (entity.ok) return [];
  const label = entityLabel(entity.error, line);
  return entity.error.issues.map(
    (issue) => `${label}${colon()}${withoutLine(recordIssueText(issue, 'entity'), line)}`,
  );
}

/** Every problem of the townships' own fields, one line each: `township t-np: loans.nonPerforming: …`. */
export function townshipProblemLines(townships: TownshipOutcome | undefined): string[] {
  const zh = reportLanguage() === 'zh';
  const lines: string[] = [];
  (townships?.townships ?? []).forEach((township, i) => {
    const label =
      township.id === null
        ? zh
          ? `第 ${i + 1} 个乡镇（无编号）`
          : `township #${i + 1} (no id)`
        : zh
          ? `乡镇 ${township.id}`
          : `township ${township.id}`;
    for (const error of township.errors)
      for (const issue of error.issues)
        lines.push(`${label}${colon()}${recordIssueText(issue, 'township')}`);
  });
  return lines;
}
