import type { GradeAdvice, HouseholdExplanation } from '@credit-village/core';
import { formatMoneyText } from './numbers.js';
import { reviewLines } from './review-receipt.js';

/**
 * The calculation receipt of one household for people: every asset line with its formula and
 * inputs, the exact value before rounding and the rounded value; each score component with the
 * bin that applied; the grade; the limit derivation; and the next-grade advice.
 */
export function receiptLines(
  explanation: HouseholdExplanation,
  advice: GradeAdvice,
  yearNote: string,
): string[] {
  const { result, assets, components, grade, limit, model, evalYear } = explanation;
  const money = formatMoneyText;
  const out = [
    `Household ${result.id}: evaluation year ${evalYear}${yearNote}`,
    `Model: ${model.id} version ${model.version} (${model.hash})`,
    '',
    'Key assets (重点资产价值), each line rounded once:',
  ];
  if (assets.lines.length === 0) out.push('  (no asset lines)');
  for (const line of assets.lines) {
    const name = line.index === undefined ? line.item : `${line.item} #${line.index + 1}`;
    out.push(`  ${name}: ${line.formula}`);
    out.push(
      `    inputs: ${Object.entries(line.inputs)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    out.push(`    exact ${line.exact} → ${money(line.value)}`);
  }
  out.push(
    `  gross key assets G:       ${money(assets.gross)}`,
    `  liabilities L:            ${money(assets.liabilities.total)} (bank loans ${money(assets.liabilities.bankLoans)} + other ${money(assets.liabilities.other)})`,
    `  net key assets N = G − L: ${money(assets.net)}`,
    '',
  );
  if (explanation.review !== undefined) out.push(...reviewLines(explanation.review));
  out.push('Score:');
  for (const c of components) {
    const basis =
      c.levels !== undefined
        ? Object.entries(c.levels)
            .map(([d, l]) => `${d} ${l.level} ${l.points}`)
            .join(', ')
        : c.rule === 'levels'
          ? `${c.value}`
          : c.value === null
            ? c.rule
            : `${c.id === 'debtRatio' ? `L/G ${c.value}` : money(c.value)}, bin ${c.rule}`;
    out.push(
      `  ${c.id.padEnd(13)} ${String(c.points).padStart(3)} / ${String(c.max).padEnd(3)} ${basis}`,
    );
  }
  out.push(`  ${'total'.padEnd(13)} ${String(result.score).padStart(3)}`, '');
  const vetoes = grade.vetoes.length > 0 ? `; vetoes ${grade.vetoes.join(', ')}: not rated` : '';
  out.push(
    `Grade: ${grade.code}${grade.minScore === null ? '' : ` (score ≥ ${grade.minScore})`}, ${grade.creditHousehold ? 'a credit household (信用户)' : 'not a credit household'}${vetoes}`,
    '',
  );
  out.push('Credit limit (授信额度):');
  if (limit.base === null) {
    out.push(
      `  0.00: ${limit.boundBy === 'veto' ? 'a veto gives no limit' : `grade ${grade.code} gets no limit`}`,
    );
  } else {
    out.push(
      `  base for ${grade.code}:                    ${money(limit.base)}`,
      `  + ${limit.grossAssetsCoefficient} × G:                   ${limit.grossAssetsTerm}`,
      `  + ${limit.operatingIncomeCoefficient} × operating income:    ${limit.operatingIncomeTerm}`,
      `  = raw:                            ${limit.raw}`,
      `  cap:                              ${money(limit.cap ?? '0.00')} (${limit.boundBy === 'cap' ? 'raw above the cap: the cap binds' : 'raw within the cap: the formula binds'})`,
      `  rounded ${limit.rounding.mode} to a multiple of ${limit.rounding.step}: ${money(limit.limit)}`,
    );
  }
  out.push('', ...adviceLines(advice));
  return out;
}

function adviceLines(advice: GradeAdvice): string[] {
  if (advice.target === null) return ['Next grade: already at the top grade.'];
  const head = `Next grade: ${advice.target} (now ${advice.current.grade}, score ${advice.current.score}). `;
  if (advice.options.length === 0) return [`${head}No single change reaches it.`];
  const lines = [`${head}Smallest changes that reach it:`];
  for (const o of advice.options) {
    lines.push(
      `  - ${changeText(o.change)} → score ${o.score}, grade ${o.grade}, limit ${formatMoneyText(o.limit)}`,
    );
  }
  return lines;
}

function changeText(change: GradeAdvice['options'][number]['change']): string {
  switch (change.kind) {
    case 'civility':
      return change.changes
        .map((c) => `civility ${c.dimension}: ${c.from} → ${c.to}`)
        .join(' and ');
    case 'creditRecord':
      return `credit record: ${change.from} → ${change.to}`;
    case 'repayDebt':
      return `repay ${formatMoneyText(change.amount)} yuan of debt (liabilities ${formatMoneyText(change.liabilitiesAfter)})`;
    case 'raiseNetIncome':
      return `net income up by ${formatMoneyText(change.amount)} to ${formatMoneyText(change.netIncomeAfter)}`;
    case 'addDeposits':
      return `deposits up by ${formatMoneyText(change.amount)} to ${formatMoneyText(change.depositsAfter)}`;
    case 'clearVetoes':
      return `vetoes ${change.codes.join(', ')} cleared`;
  }
}
