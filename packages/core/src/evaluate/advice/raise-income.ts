import { Dec } from '../../money/decimal.js';
import { formatMoney } from '../../money/format.js';
import type { AdviceContext } from './context.js';
import { ceilFen, FEN, floorFen, MONEY_MAX } from './fen.js';
import type { AdviceOption } from './types.js';

/**
 * Raising net income: only the lower bounds of the net-income bins can be reached by raising
 * it; the smallest income of each such bin, nearest first.
 */
export function raiseIncomeOption(context: AdviceContext): AdviceOption | undefined {
  const { model, record } = context;
  const income = new Dec(record.income.net);
  const targets = model.netIncome.bins
    .flatMap((bin) =>
      bin.when === '>='
        ? [ceilFen(bin.value)]
        : bin.when === '>'
          ? [floorFen(bin.value).plus(FEN)]
          : [],
    )
    .filter((v) => v.gt(income) && v.lte(MONEY_MAX))
    .sort((a, b) => a.cmp(b));
  for (const to of targets) {
    const found = context.tryChange(
      {
        kind: 'raiseNetIncome',
        amount: formatMoney(to.minus(income)),
        netIncomeAfter: formatMoney(to),
      },
      { ...record, income: { ...record.income, net: to.toFixed(2) } },
    );
    if (found !== undefined) return found;
  }
  return undefined;
}
