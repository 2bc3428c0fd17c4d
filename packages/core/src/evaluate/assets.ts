import type { ResolvedDepreciation, ResolvedModel } from '../model/resolve.js';
import { Dec, ZERO } from '../money/decimal.js';
import { divideRound, roundToStep } from '../money/rounding.js';
import type { HouseholdRecord } from '../types/input.js';
import type { AssetItem } from '../types/result.js';

/** An asset line with its exact (rounded) value. */
export interface ValuedLine {
  readonly item: AssetItem;
  readonly index?: number;
  readonly value: Dec;
}

export interface ValuedAssets {
  readonly lines: readonly ValuedLine[];
  readonly gross: Dec;
  readonly liabilities: Dec;
  readonly net: Dec;
}

/**
 * The key-asset value (重点资产价值) of a household, MODEL.md §1: every line computed exactly as
 * a rational (multiply everything, divide last) and rounded once with the model's asset
 * rounding (R1); totals are exact sums of the rounded lines.
 */
export function valueAssets(
  record: HouseholdRecord,
  model: ResolvedModel,
  evalYear: number,
): ValuedAssets {
  const { mode, step } = model.assetRounding;
  const round = (exact: Dec) => roundToStep(exact, step, mode);
  const lines: ValuedLine[] = [];

  record.houses?.forEach((house, index) => {
    const structure = model.structures.get(house.structure);
    if (structure === undefined) throw new Error(`unknown structure ${house.structure}`);
    const base = new Dec(house.areaM2).times(structure.unitCost);
    lines.push({
      item: 'house',
      index,
      value: depreciate(base, structure, evalYear - house.yearBuilt, model),
    });
  });

  const { land } = model;
  if (record.land?.contractedMu !== undefined) {
    lines.push({
      item: 'contractedLand',
      value: round(
        new Dec(record.land.contractedMu)
          .times(land.rent)
          .times(land.contractYears)
          .times(land.haircut),
      ),
    });
  }
  if (record.land?.transferredInMu !== undefined) {
    lines.push({
      item: 'transferredLand',
      value: round(
        new Dec(record.land.transferredInMu)
          .times(land.rent)
          .times(land.transferYears)
          .times(land.haircut),
      ),
    });
  }
  if (record.land?.forestMu !== undefined) {
    lines.push({
      item: 'forest',
      value: round(new Dec(record.land.forestMu).times(land.forestValue).times(land.haircut)),
    });
  }

  if (record.livestock !== undefined) {
    let herd = ZERO;
    for (const code of model.livestock.codes) {
      const heads = record.livestock[code];
      const price = model.livestock.price.get(code);
      if (heads !== undefined && price !== undefined) herd = herd.plus(price.times(heads));
    }
    lines.push({ item: 'livestock', value: round(herd.times(model.livestock.haircut)) });
  }

  const equipment = [
    ['machine', record.machines, model.equipment.machine],
    ['vehicle', record.vehicles, model.equipment.vehicle],
    ['facility', record.facilities, model.equipment.facility],
  ] as const;
  for (const [item, list, parameters] of equipment) {
    list?.forEach((entry, index) => {
      lines.push({
        item,
        index,
        value: depreciate(new Dec(entry.price), parameters, evalYear - entry.year, model),
      });
    });
  }

  if (record.deposits !== undefined)
    lines.push({
      item: 'deposits',
      value: round(new Dec(record.deposits).times(model.depositsRate)),
    });
  if (record.collectiveShares !== undefined) {
    lines.push({
      item: 'collectiveShares',
      value: round(new Dec(record.collectiveShares).times(model.collectiveSharesRate)),
    });
  }

  const gross = lines.reduce((sum, line) => sum.plus(line.value), ZERO);
  const liabilities = new Dec(record.debts?.bankLoans ?? 0).plus(record.debts?.other ?? 0);
  return { lines, gross, liabilities, net: gross.minus(liabilities) };
}

/**
 * `base × q(age)`, rounded once: q = 1 − (1 − r)·age/life while age < life, else r.
 * Written as base × (life − (1 − r)·age) / life so the only division is the last step.
 */
function depreciate(
  base: Dec,
  parameters: ResolvedDepreciation,
  age: number,
  model: ResolvedModel,
): Dec {
  const { mode, step } = model.assetRounding;
  if (age >= parameters.life) return roundToStep(base.times(parameters.residual), step, mode);
  const numerator = base.times(
    new Dec(parameters.life).minus(new Dec(1).minus(parameters.residual).times(age)),
  );
  return divideRound(numerator, new Dec(parameters.life), step, mode);
}
