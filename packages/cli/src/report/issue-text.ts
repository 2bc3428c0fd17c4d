import { formatPath, type Issue, issueLine, type RecordKind } from '@credit-village/core';
import { reportLanguage, reportOptions } from './issue-language.js';

/**
 * One issue as a line of text. In Chinese (see `reportLanguage`), the field by its name and
 * what is wrong in a clerk's words: `房屋 1 › 面积（m²）：最多 2 位小数，填写的是「120.555」`.
 * In English, the library's message, which starts with the field's path as integrators read it:
 * `houses[0].areaM2: at most 2 decimal places, got "120.555"`. The path starts from a
 * household record (see {@link recordIssueText} for others).
 */
export function issueText(issue: Issue): string {
  return recordIssueText(issue, 'household');
}

/** {@link issueText} of an issue whose path starts from `record` (a village, a model, …). */
export function recordIssueText(issue: Issue, record: RecordKind): string {
  if (reportLanguage() === 'zh') return issueLine(issue, reportOptions(record));
  if (issue.path.length === 0) return issue.message;
  const path = formatPath(issue.path);
  return issue.message.startsWith(`${path}:`) ? issue.message : `${path}: ${issue.message}`;
}
