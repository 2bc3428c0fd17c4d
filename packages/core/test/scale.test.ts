import { compareResults, defaultModel, evaluateBatch } from '@credit-village/core';
import { describe, expect, it } from 'vitest';

// The documented bounds, reached: one village of 100,000 households (docs/formats.md) is
// evaluated whole, and compared with itself, without a stack or memory blow-up. Functions
// that spread an array into arguments (Math.max(...scores)) fail here, not in a county office.

const HOUSEHOLDS = 100_000;
const DIMENSIONS = defaultModel().document.score.civility.dimensions.map((d) => d.code);

function village() {
  const households = Array.from({ length: HOUSEHOLDS }, (_, i) => ({
    id: `h${i}`,
    deposits: String((i % 997) * 100),
    income: { net: String(10_000 + (i % 151) * 1000), operating: '0' },
    civility: Object.fromEntries(
      DIMENSIONS.map((d, k) => [d, (i + k) % 3 === 0 ? 'fair' : 'good']),
    ),
    creditRecord: i % 50 === 0 ? 'cleared' : 'none',
  }));
  return { id: 'big', householdsTotal: HOUSEHOLDS, partyOrganisation: 'good', households };
}

describe('at the documented bounds', () => {
  it('a village of 100,000 households is evaluated whole and compares with itself as unchanged', () => {
    const result = evaluateBatch({ evalYear: 2024, villages: [village()] });
    const [only] = result.villages;
    expect(only?.households).toHaveLength(HOUSEHOLDS);
    expect(only?.errors).toEqual([]);
    expect(result.summary.households).toBe(HOUSEHOLDS);
    const report = compareResults(result, result);
    expect(report.overall.upgrades).toBe(0);
    expect(report.overall.downgrades).toBe(0);
  });
});
