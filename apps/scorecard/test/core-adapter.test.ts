import { describe, expect, test } from 'vitest';
import { defaultModel, placeIssues, scoreHousehold } from '../src/lib/core-adapter';
import { goldenHousehold } from './helpers';

const model = defaultModel();

describe('the core adapter', () => {
  test('scores a valid household with the full receipt', () => {
    const outcome = scoreHousehold(goldenHousehold('H1'), 2024, model);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.explanation.result.grade).toBe('AAA');
    expect(outcome.explanation.result.limit).toBe('163000.00');
    expect(outcome.explanation.limit.raw).toBe('163796');
  });

  test('lists a bad evaluation year together with the record’s own issues', () => {
    const record = { ...goldenHousehold('H1'), deposits: '1e3' };
    const outcome = scoreHousehold(record, 1800, model);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.issues.map((i) => i.path.join('.'))).toEqual(['evalYear', 'deposits']);
  });

  test('places each issue on its field or the nearest group, else leaves it unplaced', () => {
    const issue = (path: (string | number)[]) => ({
      path,
      code: 'invalid_value' as const,
      message: 'x',
    });
    const keys = new Set(['houses', 'houses[0]', 'houses[0].areaM2', 'vetoes']);
    const placed = placeIssues(
      [
        issue(['houses', 0, 'areaM2']),
        issue(['houses', 0, 'colour']),
        issue(['vetoes', 2]),
        issue(['deposit']),
      ],
      keys,
    );
    expect([...placed.byField.keys()]).toEqual(['houses[0].areaM2', 'houses[0]', 'vetoes']);
    expect(placed.unplaced.map((i) => i.path)).toEqual([['deposit']]);
  });
});
