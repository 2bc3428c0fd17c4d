import {
  type Issue,
  type IssueCode,
  OBJECTION_STATUSES,
  type ObjectionStatus,
  type ObjectionsReport,
  type TrackedObjection,
} from '@credit-village/core';
import { recordIssueText } from './issue-text.js';
import { formatCount } from './numbers.js';

/** Each status in a clerk's words, Chinese first. */
export const STATUS_WORDS: Readonly<Record<ObjectionStatus, string>> = {
  pending: '待复核 pending',
  overdue: '逾期未复核 overdue',
  resolved: '已按期复核 resolved',
  resolvedLate: '逾期复核 resolved late',
  late: '逾期提出，不予复核 filed outside the notice',
};

/** What is wrong with an objection, in Chinese, before the core's own words. */
const PROBLEM_WORDS: Partial<Record<IssueCode, string>> = {
  unknown_reference: '结果中查无此村或此户',
  after_today: '日期晚于统计日',
  before_filing: '复核日期早于提出日期',
  required: '缺少必填项',
  unknown_key: '不是异议的栏目',
  invalid_value: '填写有误',
  invalid_type: '填写的类型不对',
  invalid_id: '编号含不可见字符或首尾空格',
  empty: '不能为空',
  too_big: '过长',
  duplicate_key: '同一栏目写了两次',
};

/** At most this many household ids per village in the held list; the rest are counted. */
const HELD_SHOWN = 20;

/**
 * The objections report for people (`credit-village objections`), Chinese first: the notice
 * period and the day tracked; the objections by status; what is due this week and what is
 * overdue; the held households per village; the objections with errors. It names villages,
 * households and dates only: never the grounds, never a name.
 */
export function objectionsReportLines(report: ObjectionsReport): string[] {
  const { notice, today, week, summary } = report;
  const out = [
    '公示异议办理情况 Objections to the public notice',
    `  公示期 notice period: ${notice.from} 至 to ${notice.to}（${notice.days} 天 days）`,
    `  统计日 as of: ${today}（本周 this week ${week.from} 至 to ${week.to}）`,
    '',
    `异议 ${formatCount(summary.objections)} 条 objections:`,
  ];
  for (const status of OBJECTION_STATUSES)
    out.push(`  ${formatCount(summary.byStatus[status]).padStart(6)}  ${STATUS_WORDS[status]}`);
  out.push(`  ${formatCount(summary.errors).padStart(6)}  有误，未计入 with errors, not counted`);

  const open = report.objections.filter((o) => o.status === 'pending' && o.due !== null);
  const dueThisWeek = byDue(open.filter((o) => (o.due as string) <= week.to));
  out.push('', `本周到期 Due this week (by ${week.to}):`);
  out.push(...listed(dueThisWeek));
  const later = open.length - dueThisWeek.length;
  if (later > 0) out.push(`  另有 ${formatCount(later)} 条下周及以后到期 more due after this week`);
  out.push('', '逾期未复核 Overdue:');
  out.push(...listed(byDue(report.objections.filter((o) => o.status === 'overdue'))));

  out.push(
    '',
    `暂缓认定的农户 Held households: ${formatCount(summary.held)}（评定结果未定，暂不授信 ratings not final: do not lend on them yet）`,
  );
  const held = new Map<string, string[]>();
  for (const h of report.held) held.set(h.village, [...(held.get(h.village) ?? []), h.household]);
  const final: string[] = [];
  for (const village of report.villages) {
    const name = village.id ?? '(无编号 no id)';
    if (village.final) {
      final.push(name);
      continue;
    }
    const ids = village.id === null ? [] : (held.get(village.id) ?? []);
    const shown = ids.slice(0, HELD_SHOWN).join(', ');
    const more = ids.length > HELD_SHOWN ? ` … 另 ${ids.length - HELD_SHOWN} 户 more` : '';
    out.push(`  ${name}: ${formatCount(village.held)} 户 held — ${shown}${more}`);
  }
  // A county has a hundred villages and more: the final ones are counted, and named only when
  // they fit on a line (the --json report lists them all).
  if (final.length > 0)
    out.push(
      final.length <= FINAL_NAMED
        ? `  评定结果已定的村 villages final (${formatCount(final.length)}): ${final.join(', ')}`
        : `  评定结果已定的村 villages final: ${formatCount(final.length)}（完整名单见 --json full list with --json）`,
    );

  if (report.errors.length > 0) {
    out.push('', `有误的异议 Objections with errors (${formatCount(report.errors.length)}):`);
    for (const error of report.errors)
      for (const issue of error.issues) out.push(`  #${error.index} ${problemText(issue)}`);
  }
  return out;
}

/** One line per objection, or `无 none`. */
function listed(list: readonly TrackedObjection[]): string[] {
  return list.length === 0 ? ['  无 none'] : list.map((o) => `  ${objectionLine(o)}`);
}

/** The most villages with final ratings named one by one. */
const FINAL_NAMED = 8;

function byDue(list: readonly TrackedObjection[]): TrackedObjection[] {
  return [...list].sort((a, b) => (a.due ?? '').localeCompare(b.due ?? '') || a.index - b.index);
}

/** `2024-10-17  r-worked / R1  #0  filed 2024-09-29  待复核 pending`. */
function objectionLine(o: TrackedObjection): string {
  return `${o.due ?? '—'}  ${o.village} / ${o.household}  #${o.index}  提出 filed ${o.filed}  ${STATUS_WORDS[o.status]}`;
}

function problemText(issue: Issue): string {
  const words = PROBLEM_WORDS[issue.code] ?? '有误';
  return `${words} — ${recordIssueText(issue, 'objection')}`;
}
