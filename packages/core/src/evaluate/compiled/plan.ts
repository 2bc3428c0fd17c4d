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
 * The compiled form of a model: every coefficient of MODEL.md as a safe integer, derived
 * exactly from the model's decimals, with the largest input each product stays exact for. An
 * input above such a limit sends its household to the reference path.
 */

/** `round(input × num / den)` for one rounded line; `maxInput` keeps `input × num` safe. */
export interface LineCoefficient {
  readonly num: number;
  /** The denominator times the rounding step in fen. */
  readonly den: number;
  readonly maxInput: number;
}

/** A depreciating item: one coefficient per age from 0 to 200 years. */
export type AgeTable = readonly (LineCoefficient | undefined)[];

/** A bin on an integer value (fen): `value op bound`, with the bound rounded the exact way. */
export interface IntegerBin {
  readonly op: Comparison;
  readonly bound: number;
  readonly points: number;
}

/** A bin on the ratio L/G: `L × den op num × G`, inside the safe range. */
export interface RatioBin {
  readonly op: Comparison;
  readonly num: number;
  readonly den: number;
  readonly maxL: number;
  readonly maxG: number;
  readonly points: number;
}

export interface LimitRow {
  readonly base: number;
  readonly cap: number;
  readonly grossCoefficient: number;
  readonly operatingCoefficient: number;
  readonly maxGross: number;
  readonly maxOperating: number;
  /** Common denominator of the terms times the rounding step in fen. */
  readonly den: number;
  readonly stepFen: number;
}

export interface Plan {
  readonly assetMode: RoundingMode;
  readonly assetStepFen: number;
  readonly structures: ReadonlyMap<string, AgeTable>;
  readonly contractedLand: LineCoefficient | undefined;
  readonly transferredLand: LineCoefficient | undefined;
  readonly forest: LineCoefficient | undefined;
  /** Per species code: its coefficient over the common denominator `livestockDen`. */
  readonly species: ReadonlyMap<string, number>;
  readonly speciesCodes: readonly string[];
  readonly livestockDen: number;
  readonly livestockMaxHerd: number;
  readonly machine: AgeTable;
  readonly vehicle: AgeTable;
  readonly facility: AgeTable;
  readonly deposits: LineCoefficient | undefined;
  readonly collectiveShares: LineCoefficient | undefined;
  readonly netAssets:
    | { readonly bins: readonly IntegerBin[]; readonly otherwise: number }
    | undefined;
  readonly netIncome:
    | { readonly bins: readonly IntegerBin[]; readonly otherwise: number }
    | undefined;
  readonly debtRatio:
    | {
        readonly bins: readonly RatioBin[];
        readonly otherwise: number;
        readonly noDebt: number;
        readonly noAssets: number;
      }
    | undefined;
  readonly limitMode: RoundingMode;
  readonly limits: ReadonlyMap<string, LimitRow | undefined>;
  /** Why parts of the model always use the reference path (empty for the default model). */
  readonly unsafe: readonly string[];
}

const MAX_AGE = BOUNDS.maxYear - BOUNDS.minYear;
const HUNDRED = int(100);

/** Compiles a resolved model into integer tables. */
export function buildPlan(model: ResolvedModel): Plan {
  const unsafe: string[] = [];
  const stepFen = toSafe(mul(fromDecimal(model.assetRounding.step.toString()), HUNDRED));
  if (stepFen === undefined || stepFen < 1)
    unsafe.push('asset rounding step is not a whole number of fen');
  const step = stepFen ?? 1;

  const line = (coefficient: Rational, what: string): LineCoefficient | undefined => {
    const den = coefficient.den * BigInt(step);
    if (coefficient.num < 0n || !fits(coefficient.num) || !fits(den)) {
      unsafe.push(
        `${what}: coefficient ${coefficient.num}/${den} is outside the safe integer range`,
      );
      return undefined;
    }
    return { num: Number(coefficient.num), den: Number(den), maxInput: maxFactor(coefficient.num) };
  };

  const ageTable = (base: Rational, d: ResolvedDepreciation, what: string): AgeTable => {
    const life = BigInt(d.life);
    const residual = fromDecimal(d.residual.toString());
    const table: (LineCoefficient | undefined)[] = [];
    for (let age = 0; age <= MAX_AGE; age++) {
      // q = 1 − (1 − r)·age/life while age < life, else r.
      const q =
        age >= d.life
          ? residual
          : sub(int(1), mul(sub(int(1), residual), rational(BigInt(age), life)));
      table.push(line(mul(base, q), `${what} at age ${age}`));
    }
    return table;
  };

  const r = (d: { toString(): string }) => fromDecimal(d.toString());
  const structures = new Map<string, AgeTable>();
  for (const [code, s] of model.structures)
    structures.set(code, ageTable(r(s.unitCost), s, `house structure ${code}`));

  const { land } = model;
  const contractedLand = line(
    mul(mul(r(land.rent), r(land.contractYears)), r(land.haircut)),
    'contracted land',
  );
  const transferredLand = line(
    mul(mul(r(land.rent), r(land.transferYears)), r(land.haircut)),
    'transferred land',
  );
  const forest = line(mul(r(land.forestValue), r(land.haircut)), 'forest');

  // Livestock: Σ heads × price × haircut × 100 fen, over one common denominator.
  const perSpecies = model.livestock.codes.map((code) =>
    mul(mul(r(model.livestock.price.get(code) ?? 0), r(model.livestock.haircut)), HUNDRED),
  );
  const commonDen = perSpecies.reduce((l, c) => (l * c.den) / gcd(l, c.den), 1n);
  const species = new Map<string, number>();
  let herdBound = 0n;
  model.livestock.codes.forEach((code, i) => {
    const c = perSpecies[i] as Rational;
    const n = (c.num * commonDen) / c.den;
    species.set(code, Number(n));
    herdBound += n * BigInt(BOUNDS.livestockHeads);
  });
  const livestockDen = commonDen * BigInt(step);
  if (!fits(livestockDen) || !fits(herdBound))
    unsafe.push('livestock prices need more precision than the safe integer range');

  const equipment = model.equipment;
  const plan: Plan = {
    assetMode: model.assetRounding.mode,
    assetStepFen: step,
    structures,
    contractedLand,
    transferredLand,
    forest,
    species,
    speciesCodes: model.livestock.codes,
    livestockDen: fits(livestockDen) ? Number(livestockDen) : 0,
    livestockMaxHerd: fits(herdBound) ? SAFE : 0,
    machine: ageTable(int(1), equipment.machine, 'machine'),
    vehicle: ageTable(int(1), equipment.vehicle, 'vehicle'),
    facility: ageTable(int(1), equipment.facility, 'facility'),
    deposits: line(r(model.depositsRate), 'deposits'),
    collectiveShares: line(r(model.collectiveSharesRate), 'collective shares'),
    netAssets: integerBins(model.netAssets, 'net assets', unsafe),
    netIncome: integerBins(model.netIncome, 'net income', unsafe),
    debtRatio: ratioBins(model, unsafe),
    limitMode: model.limit.mode,
    limits: limitRows(model, unsafe),
    unsafe,
  };
  return plan;
}

function toSafe(value: Rational): number | undefined {
  return value.den === 1n && fits(value.num) ? Number(value.num) : undefined;
}

/** Money bins on whole fen: x ≥ t ⇔ x ≥ ⌈t⌉, x > t ⇔ x > ⌊t⌋, x ≤ t ⇔ x ≤ ⌊t⌋, x < t ⇔ x < ⌈t⌉. */
function integerBins(bins: ResolvedBins, what: string, unsafe: string[]) {
  const out: IntegerBin[] = [];
  for (const bin of bins.bins) {
    const t = mul(fromDecimal(bin.value.toString()), HUNDRED);
    const bound =
      bin.when === '>=' || bin.when === '<' ? ceilDiv(t.num, t.den) : floorDiv(t.num, t.den);
    if (!fits(bound)) {
      unsafe.push(`${what}: bin ${bin.when} ${bin.value} is outside the safe integer range`);
      return undefined;
    }
    out.push({ op: bin.when, bound: Number(bound), points: bin.points });
  }
  return { bins: out, otherwise: bins.otherwise };
}

function ratioBins(model: ResolvedModel, unsafe: string[]) {
  const out: RatioBin[] = [];
  for (const bin of model.debtRatio.bins) {
    const t = fromDecimal(bin.value.toString());
    const num = t.num < 0n ? -t.num : t.num;
    if (!fits(t.num) || !fits(t.den)) {
      unsafe.push(`debt ratio: bin ${bin.when} ${bin.value} is outside the safe integer range`);
      return undefined;
    }
    out.push({
      op: bin.when,
      num: Number(t.num),
      den: Number(t.den),
      maxL: maxFactor(t.den),
      maxG: maxFactor(num),
      points: bin.points,
    });
  }
  const d = model.debtRatio;
  return { bins: out, otherwise: d.otherwise, noDebt: d.noDebt, noAssets: d.noAssets };
}

function limitRows(model: ResolvedModel, unsafe: string[]): Map<string, LimitRow | undefined> {
  const rows = new Map<string, LimitRow | undefined>();
  const step = mul(fromDecimal(model.limit.step.toString()), HUNDRED);
  const g = fromDecimal(model.limit.grossAssets.toString());
  const o = fromDecimal(model.limit.operatingIncome.toString());
  for (const [grade, row] of model.limit.byGrade) {
    const base = mul(fromDecimal(row.base.toString()), HUNDRED);
    const cap = mul(fromDecimal(row.cap.toString()), HUNDRED);
    const lcm = [base.den, cap.den, g.den, o.den].reduce((l, d) => (l * d) / gcd(l, d), 1n);
    const third = BigInt(Math.floor(SAFE / 3));
    const scaled = (x: Rational) => (x.num * lcm) / x.den;
    const values = [scaled(base), scaled(cap), scaled(g), scaled(o), lcm * step.num];
    if (step.den !== 1n || values.some((v) => v > third || v < 0n)) {
      unsafe.push(`limit for ${grade}: needs more precision than the safe integer range`);
      rows.set(grade, undefined);
      continue;
    }
    const [b, c, gc, oc, den] = values.map(Number) as [number, number, number, number, number];
    rows.set(grade, {
      base: b,
      cap: c,
      grossCoefficient: gc,
      operatingCoefficient: oc,
      maxGross: gc === 0 ? SAFE : Math.floor(SAFE / 3 / gc),
      maxOperating: oc === 0 ? SAFE : Math.floor(SAFE / 3 / oc),
      den,
      stepFen: Number(step.num),
    });
  }
  return rows;
}
