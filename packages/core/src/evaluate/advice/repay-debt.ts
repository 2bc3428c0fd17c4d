import { Dec, ZERO } from '../../money/decimal.js';
import { formatMoney } from '../../money/format.js';
import type { HouseholdRecord } from '../../types/input.js';
import type { AdviceContext } from './context.js';
import { ceilFen, FEN, floorFen } from './fen.js';
import type { AdviceOption } from './types.js';

/**
 * Repaying debt: the liabilities at each bin edge of net assets and of the debt ratio, the
 * smallest repayment first, to the fen.
 */
export function repayDebtOption(context: AdviceContext): AdviceOption | undefined {
  const { model, now, record } = context;
  const gross = new Dec(now.assets.gross);
  const liabilities = new Dec(now.assets.liabilities);
  const candidates = new Set<string>([ZERO.toFixed(2)]);
  for (const bin of model.netAssets.bins) {
    const edge = gross.minus(bin.value);
    if (bin.when === '>=') candidates.add(floorFen(edge).toFixed(2));
    if (bin.when === '>') candidates.add(ceilFen(edge).minus(FEN).toFixed(2));
  }
  for (const bin of model.debtRatio.bins) {
    const edge = bin.value.times(gross);
    if (bin.when === '<=') candidates.add(floorFen(edge).toFixed(2));
    if (bin.when === '<') candidates.add(ceilFen(edge).minus(FEN).toFixed(2));
  }
  const afters = [...candidates]
    .map((d) => new Dec(d))
    .filter((d) => d.gte(0) && d.lt(liabilities))
    .sort((a, b) => b.cmp(a));
  for (const after of afters) {
    const found = context.tryChange(
      {
        kind: 'repayDebt',
        amount: formatMoney(liabilities.minus(after)),
        liabilitiesAfter: formatMoney(after),
      },
      withLiabilities(record, after),
    );
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The record with total liabilities `after`: bank loans are repaid first. */
function withLiabilities(record: HouseholdRecord, after: Dec): HouseholdRecord {
  const other = new Dec(record.debts?.other ?? 0);
  const bank = after.gte(other) ? after.minus(other) : ZERO;
  const keptOther = after.gte(other) ? other : after;
  return { ...record, debts: { bankLoans: bank.toFixed(2), other: keptOther.toFixed(2) } };
}
