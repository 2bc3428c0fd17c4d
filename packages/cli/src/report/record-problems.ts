import type { RecordError, TownshipOutcome } from '@credit-village/core';
import type { EvaluatedEntity, EvaluatedVillage } from '../run/village-source.js';
import { issueText } from './issue-text.js';

/**
 * How a village is named to a person: `village wj-yatan-01`, with its NDJSON line when it has
 * one (`village wj-yatan-01 (line 7)`), `line 7` when the line had no usable id, and its
 * position in a batch document when it had no id (`village #3 (no id)`).
 */
export function villageLabel({ result, line, position }: EvaluatedVillage): string {
  if (line !== undefined)
    return result.id === null ? `line ${line}` : `village ${result.id} (line ${line})`;
  return result.id === null ? `village #${position + 1} (no id)` : `village ${result.id}`;
}

/** How a household record is named: `household H8 (record 7)`, record being its 0-based index. */
export function householdLabel(error: RecordError): string {
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
    const prefix = isVillageProblem(error) ? label : `${label}, ${householdLabel(error)}`;
    for (const issue of error.issues)
      lines.push(`${prefix}: ${withoutLine(issueText(issue), village.line)}`);
  }
  return lines;
}

/** An issue's text without a leading `line N: `, when the village's label already names the line. */
export function withoutLine(text: string, line: number | undefined): string {
  const prefix = `line ${line}: `;
  return line !== undefined && text.startsWith(prefix) ? text.slice(prefix.length) : text;
}

/**
 * How an invalid entity record is named: `entity FF1 (record 3)`, record being its 0-based index
 * among the batch's entities, or `entity FF1 (line 12)` for an NDJSON line.
 */
export function entityLabel(error: RecordError, line: number | undefined): string {
  const where = line === undefined ? `record ${error.index}` : `line ${line}`;
  return error.id === undefined ? `entity ${where}` : `entity ${error.id} (${where})`;
}

/** Every problem of an entity, one line each: `entity b-type (record 1): type: …`. */
export function entityProblemLines({ entity, line }: EvaluatedEntity): string[] {
  if (entity.ok) return [];
  const label = entityLabel(entity.error, line);
  return entity.error.issues.map((issue) => `${label}: ${withoutLine(issueText(issue), line)}`);
}

/** Every problem of the townships' own fields, one line each: `township t-np: loans.nonPerforming: …`. */
export function townshipProblemLines(townships: TownshipOutcome | undefined): string[] {
  const lines: string[] = [];
  (townships?.townships ?? []).forEach((township, i) => {
    const label = township.id === null ? `township #${i + 1} (no id)` : `township ${township.id}`;
    for (const error of township.errors)
      for (const issue of error.issues) lines.push(`${label}: ${issueText(issue)}`);
  });
  return lines;
}
