import { groupDecimal } from './money';

const SIGNS: Readonly<Record<string, string>> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

/**
 * A bin rule of the core's receipt (`">= 300000"`) in mathematical notation (`≥ 300,000`), or
 * `undefined` when it is not a comparison (`otherwise`, `noDebt`…).
 */
export function comparisonText(rule: string): string | undefined {
  const match = /^(>=|>|<=|<) (-?\d+(?:\.\d+)?)$/.exec(rule);
  if (match === null) return undefined;
  const [, when = '', value = ''] = match;
  return `${SIGNS[when] ?? when} ${groupDecimal(value)}`;
}
