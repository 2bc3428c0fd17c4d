import type { ComparisonReport, ComparisonSection } from '@credit-village/core';
import { entityComparisonLines } from './entity-comparison.js';
import { formatCount, formatMoneyText } from './numbers.js';

const MOVE_WORDS: Record<string, string> = {
  rated: 'newly rated',
  upgraded: 'upgraded',
  unchanged: 'unchanged',
  downgraded: 'downgraded',
  delisted: 'delisted (摘牌)',
  unrated: 'not a credit village either time',
  new: 'new',
  missing: 'missing',
};

/** A comparison for people: overall figures, the transition matrix, each village, credit changes. */
export function comparisonLines(report: ComparisonReport, title: string): string[] {
  const { before, after, overall } = report;
  const stamp = (s: typeof before) =>
    `${s.evalYear} (${s.model.id} v${s.model.version}, ${s.model.hash.slice(0, 19)}…)`;
  const out = [
    `${title}: ${stamp(before)} → ${stamp(after)}`,
    '',
    'Overall:',
    ...sectionLines(overall, '  '),
  ];
  const moves = Object.entries(overall.villages)
    .filter(([, n]) => n > 0)
    .map(([move, n]) => `${MOVE_WORDS[move] ?? move} ${formatCount(n)}`);
  out.push(
    `  villages: ${moves.join(', ') || 'none'}`,
    '  grade transitions (rows: before, columns: after):',
    ...matrixLines(overall.transitions, '    '),
    '',
  );
  out.push('Villages:');
  for (const v of report.villages) {
    const rating = `${v.ratingBefore ?? 'unrated'} → ${v.ratingAfter ?? 'unrated'}`;
    out.push(`  ${v.id ?? '(no id)'}: rating ${rating}, ${MOVE_WORDS[v.move] ?? v.move}`);
    out.push(...sectionLines(v, '    '));
  }
  out.push(
    '',
    `Households whose credit status changes (${formatCount(report.creditChanges.length)}):`,
  );
  for (const c of report.creditChanges.slice(0, 500)) {
    out.push(
      `  ${c.village ?? '(no id)'} ${c.household}: ${c.gradeBefore} → ${c.gradeAfter}, limit ${formatMoneyText(c.limitBefore)} → ${formatMoneyText(c.limitAfter)}`,
    );
  }
  if (report.creditChanges.length > 500)
    out.push(`  … and ${formatCount(report.creditChanges.length - 500)} more (see --json)`);
  out.push(...entityComparisonLines(report));
  return out;
}

function sectionLines(s: ComparisonSection, indent: string): string[] {
  const h = s.households;
  const change = s.totalLimit.change.startsWith('-')
    ? formatMoneyText(s.totalLimit.change)
    : `+${formatMoneyText(s.totalLimit.change)}`;
  return [
    `${indent}households: ${formatCount(h.before)} → ${formatCount(h.after)} (matched ${formatCount(h.matched)}, new ${formatCount(h.new)}, missing ${formatCount(h.missing)})`,
    `${indent}grades: ${formatCount(s.upgrades)} up, ${formatCount(s.downgrades)} down, ${formatCount(s.unchanged)} unchanged; credit status gained ${formatCount(s.creditGained)}, lost ${formatCount(s.creditLost)}`,
    `${indent}total limit: ${formatMoneyText(s.totalLimit.before)} → ${formatMoneyText(s.totalLimit.after)} (${change})`,
    `${indent}score stability (PSI): ${s.stability.psi} ${s.stability.band}`,
  ];
}

function matrixLines(matrix: ComparisonSection['transitions'], indent: string): string[] {
  const grades = Object.keys(matrix);
  // A loop, not Math.max(...cells): no array of any size goes onto the stack.
  let width = 5;
  for (const g of grades) {
    width = Math.max(width, g.length + 1);
    for (const n of Object.values(matrix[g] ?? {})) width = Math.max(width, String(n).length + 1);
  }
  const cell = (text: string) => text.padStart(width);
  return [
    `${indent}${cell('')}${grades.map(cell).join('')}`,
    ...grades.map(
      (from) =>
        `${indent}${cell(from)}${grades.map((to) => cell(String(matrix[from]?.[to] ?? 0))).join('')}`,
    ),
  ];
}
