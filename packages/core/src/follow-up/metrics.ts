import type { DisplayParameters } from '../model/document.js';
import { Dec } from '../money/decimal.js';
import { fenToMoneyText } from '../money/fen.js';
import { formatRatio } from '../money/format.js';
import type { AmountMetric, CountMetric, FollowUpMetrics } from '../types/follow-up.js';

/** The active lines of a group of subjects (a village, a lender's households, …), counted. */
export interface LineTally {
  /** Subjects with an active line. */
  withLine: number;
  /** Credit subjects with an active line. */
  creditWithLine: number;
  /** Subjects with an active line and Σ used > 0. */
  drawing: number;
  /** Σ granted and Σ used of the active lines, whole fen. */
  granted: bigint;
  used: bigint;
}

/** A tally of nothing yet. */
export function emptyTally(): LineTally {
  return { withLine: 0, creditWithLine: 0, drawing: 0, granted: 0n, used: 0n };
}

/** Adds `part` into `into`. */
export function addTally(into: LineTally, part: LineTally): void {
  into.withLine += part.withLine;
  into.creditWithLine += part.creditWithLine;
  into.drawing += part.drawing;
  into.granted += part.granted;
  into.used += part.used;
}

/**
 * The four metrics of docs/model.md §17 from a tally and its denominators: `registered` (of
 * `coverage`) and `credit` (of `creditHouseholdCoverage`). Ratios are exact until printed, with
 * the model's display decimals and rounding; `null` over 0.
 */
export function followUpMetrics(
  tally: LineTally,
  registered: number,
  credit: number,
  display: DisplayParameters,
): FollowUpMetrics {
  return {
    coverage: countMetric(tally.withLine, registered, display),
    creditHouseholdCoverage: countMetric(tally.creditWithLine, credit, display),
    useRateHouseholds: countMetric(tally.drawing, tally.withLine, display),
    useRateAmount: amountMetric(tally.used, tally.granted, display),
  };
}

function countMetric(
  numerator: number,
  denominator: number,
  display: DisplayParameters,
): CountMetric {
  return {
    numerator,
    denominator,
    value:
      denominator === 0
        ? null
        : formatRatio(
            new Dec(numerator),
            new Dec(denominator),
            display.ratioDecimals,
            display.ratioRounding,
          ),
  };
}

function amountMetric(
  numerator: bigint,
  denominator: bigint,
  display: DisplayParameters,
): AmountMetric {
  return {
    numerator: fenToMoneyText(numerator),
    denominator: fenToMoneyText(denominator),
    value:
      denominator === 0n
        ? null
        : formatRatio(
            new Dec(numerator.toString()),
            new Dec(denominator.toString()),
            display.ratioDecimals,
            display.ratioRounding,
          ),
  };
}
