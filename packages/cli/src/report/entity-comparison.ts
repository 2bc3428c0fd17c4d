import type { ComparisonReport } from '@credit-village/core';
import { formatCount, formatMoneyText } from './numbers.js';

const MOVE_WORDS: Readonly<Record<string, string>> = {
  rated: '新评为信用乡镇 newly rated',
  upgraded: '升级 upgraded',
  unchanged: '不变 unchanged',
  downgraded: '降级 downgraded',
  delisted: '摘牌 delisted',
  unrated: '两次均非信用乡镇 not a credit township either time',
  new: '新增 new',
  missing: '缺少 missing',
};

/**
 * The entity and township parts of a comparison for people (docs/model.md §8–9), Chinese first:
 * entity grade transitions and credit-status changes, each township's rating move, and the
 * county's verdict and shares before and after. Nothing when neither evaluation had them.
 */
export function entityComparisonLines(report: ComparisonReport): string[] {
  const out: string[] = [];
  const e = report.entities;
  if (e !== undefined) {
    const change = (text: string) =>
      text.startsWith('-') ? formatMoneyText(text) : `+${formatMoneyText(text)}`;
    out.push(
      '',
      '新型农业经营主体 Entities:',
      `  主体 entities: ${formatCount(e.entities.before)} → ${formatCount(e.entities.after)} (matched ${formatCount(e.entities.matched)}, new ${formatCount(e.entities.new)}, missing ${formatCount(e.entities.missing)})`,
      `  等级 grades: ${formatCount(e.upgrades)} up, ${formatCount(e.downgrades)} down, ${formatCount(e.unchanged)} unchanged; 信用主体 credit status gained ${formatCount(e.creditGained)}, lost ${formatCount(e.creditLost)}`,
      `  授信额度 total limit: ${formatMoneyText(e.totalLimit.before)} → ${formatMoneyText(e.totalLimit.after)} (${change(e.totalLimit.change)}); 需担保 guaranteed ${formatMoneyText(e.totalGuaranteed.before)} → ${formatMoneyText(e.totalGuaranteed.after)}`,
      '  grade transitions (rows: before, columns: after):',
      ...matrixLines(e.transitions, '    '),
    );
    for (const c of e.creditChanges.slice(0, 200))
      out.push(
        `  ${c.entity}: ${c.gradeBefore} → ${c.gradeAfter}, limit ${formatMoneyText(c.limitBefore)} → ${formatMoneyText(c.limitAfter)}`,
      );
    if (e.creditChanges.length > 200)
      out.push(`  … and ${formatCount(e.creditChanges.length - 200)} more (see --json)`);
  }
  if (report.townships !== undefined) {
    out.push('', '乡镇 Townships:');
    for (const t of report.townships) {
      const credit = (s: Readonly<Record<string, string>> | null) => s?.credit ?? '—';
      out.push(
        `  ${t.id ?? '(no id)'}: ${t.ratingBefore ?? '未评定 unrated'} → ${t.ratingAfter ?? '未评定 unrated'}, ${MOVE_WORDS[t.move] ?? t.move}; 信用村占比 credit share ${credit(t.sharesBefore)} → ${credit(t.sharesAfter)}`,
      );
    }
  }
  const county = report.county;
  if (county !== undefined) {
    const verdict = (c: typeof county.before) =>
      c === null
        ? '—'
        : c.creditCounty === null
          ? '未能评定 not rated'
          : c.creditCounty
            ? '是 yes'
            : '否 no';
    out.push(
      '',
      `信用县 Credit county: ${verdict(county.before)} → ${verdict(county.after)}`,
      `  信用村占比 credit-village share: ${county.before?.creditVillageShare ?? '—'} → ${county.after?.creditVillageShare ?? '—'}`,
      `  信用乡镇占比 credit-township share: ${county.before?.creditTownshipShare ?? '—'} → ${county.after?.creditTownshipShare ?? '—'}`,
      `  不良贷款率 NPL: ${county.before?.npl ?? '—'} → ${county.after?.npl ?? '—'}`,
    );
  }
  return out;
}

function matrixLines(
  matrix: Readonly<Record<string, Readonly<Record<string, number>>>>,
  indent: string,
): string[] {
  const grades = Object.keys(matrix);
  const width = Math.max(
    5,
    ...grades.map((g) => g.length + 1),
    ...grades.flatMap((g) => Object.values(matrix[g] ?? {}).map((n) => String(n).length + 1)),
  );
  const cell = (text: string) => text.padStart(width);
  return [
    `${indent}${cell('')}${grades.map(cell).join('')}`,
    ...grades.map(
      (from) =>
        `${indent}${cell(from)}${grades.map((to) => cell(String(matrix[from]?.[to] ?? 0))).join('')}`,
    ),
  ];
}
