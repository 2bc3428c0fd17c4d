import type { ResolvedModel } from '../model/resolve.js';
import { Dec, ZERO } from '../money/decimal.js';
import { formatMoney } from '../money/format.js';
import { roundToStep } from '../money/rounding.js';
import type { HouseholdRecord } from '../types/input.js';
import type { Component, HouseholdResult, LimitBoundBy } from '../types/result.js';
import { valueAssets } from './assets.js';
import { binPoints, ratioBinPoints } from './bins.js';
import { householdResult } from './household-result.js';
import { reviewResult, reviewWork, unionOfVetoes } from './review.js';

/** Options that shape a household result without changing any number in it. */
export interface ResultOptions {
  /** Copy `head` (personal data) into the result. Default false. */
  readonly includePersonal?: boolean;
}

/**
 * Evaluates a validated household record with the reference (decimal) arithmetic: asset lines,
 * gross, liabilities, net, the five score components, vetoes, grade, credit-household flag,
 * limit and the term that bound it.
 */
export function evaluateRecord(
  record: HouseholdRecord,
  model: ResolvedModel,
  evalYear: number,
  options: ResultOptions = {},
): HouseholdResult {
  const assets = valueAssets(record, model, evalYear);
  // A reviewed record scores on the marks its panel's review derives (docs/model.md §13).
  const review = record.review === undefined ? undefined : reviewWork(record.review, model);
  const civility = review?.civility ?? record.civility ?? {};
  const components = scoreComponents(
    record,
    civility,
    assets.gross,
    assets.liabilities,
    assets.net,
    model,
  );
  const score = components.reduce((sum, c) => sum + c.points, 0);
  const vetoes = unionOfVetoes(record.vetoes, review?.vetoes);
  const { grade, creditHousehold } = gradeOf(score, vetoes.length > 0, model);
  const { limit, boundBy } = limitOf(
    grade,
    creditHousehold,
    vetoes.length > 0,
    assets.gross,
    new Dec(record.income.operating),
    model,
  );
  return householdResult({
    id: record.id,
    head: options.includePersonal === true ? record.head : undefined,
    members: record.members,
    labourers: record.labourers,
    assets: {
      lines: assets.lines.map((line) =>
        line.index === undefined
          ? { item: line.item, value: formatMoney(line.value) }
          : { item: line.item, index: line.index, value: formatMoney(line.value) },
      ),
      gross: formatMoney(assets.gross),
      liabilities: formatMoney(assets.liabilities),
      net: formatMoney(assets.net),
    },
    score,
    components,
    grade,
    creditHousehold,
    vetoes,
    limit: formatMoney(limit),
    limitBoundBy: boundBy,
    review:
      record.review === undefined || review === undefined
        ? undefined
        : reviewResult(record.review, review, model, options.includePersonal === true),
    meta: record.meta,
  });
}

/** The five score components of docs/model.md §6, in output order (`civility`: the marks that score). */
export function scoreComponents(
  record: HouseholdRecord,
  civilityMarks: Readonly<Record<string, string>>,
  gross: Dec,
  liabilities: Dec,
  net: Dec,
  model: ResolvedModel,
): Component[] {
  let civility = 0;
  for (const dimension of model.civility.dimensions) {
    civility += model.civility.points.get(civilityMarks[dimension] ?? '') ?? 0;
  }
  const { debtRatio } = model;
  const debtPoints = liabilities.isZero()
    ? debtRatio.noDebt
    : gross.isZero()
      ? debtRatio.noAssets
      : ratioBinPoints(liabilities, gross, debtRatio);
  return [
    { id: 'civility', points: civility, max: model.civility.componentMax },
    { id: 'netAssets', points: binPoints(net, model.netAssets), max: model.netAssets.max },
    {
      id: 'netIncome',
      points: binPoints(new Dec(record.income.net), model.netIncome),
      max: model.netIncome.max,
    },
    { id: 'debtRatio', points: debtPoints, max: debtRatio.max },
    {
      id: 'creditRecord',
      points: model.creditRecord.points.get(record.creditRecord) ?? 0,
      max: model.creditRecord.max,
    },
  ];
}

/** The grade band of a score, or the veto grade when any veto applies (docs/model.md §7). */
export function gradeOf(
  score: number,
  vetoed: boolean,
  model: ResolvedModel,
): { grade: string; creditHousehold: boolean } {
  if (vetoed) return { grade: model.vetoGrade, creditHousehold: false };
  for (const band of model.grades)
    if (score >= band.minScore) return { grade: band.code, creditHousehold: band.creditHousehold };
  throw new Error('grade bands must reach score 0');
}

/** The terms of a limit, for the result and the calculation receipt. */
export interface LimitWork {
  readonly limit: Dec;
  readonly boundBy: LimitBoundBy;
  readonly terms?: {
    readonly base: Dec;
    readonly grossAssetsTerm: Dec;
    readonly operatingIncomeTerm: Dec;
    readonly raw: Dec;
    readonly cap: Dec;
  };
}

/** docs/model.md §7: base + coefficients, capped, rounded with the limit rounding (R2). */
export function limitOf(
  grade: string,
  creditHousehold: boolean,
  vetoed: boolean,
  gross: Dec,
  operating: Dec,
  model: ResolvedModel,
): LimitWork {
  if (vetoed) return { limit: ZERO, boundBy: 'veto' };
  const row = creditHousehold ? model.limit.byGrade.get(grade) : undefined;
  if (row === undefined) return { limit: ZERO, boundBy: 'grade' };
  const grossAssetsTerm = model.limit.grossAssets.times(gross);
  const operatingIncomeTerm = model.limit.operatingIncome.times(operating);
  const raw = row.base.plus(grossAssetsTerm).plus(operatingIncomeTerm);
  const capped = raw.gt(row.cap);
  return {
    limit: roundToStep(capped ? row.cap : raw, model.limit.step, model.limit.mode),
    boundBy: capped ? 'cap' : 'formula',
    terms: { base: row.base, grossAssetsTerm, operatingIncomeTerm, raw, cap: row.cap },
  };
}
