import type {
  EntityAdviceChange,
  EntityExplanation,
  EntityGradeAdvice,
  Model,
} from '@credit-village/core';
import { formatMoneyText } from './numbers.js';

/** The entity components' names in the scheme's words (docs/model.md §8). */
const COMPONENT_WORDS: Readonly<Record<string, string>> = {
  standing: '经营年限与示范等级',
  scale: '经营规模',
  debtRatio: '资产负债率',
  surplus: '年经营净收益',
  creditRecord: '信用记录',
  stability: '经营稳定性',
  linkage: '联农带农与家庭信用',
};

/**
 * The calculation receipt of one entity for people: each component with its parts (the input
 * measured, the bin or level that applied, the points), the grade, the limit derivation with
 * its credit-only and guaranteed parts, and the next-grade advice. Codes are shown with the
 * model's Chinese labels.
 */
export function entityReceiptLines(
  explanation: EntityExplanation,
  advice: EntityGradeAdvice,
  model: Model,
  yearNote: string,
): string[] {
  const { result, components, grade, limit, evalYear } = explanation;
  const money = formatMoneyText;
  const entity = model.document.entity;
  const word = (
    list: readonly { code: string; label?: Record<string, string> }[] | undefined,
    code: string,
  ) => list?.find((x) => x.code === code)?.label?.zh;
  const type = word(entity?.types, result.type);
  const out = [
    `Entity ${result.id}${result.name === undefined ? '' : ` ${result.name}`}: ${type === undefined ? result.type : `${type} ${result.type}`}, evaluation year ${evalYear}${yearNote}`,
    `Model: ${explanation.model.id} version ${explanation.model.version} (${explanation.model.hash})`,
    '',
    'Score (新型农业经营主体评分):',
  ];
  for (const c of components) {
    out.push(
      `  ${c.id.padEnd(13)} ${String(c.points).padStart(3)} / ${String(c.max).padEnd(3)} ${COMPONENT_WORDS[c.id] ?? ''}`,
    );
    for (const p of c.parts) {
      const inputs = Object.entries(p.inputs)
        .map(([k, v]) => `${k} ${v ?? '—'}`)
        .join(', ');
      const value = p.value === null ? '' : ` = ${p.value}`;
      out.push(`    ${p.part}: ${inputs}${value}; ${p.rule} → ${p.points}`);
    }
  }
  out.push(`  ${'total'.padEnd(13)} ${String(result.score).padStart(3)}`, '');
  const vetoes =
    grade.vetoes.length > 0
      ? `; vetoes ${grade.vetoes
          .map((v) => {
            const label = word(entity?.vetoes.codes, v);
            return label === undefined ? v : `${v} ${label}`;
          })
          .join(', ')}: not rated (不予评级)`
      : '';
  out.push(
    `Grade: ${grade.code}${grade.minScore === null ? '' : ` (score ≥ ${grade.minScore})`}, ${grade.creditEntity ? 'a credit entity (信用主体)' : 'not a credit entity'}${vetoes}`,
    '',
    'Credit limit (授信额度):',
  );
  if (limit.base === null) {
    out.push(
      `  0.00: ${limit.boundBy === 'veto' ? 'a veto gives no limit' : `grade ${grade.code} gets no limit`}`,
    );
  } else {
    out.push(
      `  base for ${grade.code}:                     ${money(limit.base)}`,
      `  + ${limit.assetsCoefficient} × assets:                ${limit.assetsTerm}`,
      `  + ${limit.surplusCoefficient} × max(surplus, 0):      ${limit.surplusTerm} (surplus counted ${money(limit.surplusCounted ?? '0.00')})`,
      `  = raw:                             ${limit.raw}`,
      `  cap for ${result.type} ${grade.code}: ${money(limit.cap ?? '0.00')} (${limit.boundBy === 'cap' ? 'raw above the cap: the cap binds' : 'raw within the cap: the formula binds'})`,
      `  rounded ${limit.rounding.mode} to a multiple of ${limit.rounding.step}: ${money(limit.limit)}`,
      `  on credit alone (信用方式, at most ${money(limit.creditOnlyCeiling)}): ${money(limit.creditOnly)}`,
      `  needs a guarantee (需担保): ${money(limit.guaranteed)}`,
    );
  }
  out.push('', ...adviceLines(advice));
  return out;
}

function adviceLines(advice: EntityGradeAdvice): string[] {
  if (advice.target === null) return ['Next grade: already at the top grade.'];
  const head = `Next grade: ${advice.target} (now ${advice.current.grade}, score ${advice.current.score}). `;
  if (advice.options.length === 0) return [`${head}No single change reaches it.`];
  const lines = [`${head}Smallest changes that reach it:`];
  for (const o of advice.options)
    lines.push(
      `  - ${changeText(o.change)} → score ${o.score}, grade ${o.grade}, limit ${formatMoneyText(o.limit)}`,
    );
  return lines;
}

function changeText(change: EntityAdviceChange): string {
  switch (change.kind) {
    case 'demonstration':
      return `demonstration level: ${change.from} → ${change.to}`;
    case 'raiseScale':
      return `scale up by ${change.amount} to ${change.scaleAfter}`;
    case 'repayLiabilities':
      return `repay ${formatMoneyText(change.amount)} yuan (liabilities ${formatMoneyText(change.liabilitiesAfter)})`;
    case 'raiseSurplus':
      return `surplus up by ${formatMoneyText(change.amount)} to ${formatMoneyText(change.surplusAfter)}`;
    case 'creditRecord':
      return `credit record: ${change.from} → ${change.to}`;
    case 'extendLease':
      return `land lease: ${change.from} → ${change.to} years left`;
    case 'insure':
      return 'take out agricultural insurance';
    case 'salesContracts':
      return 'sell on orders or sales contracts';
    case 'driveHouseholds':
      return `drive ${change.amount} more households (${change.householdsDrivenAfter})`;
    case 'principalHouseholdGrade':
      return `principal's household grade: ${change.from ?? 'none'} → ${change.to}`;
    case 'clearVetoes':
      return `vetoes ${change.codes.join(', ')} cleared`;
  }
}
