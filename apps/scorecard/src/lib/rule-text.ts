import type { Comparison } from './core-adapter';
import { formatPercent, groupDecimal } from './money';

const SIGNS: Readonly<Record<Comparison, string>> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

/**
 * A bin's comparison (`>=`, `300000`) in mathematical notation: `≥ 300,000`. A ratio's bound
 * is shown as a percentage (`≤ 30%`) when `percent` is set.
 */
export function comparisonText(when: Comparison, value: string, percent = false): string {
  return `${SIGNS[when]} ${percent ? formatPercent(value) : groupDecimal(value)}`;
}
