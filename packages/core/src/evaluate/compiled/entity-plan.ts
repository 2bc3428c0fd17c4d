import type { ResolvedEntity } from '../../model/entity-resolve.js';
import type { RoundingMode } from '../../money/rounding.js';
import { BOUNDS } from '../../schema/bounds.js';
import {
  type DebtRatioBins,
  debtRatioBins,
  integerBins,
  type LimitRow,
  limitRow,
  type MoneyBins,
} from './plan.js';
import { ceilDiv, floorDiv, fromDecimal, int, mul } from './rational.js';

/**
 * The compiled form of a model's entity scorecard (docs/model.md §8): every bin as an integer
 * bound on what the record holds (whole years, whole households, fen, hundredths of the scale
 * unit), every limit row as exact integers with its BigInt twin.
 */
export interface EntityPlan {
  readonly years: MoneyBins;
  readonly lease: MoneyBins;
  readonly householdsDriven: MoneyBins;
  readonly surplus: MoneyBins;
  /** Per main line: the scale bins as bounds on the scale in hundredths of its unit. */
  readonly scale: ReadonlyMap<string, MoneyBins>;
  readonly debtRatio: DebtRatioBins;
  readonly limitMode: RoundingMode;
  /** Per grade, per entity type. */
  readonly limits: ReadonlyMap<string, ReadonlyMap<string, LimitRow>>;
  /** The credit-only ceiling in fen. */
  readonly ceilingFen: number;
  readonly wide: readonly string[];
}

/** The largest scale in hundredths (the area bound). */
const SCALE_MAX = Number(BOUNDS.area) * 100;

/** Compiles a resolved entity scorecard. */
export function buildEntityPlan(entity: ResolvedEntity): EntityPlan {
  const wide: string[] = [];
  const scale = new Map<string, MoneyBins>();
  for (const [line, threshold] of entity.threshold) {
    const thr = fromDecimal(threshold.toString());
    // Built in the order of `integerBins` ({ bins, otherwise }): one object shape for `binPoints`.
    scale.set(line, {
      bins: entity.scale.bins.map((bin) => {
        // scale ≥ t·threshold ⇔ 100·scale ≥ 100·t·threshold, on whole hundredths; a bound past
        // what a scale can be is clamped just outside the range, which keeps every comparison.
        const t = mul(mul(fromDecimal(bin.value.toString()), thr), int(100));
        const exact =
          bin.when === '>=' || bin.when === '<' ? ceilDiv(t.num, t.den) : floorDiv(t.num, t.den);
        const bound = exact > BigInt(SCALE_MAX) ? SCALE_MAX + 1 : exact < -1n ? -1 : Number(exact);
        return { op: bin.when, bound, points: bin.points };
      }),
      otherwise: entity.scale.otherwise,
    });
  }
  const limits = new Map<string, Map<string, LimitRow>>();
  for (const [grade, row] of entity.limit.byGrade) {
    const byType = new Map<string, LimitRow>();
    for (const [type, cap] of row.caps) {
      const built = limitRow(
        row.base,
        cap,
        entity.limit.assets,
        entity.limit.surplus,
        entity.limit.step,
      );
      if (built.wide) wide.push(`entity limit of grade ${grade}, type ${type}`);
      byType.set(type, built.row);
    }
    limits.set(grade, byType);
  }
  const ceiling = mul(fromDecimal(entity.limit.creditOnlyCeiling.toString()), int(100));
  return {
    years: integerBins(entity.years, 1n),
    lease: integerBins(entity.lease, 1n),
    householdsDriven: integerBins(entity.householdsDriven, 1n),
    surplus: integerBins(entity.surplus),
    scale,
    debtRatio: debtRatioBins(entity.debtRatio, wide),
    limitMode: entity.limit.mode,
    limits,
    // The model check makes the ceiling a whole number of fen, at most 1e14.
    ceilingFen: Number(ceiling.num / ceiling.den),
    wide,
  };
}
