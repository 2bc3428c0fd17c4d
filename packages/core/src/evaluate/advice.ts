import type { ResolvedModel } from '../model/resolve.js';
import { Dec, ZERO } from '../money/decimal.js';
import { formatMoney } from '../money/format.js';
import { roundToStep } from '../money/rounding.js';
import { BOUNDS } from '../schema/bounds.js';
import type { HouseholdRecord } from '../types/input.js';
import type { HouseholdResult, MoneyText } from '../types/result.js';
import { evaluateRecord } from './household.js';

/** One change to a record that would reach the next grade. */
export type AdviceChange =
  | {
      readonly kind: 'civility';
      readonly changes: readonly {
        readonly dimension: string;
        readonly from: string;
        readonly to: string;
      }[];
    }
  | { readonly kind: 'creditRecord'; readonly from: string; readonly to: string }
  | { readonly kind: 'repayDebt'; readonly amount: MoneyText; readonly liabilitiesAfter: MoneyText }
  | {
      readonly kind: 'raiseNetIncome';
      readonly amount: MoneyText;
      readonly netIncomeAfter: MoneyText;
    }
  | { readonly kind: 'addDeposits'; readonly amount: MoneyText; readonly depositsAfter: MoneyText }
  | { readonly kind: 'clearVetoes'; readonly codes: readonly string[] };

/** A change and what the model gives for the changed record. */
export interface AdviceOption {
  readonly change: AdviceChange;
  /** The changed record, as evaluated. */
  readonly record: HouseholdRecord;
  readonly score: number;
  readonly grade: string;
  readonly creditHousehold: boolean;
  readonly limit: MoneyText;
}

/** Next-grade advice for one household. */
export interface GradeAdvice {
  readonly current: {
    readonly score: number;
    readonly grade: string;
    readonly creditHousehold: boolean;
    readonly limit: MoneyText;
  };
  /** The grade to reach: the next band up, or (for a vetoed household) the grade its score would give; null at the top. */
  readonly target: string | null;
  /** The smallest single changes that reach the target (civility pairs only when no single dimension does). */
  readonly options: readonly AdviceOption[];
}

const FEN = new Dec('0.01');
const MONEY_MAX = new Dec(BOUNDS.money);

/**
 * The smallest exact changes to a record that reach the next grade, each verified by
 * evaluating the changed record with the model itself: one civility dimension raised (or two,
 * when one is not enough), the credit record improved, debt repaid, net income raised, or
 * deposits added, with amounts found from the model's own bins to the fen.
 */
export function adviseRecord(
  record: HouseholdRecord,
  model: ResolvedModel,
  evalYear: number,
): GradeAdvice {
  const now = evaluateRecord(record, model, evalYear);
  const current = {
    score: now.score,
    grade: now.grade,
    creditHousehold: now.creditHousehold,
    limit: now.limit,
  };
  const rank = (grade: string) => {
    const i = model.grades.findIndex((g) => g.code === grade);
    return i < 0 ? model.grades.length : i; // lower index = better grade; the veto grade ranks last
  };
  const option = (
    change: AdviceChange,
    changed: HouseholdRecord,
    result: HouseholdResult,
  ): AdviceOption => ({
    change,
    record: changed,
    score: result.score,
    grade: result.grade,
    creditHousehold: result.creditHousehold,
    limit: result.limit,
  });
  const evaluate = (changed: HouseholdRecord) => ({
    changed,
    result: evaluateRecord(changed, model, evalYear),
  });

  if (now.vetoes.length > 0) {
    const { changed, result } = evaluate({ ...record, vetoes: [] });
    return {
      current,
      target: result.grade,
      options: [option({ kind: 'clearVetoes', codes: now.vetoes }, changed, result)],
    };
  }
  const currentRank = rank(now.grade);
  if (currentRank === 0) return { current, target: null, options: [] };
  const target = model.grades[currentRank - 1]?.code ?? null;
  const reaches = (result: HouseholdResult) => rank(result.grade) <= currentRank - 1;
  const options: AdviceOption[] = [];

  // Civility: the smallest raise of one dimension; pairs only if no single raise is enough.
  const levels = [...model.civility.codes].sort(
    (a, b) => (model.civility.points.get(a) ?? 0) - (model.civility.points.get(b) ?? 0),
  );
  const raises = (dimension: string) => {
    const from = record.civility[dimension] ?? '';
    const base = model.civility.points.get(from) ?? 0;
    return levels
      .filter((l) => (model.civility.points.get(l) ?? 0) > base)
      .map((to) => ({ dimension, from, to }));
  };
  const withCivility = (changes: { dimension: string; to: string }[]) => ({
    ...record,
    civility: {
      ...record.civility,
      ...Object.fromEntries(changes.map((c) => [c.dimension, c.to])),
    },
  });
  for (const dimension of model.civility.dimensions) {
    for (const raise of raises(dimension)) {
      const { changed, result } = evaluate(withCivility([raise]));
      if (reaches(result)) {
        options.push(option({ kind: 'civility', changes: [raise] }, changed, result));
        break;
      }
    }
  }
  if (options.length === 0) {
    const pairs: AdviceOption[] = [];
    const dims = model.civility.dimensions;
    for (let i = 0; i < dims.length; i++) {
      for (let j = i + 1; j < dims.length; j++) {
        for (const a of raises(dims[i] as string)) {
          for (const b of raises(dims[j] as string)) {
            const { changed, result } = evaluate(withCivility([a, b]));
            if (reaches(result))
              pairs.push(option({ kind: 'civility', changes: [a, b] }, changed, result));
          }
        }
      }
    }
    // The pairs that gain the fewest points are the smallest changes.
    // A loop, not Math.min(...): a model of 100 dimensions of 100 levels has millions of pairs.
    let least = Number.POSITIVE_INFINITY;
    for (const p of pairs) if (p.score < least) least = p.score;
    options.push(...pairs.filter((p) => p.score === least));
  }

  // Credit record: the smallest improvement that is enough.
  const creditLevels = [...model.creditRecord.codes].sort(
    (a, b) => (model.creditRecord.points.get(a) ?? 0) - (model.creditRecord.points.get(b) ?? 0),
  );
  const creditNow = model.creditRecord.points.get(record.creditRecord) ?? 0;
  for (const to of creditLevels.filter(
    (l) => (model.creditRecord.points.get(l) ?? 0) > creditNow,
  )) {
    const { changed, result } = evaluate({ ...record, creditRecord: to });
    if (reaches(result)) {
      options.push(
        option({ kind: 'creditRecord', from: record.creditRecord, to }, changed, result),
      );
      break;
    }
  }

  const gross = new Dec(now.assets.gross);
  const liabilities = new Dec(now.assets.liabilities);

  // Repaying debt: try the liabilities at each bin edge, smallest repayment first.
  const debtCandidates = new Set<string>([ZERO.toFixed(2)]);
  for (const bin of model.netAssets.bins) {
    const edge = gross.minus(bin.value);
    if (bin.when === '>=') debtCandidates.add(floorFen(edge).toFixed(2));
    if (bin.when === '>') debtCandidates.add(ceilFen(edge).minus(FEN).toFixed(2));
  }
  for (const bin of model.debtRatio.bins) {
    const edge = bin.value.times(gross);
    if (bin.when === '<=') debtCandidates.add(floorFen(edge).toFixed(2));
    if (bin.when === '<') debtCandidates.add(ceilFen(edge).minus(FEN).toFixed(2));
  }
  const debts = [...debtCandidates]
    .map((d) => new Dec(d))
    .filter((d) => d.gte(0) && d.lt(liabilities))
    .sort((a, b) => b.cmp(a));
  for (const after of debts) {
    const { changed, result } = evaluate(withLiabilities(record, after));
    if (reaches(result)) {
      options.push(
        option(
          {
            kind: 'repayDebt',
            amount: formatMoney(liabilities.minus(after)),
            liabilitiesAfter: formatMoney(after),
          },
          changed,
          result,
        ),
      );
      break;
    }
  }

  // Raising net income to a bin edge.
  const income = new Dec(record.income.net);
  // Only lower bounds can be reached by raising income: the smallest income in each such bin.
  const incomes = model.netIncome.bins
    .flatMap((bin) =>
      bin.when === '>='
        ? [ceilFen(bin.value)]
        : bin.when === '>'
          ? [floorFen(bin.value).plus(FEN)]
          : [],
    )
    .filter((v) => v.gt(income) && v.lte(MONEY_MAX))
    .sort((a, b) => a.cmp(b));
  for (const to of incomes) {
    const { changed, result } = evaluate({
      ...record,
      income: { ...record.income, net: to.toFixed(2) },
    });
    if (reaches(result)) {
      options.push(
        option(
          {
            kind: 'raiseNetIncome',
            amount: formatMoney(to.minus(income)),
            netIncomeAfter: formatMoney(to),
          },
          changed,
          result,
        ),
      );
      break;
    }
  }

  // Adding deposits until gross assets reach a bin edge (net assets or debt ratio).
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
    const { changed, result } = evaluate({ ...record, deposits: deposits.plus(amount).toFixed(2) });
    if (reaches(result)) {
      options.push(
        option(
          {
            kind: 'addDeposits',
            amount: formatMoney(amount),
            depositsAfter: formatMoney(deposits.plus(amount)),
          },
          changed,
          result,
        ),
      );
      break;
    }
  }

  return { current, target, options };
}

function floorFen(value: Dec): Dec {
  return value.toDecimalPlaces(2, Dec.ROUND_FLOOR);
}

function ceilFen(value: Dec): Dec {
  return value.toDecimalPlaces(2, Dec.ROUND_CEIL);
}

/** The record with total liabilities `after`: bank loans are repaid first. */
function withLiabilities(record: HouseholdRecord, after: Dec): HouseholdRecord {
  const other = new Dec(record.debts?.other ?? 0);
  const bank = after.gte(other) ? after.minus(other) : ZERO;
  const keptOther = after.gte(other) ? other : after;
  return { ...record, debts: { bankLoans: bank.toFixed(2), other: keptOther.toFixed(2) } };
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
