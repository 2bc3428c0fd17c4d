import type { HouseholdRecord } from '../../types/input.js';
import type { AdviceContext } from './context.js';
import type { AdviceOption } from './types.js';

interface Raise {
  readonly dimension: string;
  readonly from: string;
  readonly to: string;
}

/**
 * Civility: for each dimension, the smallest raise that reaches the next grade; when no single
 * dimension is enough, the pairs of raises that do with the fewest points gained.
 */
export function civilityOptions(context: AdviceContext): AdviceOption[] {
  const { model, record } = context;
  const points = (level: string) => model.civility.points.get(level) ?? 0;
  const levels = [...model.civility.codes].sort((a, b) => points(a) - points(b));
  const raises = (dimension: string): Raise[] => {
    const from = record.civility?.[dimension] ?? '';
    return levels.filter((l) => points(l) > points(from)).map((to) => ({ dimension, from, to }));
  };
  const tryRaises = (changes: Raise[]) =>
    context.tryChange({ kind: 'civility', changes }, withCivility(record, changes));

  const singles: AdviceOption[] = [];
  for (const dimension of model.civility.dimensions) {
    for (const raise of raises(dimension)) {
      const found = tryRaises([raise]);
      if (found !== undefined) {
        singles.push(found);
        break;
      }
    }
  }
  if (singles.length > 0) return singles;

  const pairs: AdviceOption[] = [];
  const dims = model.civility.dimensions;
  for (let i = 0; i < dims.length; i++) {
    for (let j = i + 1; j < dims.length; j++) {
      for (const a of raises(dims[i] as string)) {
        for (const b of raises(dims[j] as string)) {
          const found = tryRaises([a, b]);
          if (found !== undefined) pairs.push(found);
        }
      }
    }
  }
  // The pairs that gain the fewest points are the smallest changes.
  let least = Number.POSITIVE_INFINITY;
  for (const pair of pairs) least = Math.min(least, pair.score);
  return pairs.filter((p) => p.score === least);
}

function withCivility(record: HouseholdRecord, changes: readonly Raise[]): HouseholdRecord {
  const civility = { ...record.civility };
  for (const change of changes) civility[change.dimension] = change.to;
  return { ...record, civility };
}
