import type { Comparison } from './core-adapter';
import { groupDecimal } from './money';

const SIGNS: Readonly<Record<Comparison, string>> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<' };

/** A bin's comparison (`>=`, `300000`) in mathematical notation: `≥ 300,000`. */
export function comparisonText(when: Comparison, value: string): string {
  return `${SIGNS[when]} ${groupDecimal(value)}`;
}
