import type { Issue } from '@credit-village/core';
import {
  issueLine,
  locateIssue,
  type RecordRef,
  type ResultDocument,
  type WorkbookColumns,
  type WorkbookLocations,
} from '@credit-village/workbook';
import { issueText } from './issue-text.js';

/**
 * Every problem of a result, one line each. From a workbook: in Chinese, with the sheet, Excel
 * row and column label first, then the record's terms (`房屋 第 4 行「面积（m²）」：小数位过多…
 * — 村 v1 户 H8：houses[0].areaM2: …`); from JSON, as the JSON path prints them.
 */
export function resultProblemLines(
  result: ResultDocument,
  columns: WorkbookColumns,
  locations: WorkbookLocations | undefined,
): string[] {
  const lines: string[] = [];
  const add = (ref: RecordRef, who: string, issue: Issue) => {
    if (locations === undefined) {
      lines.push(`${who}: ${issueText(issue)}`);
      return;
    }
    const place = locateIssue(locations, columns, ref, issue.path);
    lines.push(issueLine({ ...issue, message: `${who}：${issue.message}` }, place, columns));
  };
  for (const [v, village] of result.villages.entries()) {
    const name = village.id === null ? `village #${v + 1}` : `村 ${village.id}`;
    for (const error of village.errors) {
      const ref: RecordRef =
        error.index === undefined ? { village: v } : { village: v, household: error.index };
      const who = error.index === undefined ? name : `${name} 户 ${error.id ?? `#${error.index}`}`;
      for (const issue of error.issues) add(ref, who, issue);
    }
  }
  for (const error of result.entityErrors ?? []) {
    for (const issue of error.issues)
      add({ entity: error.index ?? -1 }, `主体 ${error.id ?? `#${error.index}`}`, issue);
  }
  for (const [t, township] of (result.townships ?? []).entries()) {
    for (const error of township.errors ?? []) {
      for (const issue of error.issues)
        add({ township: t }, `乡镇 ${township.id ?? `#${t + 1}`}`, issue);
    }
  }
  return lines;
}
