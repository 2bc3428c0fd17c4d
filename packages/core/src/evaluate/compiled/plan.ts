import type { Comparison } from '../../model/document.js';
import type { ResolvedBins, ResolvedDepreciation, ResolvedModel } from '../../model/resolve.js';
import type { RoundingMode } from '../../money/rounding.js';
import { BOUNDS } from '../../schema/bounds.js';
import {
  ceilDiv,
  fits,
  floorDiv,
  fromDecimal,
  gcd,
  int,
  maxFactor,
  mul,
  type Rational,
  rational,
  SAFE,
  sub,
} from './rational.js';

/**
 * The compiled form of a model: every coefficient of docs/model.md as an exact integer, derived
 * from the model's decimals with BigInt, with the largest input for which each product stays a
 * safe double. Past that input the same coefficient is used in BigInt, so nothing is ever
 * approximated.
 */

/**
 * `round(input × num / den)` for one rounded line. `maxInput` keeps `input × num` a safe
 * integer; above it (or when the coefficient itself is not safe: `maxInput` −1) the line is
 * computed with the BigInt twins.
 */
export interface LineCoefficient {
  readonly num: number;
  /** The denominator times the rounding step in fen. */
  readonly den: number;
  readonly maxInput: number;
  readonly bigNum: bigint;
  readonly bigDen: bigint;
}

/** A depreciating item: one coefficient per age from 0 to 200 years. */
export type AgeTable = readonly LineCoefficient[];

/** A bin on an integer value (fen): `value op bound`, with the bound rounded the exact way. */
export interface IntegerBin {
  readonly op: Comparison;
  readonly bound: number;
  readonly points: number;
}

/** A bin on the ratio L/G: `L × den op num × G`; doubles while L ≤ maxL and G ≤ maxG, else BigInt. */
export interface RatioBin {
  readonly op: Comparison;
  readonly num: number;
  readonly den: number;
  readonly maxL: number;
  readonly maxG: number;
  readonly bigNum: bigint;
  readonly bigDen: bigint;
  readonly points: number;
}

/**
 * A grade's limit over a common denominator: raw = base + G·gross + op·operating (all scaled),
 * compared with `cap` and rounded by `den` (= denominator × step in fen). Doubles while
 * G ≤ maxGross and op ≤ maxOperating (−1: never), else the BigInt twins.
 */
export interface LimitRow {
  readonly base: number;
  readonly cap: number;
  readonly gross: number;
  readonly operating: number;
  readonly maxGross: number;
  readonly maxOperating: number;
  readonly den: number;
  readonly stepFen: number;
  readonly big: {
    readonly base: bigint;
    readonly cap: bigint;
    readonly gross: bigint;
    readonly operating: bigint;
    readonly den: bigint;
    readonly stepFen: bigint;
  };
}

/** The debt ratio's bins, with the points of a record without debts, and with debts but no assets. */
export interface DebtRatioBins {
  readonly bins: readonly RatioBin[];
  readonly otherwise: number;
  readonly noDebt: number;
  readonly noAssets: number;
}

export interface MoneyBins {
  readonly bins: readonly IntegerBin[];
  readonly otherwise: number;
}

export interface Plan {
  readonly assetMode: RoundingMode;
  readonly assetStepFen: number;
  readonly structures: ReadonlyMap<string, AgeTable>;
  readonly contractedLand: LineCoefficient;
  readonly transferredLand: LineCoefficient;
  readonly forest: LineCoefficient;
  readonly speciesCodes: readonly string[];
  /** Per species: heads × coefficient summed over the common denominator `livestockDen`. */
  readonly species: ReadonlyMap<string, number>;
  readonly livestockDen: number;
  /** Whether every herd within the bounds sums exactly in doubles; if not, BigInt. */
  readonly herdSafe: boolean;
  readonly bigSpecies: ReadonlyMap<string, bigint>;
  readonly bigLivestockDen: bigint;
  readonly machine: AgeTable;
  readonly vehicle: AgeTable;
  readonly facility: AgeTable;
  readonly deposits: LineCoefficient;
  readonly collectiveShares: LineCoefficient;
  readonly netAssets: MoneyBins;
  readonly netIncome: MoneyBins;
  readonly debtRatio: DebtRatioBins;
  readonly limitMode: RoundingMode;
  readonly limits: ReadonlyMap<string, LimitRow>;
  /** Parts of the model that always need BigInt arithmetic (empty for the default model). */
  readonly wide: readonly string[];
}

const MAX_AGE = BOUNDS.maxYear - BOUNDS.minYear;
const HUNDRED = int(100);
const ONE = int(1);

/** Compiles a resolved model into integer tables. */
export function buildPlan(model: ResolvedModel): Plan {
  const wide: string[] = [];
  const dec = (d: { toString(): string }) => fromDecimal(d.toString());
  // The model check guarantees the step is a whole number of fen.
  const stepRational = mul(dec(model.assetRounding.step), HUNDRED);
  const step = stepRational.den === 1n && fits(stepRational.num) ? Number(stepRational.num) : 1;

  const line = (coefficient: Rational): LineCoefficient => {
    const den = coefficient.den * BigInt(step);
    const safe = fits(coefficient.num) && fits(den);
    return {
      num: safe ? Number(coefficient.num) : 0,
      den: safe ? Number(den) : 1,
      maxInput: safe ? maxFactor(coefficient.num) : -1,
      bigNum: coefficient.num,
      bigDen: den,
    };
  };

  const ageTable = (base: Rational, d: ResolvedDepreciation, what: string): AgeTable => {
    const residual = dec(d.residual);
    const table: LineCoefficient[] = [];
    for (let age = 0; age <= MAX_AGE; age++) {
      // q = 1 − (1 − r)·age/life while age < life, else r.
      const q =
        age >= d.life
          ? residual
          : sub(ONE, mul(sub(ONE, residual), rational(BigInt(age), BigInt(d.life))));
      table.push(line(mul(base, q)));
    }
    if (table.some((c) => c.maxInput < 0)) wide.push(what);
    return table;
  };

  const structures = new Map<string, AgeTable>();
  for (const [code, s] of model.structures) {
    structures.set(code, ageTable(dec(s.unitCost), s, `house structure ${code}`));
  }

  const { land } = model;
  const landLine = (...factors: Rational[]) => line(factors.reduce(mul, ONE));

  // Livestock: Σ heads × price × haircut × 100 fen, over one common denominator.
  const perSpecies = model.livestock.codes.map((code) =>
    mul(mul(dec(model.livestock.price.get(code) ?? 0), dec(model.livestock.haircut)), HUNDRED),
  );
  const commonDen = perSpecies.reduce((l, c) => (l * c.den) / gcd(l, c.den), 1n);
  const bigSpecies = new Map<string, bigint>();
  let herdBound = 0n;
  model.livestock.codes.forEach((code, i) => {
    const c = perSpecies[i] as Rational;
    const n = (c.num * commonDen) / c.den;
    bigSpecies.set(code, n);
    herdBound += n * BigInt(BOUNDS.livestockHeads);
  });
  const bigLivestockDen = commonDen * BigInt(step);
  const herdSafe = fits(bigLivestockDen) && fits(herdBound);
  if (!herdSafe) wide.push('livestock prices');

  const { equipment } = model;
  return {
    assetMode: model.assetRounding.mode,
    assetStepFen: step,
    structures,
    contractedLand: landLine(dec(land.rent), dec(land.contractYears), dec(land.haircut)),
    transferredLand: landLine(dec(land.rent), dec(land.transferYears), dec(land.haircut)),
    forest: landLine(dec(land.forestValue), dec(land.haircut)),
    speciesCodes: model.livestock.codes,
    species: new Map([...bigSpecies].map(([code, n]) => [code, herdSafe ? Number(n) : 0])),
    livestockDen: herdSafe ? Number(bigLivestockDen) : 1,
    herdSafe,
    bigSpecies,
    bigLivestockDen,
    machine: ageTable(ONE, equipment.machine, 'machines'),
    vehicle: ageTable(ONE, equipment.vehicle, 'vehicles'),
    facility: ageTable(ONE, equipment.facility, 'facilities'),
    deposits: line(dec(model.depositsRate)),
    collectiveShares: line(dec(model.collectiveSharesRate)),
    netAssets: integerBins(model.netAssets),
    netIncome: integerBins(model.netIncome),
    debtRatio: debtRatioBins(model.debtRatio, wide),
    limitMode: model.limit.mode,
    limits: limitRows(model, wide),
    wide,
  };
}

/**
 * Money bins on whole fen: x ≥ t ⇔ x ≥ ⌈t⌉, x > t ⇔ x > ⌊t⌋, x ≤ t ⇔ x ≤ ⌊t⌋, x < t ⇔ x < ⌈t⌉.
 * Model decimals are at most 1e12, so every bound is a safe integer.
 */
export function integerBins(bins: ResolvedBins, scale = 100n): MoneyBins {
  const out: IntegerBin[] = bins.bins.map((bin) => {
    const t = mul(fromDecimal(bin.value.toString()), int(scale));
    const bound =
      bin.when === '>=' || bin.when === '<' ? ceilDiv(t.num, t.den) : floorDiv(t.num, t.den);
    return { op: bin.when, bound: Number(bound), points: bin.points };
  });
  return { bins: out, otherwise: bins.otherwise };
}

/** The debt ratio of a household or entity scorecard compiled (docs/model.md §6, §8). */
export function debtRatioBins(
  d: ResolvedBins & { readonly noDebt: number; readonly noAssets: number },
  wide: string[],
): DebtRatioBins {
  return { ...ratioBinList(d, wide), noDebt: d.noDebt, noAssets: d.noAssets };
}

/** Bins on an exact ratio n/d: `n × den op num × d`, doubles while proved exact, else BigInt. */
function ratioBinList(
  bins: ResolvedBins,
  wide: string[],
): { readonly bins: readonly RatioBin[]; readonly otherwise: number } {
  const list: RatioBin[] = bins.bins.map((bin) => {
    const t = fromDecimal(bin.value.toString());
    const magnitude = t.num < 0n ? -t.num : t.num;
    const safe = fits(t.num) && fits(t.den);
    if (!safe) wide.push(`debt ratio bin ${bin.when} ${bin.value}`);
    return {
      op: bin.when,
      num: safe ? Number(t.num) : 0,
      den: safe ? Number(t.den) : 1,
      maxL: safe ? maxFactor(t.den) : -1,
      maxG: safe ? maxFactor(magnitude) : -1,
      bigNum: t.num,
      bigDen: t.den,
      points: bin.points,
    };
  });
  return { bins: list, otherwise: bins.otherwise };
}

function limitRows(model: ResolvedModel, wide: string[]): Map<string, LimitRow> {
  const rows = new Map<string, LimitRow>();
  for (const [grade, row] of model.limit.byGrade) {
    const built = limitRow(
      row.base,
      row.cap,
      model.limit.grossAssets,
      model.limit.operatingIncome,
      model.limit.step,
    );
    if (built.wide) wide.push(`limit of grade ${grade}`);
    rows.set(grade, built.row);
  }
  return rows;
}

/**
 * One limit row over a common denominator: `base + gross·x + operating·y`, compared with `cap`
 * and rounded to `step` (all model decimals). `wide` when it needs BigInt throughout.
 */
export function limitRow(
  baseDecimal: { toString(): string },
  capDecimal: { toString(): string },
  grossCoefficient: { toString(): string },
  operatingCoefficient: { toString(): string },
  stepDecimal: { toString(): string },
): { readonly row: LimitRow; readonly wide: boolean } {
  const step = mul(fromDecimal(stepDecimal.toString()), HUNDRED);
  const g = fromDecimal(grossCoefficient.toString());
  const o = fromDecimal(operatingCoefficient.toString());
  const third = BigInt(Math.floor(SAFE / 3));
  const base = mul(fromDecimal(baseDecimal.toString()), HUNDRED);
  const cap = mul(fromDecimal(capDecimal.toString()), HUNDRED);
  const lcm = [base.den, cap.den, g.den, o.den, step.den].reduce((l, d) => (l * d) / gcd(l, d), 1n);
  const scaled = (x: Rational) => (x.num * lcm) / x.den;
  const big = {
    base: scaled(base),
    cap: scaled(cap),
    gross: scaled(g),
    operating: scaled(o),
    den: scaled(step),
    stepFen: step.num / step.den,
  };
  // Each of the three terms stays below SAFE/3, so their sum is exact in doubles.
  const safe =
    step.den === 1n &&
    [big.base, big.cap, big.gross, big.operating, big.den].every((v) => v <= third);
  const gross = safe ? Number(big.gross) : 0;
  const operating = safe ? Number(big.operating) : 0;
  return {
    wide: !safe,
    row: {
      base: safe ? Number(big.base) : 0,
      cap: safe ? Number(big.cap) : 0,
      gross,
      operating,
      maxGross: !safe ? -1 : gross === 0 ? SAFE : Math.floor(SAFE / 3 / gross),
      maxOperating: !safe ? -1 : operating === 0 ? SAFE : Math.floor(SAFE / 3 / operating),
      den: safe ? Number(big.den) : 1,
      stepFen: Number(big.stepFen),
      big,
    },
  };
}
