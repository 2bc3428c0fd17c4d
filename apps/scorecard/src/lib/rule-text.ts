import { formatPercent, groupDecimal } from './money';

const SIGNS: Readonly<Record<string, string>> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

/**
 * A bin rule of the core's receipt (`">= 300000"`) in mathematical notation (`≥ 300,000`), or
 * `undefined` when it is not a comparison (`otherwise`, `noDebt`…). A ratio's bound is shown
 * as a percentage (`≤ 30%`) when `percent` is set.
 */
export function comparisonText(rule: string, percent = false): string | undefined {
  const match = /^(>=|>|<=|<) (-?\d+(?:\.\d+)?)$/.exec(rule);
  if (match === null) return undefined;
  const [, when = '', value = ''] = match;
  return `${SIGNS[when] ?? when} ${percent ? formatPercent(value) : groupDecimal(value)}`;
}
