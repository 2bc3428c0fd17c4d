import { formatPath, type Issue } from '@credit-village/core';

/**
 * One issue as a line of text, starting with the field's path: `houses[0].areaM2: at most 2
 * decimal places, got "120.555"`. The core's messages usually start with their path already;
 * the path is added only when one does not.
 */
export function issueText(issue: Issue): string {
  if (issue.path.length === 0) return issue.message;
  const path = formatPath(issue.path);
  return issue.message.startsWith(`${path}:`) ? issue.message : `${path}: ${issue.message}`;
}
