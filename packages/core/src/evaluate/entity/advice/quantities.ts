import { Dec, ZERO } from '../../../money/decimal.js';
import { formatMoney } from '../../../money/format.js';
import { BOUNDS } from '../../../schema/bounds.js';
import { ENTITY_BOUNDS } from '../../../schema/entity.js';
import { MONEY_MAX } from '../../advice/fen.js';
import type { EntityAdviceContext } from './context.js';
import { above, lowerEdges, lowerWholeEdges, upperEdges } from './edges.js';
import type { EntityAdviceOption } from './types.js';

const AREA_MAX = new Dec(BOUNDS.area);

/** A larger scale: the smallest scale of each better bin of r = scale / threshold, nearest first. */
export function raiseScaleOption(context: EntityAdviceContext): EntityAdviceOption | undefined {
  const { entity, record } = context;
  const threshold = entity.threshold.get(record.mainLine) ?? new Dec(1);
  const scale = new Dec(record.scale);
  return context.firstOf(
    above(lowerEdges(entity.scale, threshold), scale, AREA_MAX).map((to) => ({
      change: {
        kind: 'raiseScale' as const,
        amount: to.minus(scale).toFixed(2),
        scaleAfter: to.toFixed(2),
      },
      record: { ...record, scale: to.toFixed(2) },
    })),
  );
}

/** Repaying liabilities: the largest liabilities of each better debt-ratio bin (and none), smallest repayment first. */
export function repayLiabilitiesOption(
  context: EntityAdviceContext,
): EntityAdviceOption | undefined {
  const { entity, record } = context;
  const assets = new Dec(record.assets);
  const liabilities = new Dec(record.liabilities);
  const afters = [ZERO, ...upperEdges(entity.debtRatio, assets)]
    .filter((v) => v.gte(0) && v.lt(liabilities))
    .sort((a, b) => b.cmp(a));
  return context.firstOf(
    afters.map((to) => ({
      change: {
        kind: 'repayLiabilities' as const,
        amount: formatMoney(liabilities.minus(to)),
        liabilitiesAfter: formatMoney(to),
      },
      record: { ...record, liabilities: to.toFixed(2) },
    })),
  );
}

/** A larger surplus: the smallest surplus of each better bin, nearest first. */
export function raiseSurplusOption(context: EntityAdviceContext): EntityAdviceOption | undefined {
  const { entity, record } = context;
  const surplus = new Dec(record.surplus);
  return context.firstOf(
    above(lowerEdges(entity.surplus), surplus, MONEY_MAX).map((to) => ({
      change: {
        kind: 'raiseSurplus' as const,
        amount: formatMoney(to.minus(surplus)),
        surplusAfter: formatMoney(to),
      },
      record: { ...record, surplus: to.toFixed(2) },
    })),
  );
}

/** Driving more households: the fewest households of each better bin, nearest first. */
export function driveHouseholdsOption(
  context: EntityAdviceContext,
): EntityAdviceOption | undefined {
  const { entity, record } = context;
  const now = record.householdsDriven ?? 0;
  return context.firstOf(
    above(lowerWholeEdges(entity.householdsDriven), now, ENTITY_BOUNDS.householdsDriven).map(
      (to) => ({
        change: { kind: 'driveHouseholds' as const, amount: to - now, householdsDrivenAfter: to },
        record: { ...record, householdsDriven: to },
      }),
    ),
  );
}

/** A longer land lease (when land is leased): the fewest years of each better bin. */
export function extendLeaseOption(context: EntityAdviceContext): EntityAdviceOption | undefined {
  const { entity, record } = context;
  const now = record.leaseYearsLeft;
  if (now === undefined) return undefined;
  return context.firstOf(
    above(lowerWholeEdges(entity.lease), now, ENTITY_BOUNDS.leaseYears).map((to) => ({
      change: { kind: 'extendLease' as const, from: now, to },
      record: { ...record, leaseYearsLeft: to },
    })),
  );
}
