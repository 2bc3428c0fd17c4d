import type { ResolvedModel } from '../../model/resolve.js';
import { Dec, ZERO } from '../../money/decimal.js';
import { formatMoney } from '../../money/format.js';
import { roundToStep } from '../../money/rounding.js';
import type { AdviceContext } from './context.js';
import { FEN, floorFen, MONEY_MAX } from './fen.js';
import type { AdviceOption } from './types.js';

/**
 * Adding deposits until gross assets reach a bin edge of net assets or of the debt ratio, the
 * smallest amount first, found to the fen with the deposits line rounded as the model rounds it.
 */
export function addDepositsOption(context: AdviceContext): AdviceOption | undefined {
  const { model, now, record } = context;
  const gross = new Dec(now.assets.gross);
  const liabilities = new Dec(now.assets.liabilities);
  const grossNeeded: Dec[] = [];
  for (const bin of model.netAssets.bins) {
    const edge = bin.value.plus(liabilities);
    if (bin.when === '>=') grossNeeded.push(edge);
    if (bin.when === '>') grossNeeded.push(floorFen(edge).plus(FEN));
  }
  if (!liabilities.isZero()) {
    for (const bin of model.debtRatio.bins) {
      if (bin.value.lte(0)) continue;
      const edge = liabilities.div(bin.value);
      if (bin.when === '<=') grossNeeded.push(edge);
      if (bin.when === '<') grossNeeded.push(floorFen(edge).plus(FEN));
    }
  }
  const deposits = new Dec(record.deposits ?? 0);
  const amounts = grossNeeded
    .filter((g) => g.gt(gross))
    .map((g) => depositsFor(g, gross, deposits, model))
    .filter((d): d is Dec => d !== undefined)
    .sort((a, b) => a.cmp(b));
  for (const amount of amounts) {
    const found = context.tryChange(
      {
        kind: 'addDeposits',
        amount: formatMoney(amount),
        depositsAfter: formatMoney(deposits.plus(amount)),
      },
      { ...record, deposits: deposits.plus(amount).toFixed(2) },
    );
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * The smallest deposit increase (in fen) that lifts gross assets to at least `needed`, with the
 * deposits line rounded as the model rounds it. Binary search on whole fen: the line is
 * monotone in the amount.
 */
function depositsFor(
  needed: Dec,
  gross: Dec,
  deposits: Dec,
  model: ResolvedModel,
): Dec | undefined {
  const line = (amount: Dec) =>
    roundToStep(
      amount.times(model.depositsRate),
      model.assetRounding.step,
      model.assetRounding.mode,
    );
  const currentLine = line(deposits);
  const reach = (extra: Dec) =>
    gross
      .minus(currentLine)
      .plus(line(deposits.plus(extra)))
      .gte(needed);
  let high = MONEY_MAX.minus(deposits);
  if (high.lte(0) || !reach(high)) return undefined;
  let low = ZERO; // reach(low) is false: gross < needed
  // Invariant: reach(high) holds, reach(low) does not; both on the fen grid.
  while (high.minus(low).gt(FEN)) {
    const mid = floorFen(low.plus(high).div(2));
    if (reach(mid)) high = mid;
    else low = mid;
  }
  return high;
}
