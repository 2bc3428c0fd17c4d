import type { ResolvedDepreciation, ResolvedModel } from '../model/resolve.js';
import { Dec, ONE, ZERO } from '../money/decimal.js';
import { divideRound } from '../money/rounding.js';
import type { HouseholdRecord } from '../types/input.js';
import type { AssetItem } from '../types/result.js';

/**
 * One asset line before rounding: the exact rational value `numerator / denominator` and the
 * inputs it came from (for the calculation receipt).
 */
export interface LineWork {
  readonly item: AssetItem;
  readonly index?: number;
  readonly numerator: Dec;
  readonly denominator: Dec;
  /** The formula in words, e.g. `areaM2 × unitCost × q(age)`. */
  readonly formula: string;
  /** Named inputs, in formula order. */
  readonly inputs: readonly (readonly [string, string])[];
}

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
 * The key-asset value (重点资产价值) of a household, docs/model.md §5: every line computed exactly as
 * a rational (multiply everything, divide last) and rounded once with the model's asset
 * rounding (R1); totals are exact sums of the rounded lines.
 */
export function valueAssets(
  record: HouseholdRecord,
  model: ResolvedModel,
  evalYear: number,
): ValuedAssets {
  const lines = assetWork(record, model, evalYear).map((work) => ({
    item: work.item,
    ...(work.index === undefined ? {} : { index: work.index }),
    value: roundLine(work, model),
  }));
  const gross = lines.reduce((sum, line) => sum.plus(line.value), ZERO);
  const liabilities = liabilitiesOf(record);
  return { lines, gross, liabilities, net: gross.minus(liabilities) };
}

/** L = bank loans + other debts. */
export function liabilitiesOf(record: HouseholdRecord): Dec {
  return new Dec(record.debts?.bankLoans ?? 0).plus(record.debts?.other ?? 0);
}

/** R1: the line's exact value rounded once with the model's asset rounding. */
export function roundLine(work: LineWork, model: ResolvedModel): Dec {
  return divideRound(
    work.numerator,
    work.denominator,
    model.assetRounding.step,
    model.assetRounding.mode,
  );
}

/** Every asset line of the record, in output order, as exact rationals with their inputs. */
export function assetWork(
  record: HouseholdRecord,
  model: ResolvedModel,
  evalYear: number,
): LineWork[] {
  const lines: LineWork[] = [];
  record.houses?.forEach((house, index) => {
    const structure = model.structures.get(house.structure);
    if (structure === undefined) throw new Error(`unknown structure ${house.structure}`);
    const area = new Dec(house.areaM2);
    lines.push(
      depreciated(
        'house',
        index,
        area.times(structure.unitCost),
        structure,
        evalYear - house.yearBuilt,
        'areaM2 × unitCost × q(age)',
        [
          ['structure', house.structure],
          ['areaM2', house.areaM2],
          ['unitCost', structure.unitCost.toString()],
          ['yearBuilt', String(house.yearBuilt)],
        ],
      ),
    );
  });

  const { land } = model;
  const landLine = (
    item: AssetItem,
    mu: string,
    perMu: Dec,
    years: Dec | undefined,
    formula: string,
    inputs: [string, string][],
  ) => {
    let value = new Dec(mu).times(perMu);
    if (years !== undefined) value = value.times(years);
    lines.push({
      item,
      numerator: value.times(land.haircut),
      denominator: ONE,
      formula,
      inputs: [...inputs, ['haircut', land.haircut.toString()]],
    });
  };
  if (record.land?.contractedMu !== undefined) {
    const mu = record.land.contractedMu;
    landLine(
      'contractedLand',
      mu,
      land.rent,
      land.contractYears,
      'contractedMu × rentPerMu × contractYears × haircut',
      [
        ['contractedMu', mu],
        ['rentPerMu', land.rent.toString()],
        ['contractYears', land.contractYears.toString()],
      ],
    );
  }
  if (record.land?.transferredInMu !== undefined) {
    const mu = record.land.transferredInMu;
    landLine(
      'transferredLand',
      mu,
      land.rent,
      land.transferYears,
      'transferredInMu × rentPerMu × transferYears × haircut',
      [
        ['transferredInMu', mu],
        ['rentPerMu', land.rent.toString()],
        ['transferYears', land.transferYears.toString()],
      ],
    );
  }
  if (record.land?.forestMu !== undefined) {
    const mu = record.land.forestMu;
    landLine('forest', mu, land.forestValue, undefined, 'forestMu × forestValuePerMu × haircut', [
      ['forestMu', mu],
      ['forestValuePerMu', land.forestValue.toString()],
    ]);
  }

  if (record.livestock !== undefined) {
    let herd = ZERO;
    const inputs: [string, string][] = [];
    for (const code of model.livestock.codes) {
      const heads = record.livestock[code];
      const price = model.livestock.price.get(code);
      if (heads !== undefined && price !== undefined) {
        herd = herd.plus(price.times(heads));
        inputs.push([code, `${heads} × ${price.toString()}`]);
      }
    }
    inputs.push(['haircut', model.livestock.haircut.toString()]);
    lines.push({
      item: 'livestock',
      numerator: herd.times(model.livestock.haircut),
      denominator: ONE,
      formula: 'Σ heads × price × haircut',
      inputs,
    });
  }

  const equipment = [
    ['machine', record.machines, model.equipment.machine],
    ['vehicle', record.vehicles, model.equipment.vehicle],
    ['facility', record.facilities, model.equipment.facility],
  ] as const;
  for (const [item, list, parameters] of equipment) {
    list?.forEach((entry, index) => {
      lines.push(
        depreciated(
          item,
          index,
          new Dec(entry.price),
          parameters,
          evalYear - entry.year,
          'price × q(age)',
          [
            ['price', entry.price],
            ['year', String(entry.year)],
          ],
        ),
      );
    });
  }

  if (record.deposits !== undefined) {
    lines.push({
      item: 'deposits',
      numerator: new Dec(record.deposits).times(model.depositsRate),
      denominator: ONE,
      formula: 'deposits × depositsRate',
      inputs: [
        ['deposits', record.deposits],
        ['depositsRate', model.depositsRate.toString()],
      ],
    });
  }
  if (record.collectiveShares !== undefined) {
    lines.push({
      item: 'collectiveShares',
      numerator: new Dec(record.collectiveShares).times(model.collectiveSharesRate),
      denominator: ONE,
      formula: 'collectiveShares × collectiveSharesRate',
      inputs: [
        ['collectiveShares', record.collectiveShares],
        ['collectiveSharesRate', model.collectiveSharesRate.toString()],
      ],
    });
  }
  return lines;
}

/**
 * `base × q(age)` as an exact rational: q = 1 − (1 − r)·age/life while age < life, else r.
 * Written as base × (life − (1 − r)·age) / life so the only division is the last step.
 */
function depreciated(
  item: AssetItem,
  index: number,
  base: Dec,
  parameters: ResolvedDepreciation,
  age: number,
  formula: string,
  inputs: [string, string][],
): LineWork {
  const { life, residual } = parameters;
  const all: [string, string][] = [
    ...inputs,
    ['age', String(age)],
    ['life', String(life)],
    ['residual', residual.toString()],
  ];
  if (age >= life)
    return {
      item,
      index,
      numerator: base.times(residual),
      denominator: ONE,
      formula: `${formula}, q = residual (age ≥ life)`,
      inputs: all,
    };
  const numerator = base.times(new Dec(life).minus(ONE.minus(residual).times(age)));
  return {
    item,
    index,
    numerator,
    denominator: new Dec(life),
    formula: `${formula}, q = 1 − (1 − residual) × age / life`,
    inputs: all,
  };
}
