import { defaultModel, defaultModelDocument, idKey, idProblem } from '@credit-village/core';
import fc from 'fast-check';

/**
 * Arbitraries for valid inputs of the default model, shared by the property tests. Decimal
 * fields come as strings or numbers, as they arrive from collection files; values cluster on
 * the model's bin edges and ± 0.01 so boundary cases are common.
 */

export const EVAL_YEAR = 2024;

const MONEY_MAX_FEN = 1_000_000_000_000; // ten billion yuan
const AREA_MAX_CENTS = 100_000_000; // one million

/** Fen (or hundredths) → decimal text or a JSON number, in the grammar of docs/formats.md. */
function decimalFromCents(cents: number, asNumber: boolean, style: number): string | number {
  if (asNumber) return cents / 100;
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const whole = Math.floor(abs / 100);
  const frac = abs % 100;
  let text: string;
  if (style === 0 && frac === 0) text = String(whole);
  else if (style === 1 && frac % 10 === 0) text = `${whole}.${frac / 10}`;
  else text = `${whole}.${String(frac).padStart(2, '0')}`;
  return negative && text !== '0' && !/^0(\.0+)?$/.test(text) ? `-${text}` : text;
}

const edgesYuan = [0, 10_000, 30_000, 60_000, 80_000, 100_000, 150_000, 300_000, 500_000];

/** Fen amounts clustered on bin edges (± 1 fen), plus small, large and extreme values. */
function fenArb(minFen: number, maxFen: number): fc.Arbitrary<number> {
  const edge = fc
    .tuple(fc.constantFrom(...edgesYuan), fc.constantFrom(-1, 0, 1))
    .map(([yuan, d]) => yuan * 100 + d);
  return fc
    .oneof(
      { weight: 3, arbitrary: fc.integer({ min: 0, max: 50_000_000 }) },
      { weight: 2, arbitrary: edge },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: MONEY_MAX_FEN }) },
      { weight: 1, arbitrary: fc.constantFrom(0, 1, 5, 50, MONEY_MAX_FEN) },
    )
    .map((fen) => Math.min(maxFen, Math.max(minFen, fen)));
}

/** A decimal field for money: string or number form. */
export function money(options: { min?: number; max?: number } = {}): fc.Arbitrary<string | number> {
  const min = options.min ?? 0;
  const max = options.max ?? MONEY_MAX_FEN;
  return fc
    .tuple(fenArb(0, max), fc.boolean(), fc.boolean(), fc.integer({ min: 0, max: 2 }))
    .map(([fen, negative, asNumber, style]) => {
      const signed = negative && min < 0 ? -Math.min(fen, -min) : fen;
      return decimalFromCents(Math.max(min, signed), asNumber, style);
    });
}

/** Money that keeps the household's totals modest (so bins in the middle are hit). */
export const modestMoney = fc
  .tuple(fc.integer({ min: 0, max: 60_000_000 }), fc.boolean(), fc.integer({ min: 0, max: 2 }))
  .map(([fen, asNumber, style]) => decimalFromCents(fen, asNumber, style));

export function area(options: { positive?: boolean } = {}): fc.Arbitrary<string | number> {
  return fc
    .tuple(
      fc.oneof(fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 0, max: AREA_MAX_CENTS })),
      fc.boolean(),
      fc.integer({ min: 0, max: 2 }),
    )
    .map(([cents, asNumber, style]) =>
      decimalFromCents(Math.max(options.positive ? 1 : 0, cents), asNumber, style),
    );
}

/** Years clustered around each life boundary of the default model (4, 10, 40, 50, 60 years). */
export const year = fc.oneof(
  fc.integer({ min: 1900, max: EVAL_YEAR }),
  fc
    .constantFrom(4, 10, 40, 50, 60)
    .chain((life) => fc.integer({ min: EVAL_YEAR - life - 1, max: EVAL_YEAR - life + 1 })),
);

// The default model's own codes: a test never copies them.
const DEFAULT = defaultModel().document;
const level = fc.constantFrom(...DEFAULT.score.civility.levels.map((l) => l.code));
export const DIMENSIONS = DEFAULT.score.civility.dimensions.map((d) => d.code);
export const STRUCTURES = DEFAULT.assets.houses.structures.map((s) => s.code);
export const SPECIES = DEFAULT.assets.livestock.species.map((s) => s.code);

const equipment = fc.array(fc.record({ price: modestMoney, year }), { maxLength: 3 });

/** An id that follows the id rule (any characters but control or invisible ones, no edge spaces). */
export const validId = fc
  .string({ minLength: 1, maxLength: 8, unit: 'binary' })
  .filter((s) => idProblem(s) === undefined);

/** A valid household record of the default model (evaluation year 2024). */
export function household(
  id: fc.Arbitrary<string> = validId,
): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    {
      id,
      members: fc.integer({ min: 0, max: 100 }),
      houses: fc.array(
        fc.record({
          structure: fc.constantFrom(...STRUCTURES),
          areaM2: area({ positive: true }),
          yearBuilt: year,
        }),
        { maxLength: 3 },
      ),
      land: fc.record(
        { contractedMu: area(), transferredInMu: area(), forestMu: area() },
        { requiredKeys: [] },
      ),
      livestock: fc.record(
        Object.fromEntries(SPECIES.map((s) => [s, fc.integer({ min: 0, max: 1_000_000 })])),
        { requiredKeys: [] },
      ),
      machines: equipment,
      vehicles: equipment,
      facilities: equipment,
      deposits: fc.oneof(modestMoney, money()),
      collectiveShares: modestMoney,
      debts: fc.record(
        { bankLoans: fc.oneof(modestMoney, money()), other: modestMoney },
        { requiredKeys: [] },
      ),
      income: fc.record({
        net: fc.oneof(money({ min: -MONEY_MAX_FEN }), modestMoney),
        operating: fc.oneof(modestMoney, money()),
      }),
      civility: fc.record(Object.fromEntries(DIMENSIONS.map((d) => [d, level]))),
      creditRecord: fc.constantFrom('none', 'cleared', 'severe'),
      vetoes: fc.oneof(
        { weight: 4, arbitrary: fc.constant([]) },
        {
          weight: 1,
          arbitrary: fc.array(fc.constantFrom('V1', 'V2', 'V3', 'V4', 'V5'), {
            minLength: 1,
            maxLength: 3,
          }),
        },
      ),
      meta: fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 1 }), {
        maxKeys: 2,
      }),
    },
    { requiredKeys: ['id', 'income', 'civility', 'creditRecord'] },
  );
}

// Democratic review (docs/model.md §13) -----------------------------------------------------

/** A quorum as the model writes it. */
export interface Quorum {
  readonly numerator: number;
  readonly denominator: number;
}

/** The fewest present that make `quorum` of a panel of `size`. */
export function quorumNeeded(size: number, quorum: Quorum): number {
  return Math.ceil((size * quorum.numerator) / quorum.denominator);
}

/** One present reviewer's entry: every dimension marked, and sometimes veto codes (repeats too). */
function reviewerEntry(reviewer: string): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(
    {
      reviewer: fc.constant(reviewer),
      civility: fc.record(Object.fromEntries(DIMENSIONS.map((d) => [d, level]))),
      vetoes: fc.oneof(
        { weight: 3, arbitrary: fc.constant([]) },
        {
          weight: 2,
          arbitrary: fc.array(fc.constantFrom('V1', 'V3', 'V4'), { minLength: 1, maxLength: 3 }),
        },
      ),
    },
    { requiredKeys: ['reviewer', 'civility'] },
  );
}

/**
 * A valid `review` of the default levels and codes: a panel of 3–99 (mostly small), at least the
 * quorum present, unique reviewer ids (under the id rule's NFKC key); panels whose quorum is met
 * exactly and panels all present are common.
 */
export function review(quorum: Quorum = { numerator: 2, denominator: 3 }) {
  const size = fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 3, max: 15 }) },
    { weight: 1, arbitrary: fc.integer({ min: 3, max: 99 }) },
  );
  return size
    .chain((panelSize) => {
      const least = Math.max(1, quorumNeeded(panelSize, quorum));
      const present = fc.oneof(
        fc.constant(least),
        fc.constant(panelSize),
        fc.integer({ min: least, max: panelSize }),
      );
      return fc.tuple(fc.constant(panelSize), present);
    })
    .chain(([panelSize, n]) =>
      fc
        .uniqueArray(validId, { minLength: n, maxLength: n, selector: (id) => idKey(id) })
        .chain((ids) => fc.tuple(...ids.map(reviewerEntry)))
        .map((marks) => ({ panelSize, marks })),
    );
}

/** A valid household of the default model whose civility marks come from a panel's review. */
export function reviewedHousehold(
  quorum?: Quorum,
  id: fc.Arbitrary<string> = validId,
): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(household(id), review(quorum)).map(([record, r]) => {
    const { civility: _civility, ...rest } = record;
    return { ...rest, review: r };
  });
}

/** A village of valid households with unique ids. */
export const village = fc
  .tuple(
    fc.array(household(fc.constant('')), { maxLength: 25 }),
    fc.integer({ min: 0, max: 30 }),
    fc.constantFrom('good', 'average', 'weak'),
    money(),
    fc.integer({ min: 0, max: 100 }),
    fc.oneof(modestMoney, money({ min: -MONEY_MAX_FEN })),
  )
  .map(([households, extra, party, balance, nplPercentHundredths, income]) => {
    const withIds = households.map((h, i) => ({ ...h, id: `h${i}` }));
    const balanceFen = Math.round(Number(balance) * 100);
    const npl = Math.floor((balanceFen * nplPercentHundredths) / 10_000);
    return {
      id: 'v',
      householdsTotal: Math.max(1, withIds.length + extra),
      partyOrganisation: party,
      loans: { balance, nonPerforming: (npl / 100).toFixed(2) },
      collectiveOperatingIncome: income,
      households: withIds,
    };
  });

/** A decimal text with up to `places` fractional digits in [min, max] (scaled integers). */
export function modelDecimal(min: number, max: number, places: number): fc.Arbitrary<string> {
  const scale = 10 ** places;
  return fc.integer({ min: Math.round(min * scale), max: Math.round(max * scale) }).map((k) => {
    const negative = k < 0;
    const abs = Math.abs(k);
    const whole = Math.floor(abs / scale);
    const frac = String(abs % scale)
      .padStart(places, '0')
      .replace(/0+$/, '');
    return `${negative && abs !== 0 ? '-' : ''}${whole}${frac ? `.${frac}` : ''}`;
  });
}

const places = fc.integer({ min: 0, max: 6 });
export const decimalIn = (min: number, max: number) =>
  places.chain((p) => modelDecimal(min, max, p));
export const roundingMode = fc.constantFrom('halfUp', 'halfEven', 'halfDown', 'down', 'up');

/** Sorted bins: lower bounds listed highest first, or upper bounds lowest first. */
export function bins(min: number, max: number, decimals: number, lower: boolean) {
  return fc
    .tuple(
      fc.uniqueArray(modelDecimal(min, max, decimals), { minLength: 0, maxLength: 6 }),
      fc.integer({ min: 0, max: 30 }),
    )
    .chain(([values, otherwise]) => {
      const sorted = [...values].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
      const distinct = sorted.filter((v, i) => i === 0 || Number(v) !== Number(sorted[i - 1]));
      const ordered = lower ? distinct.reverse() : distinct;
      return fc.tuple(
        fc.constant(ordered),
        fc.array(fc.boolean(), { minLength: ordered.length, maxLength: ordered.length }),
        fc.array(fc.integer({ min: 0, max: 30 }), {
          minLength: ordered.length,
          maxLength: ordered.length,
        }),
        fc.constant(otherwise),
      );
    })
    .map(([values, inclusive, points, otherwise]) => ({
      bins: values.map((value, i) => ({
        when: lower ? (inclusive[i] ? '>=' : '>') : inclusive[i] ? '<=' : '<',
        value,
        points: points[i] ?? 0,
      })),
      otherwise,
    }));
}

/**
 * A random valid model document derived from the default one: every number varies (prices,
 * lives, residuals, haircuts, bins, bands, coefficients, rounding modes and steps); the codes
 * stay, so the household arbitrary fits.
 */
export function modelDocument(
  base: Record<string, unknown>,
): fc.Arbitrary<Record<string, unknown>> {
  const depreciation = fc.record({
    life: fc.integer({ min: 1, max: 80 }),
    residual: decimalIn(0, 1),
  });
  return fc
    .record({
      structures: fc.array(fc.tuple(decimalIn(0, 5000), depreciation), {
        minLength: 4,
        maxLength: 4,
      }),
      land: fc.record({
        rentPerMu: decimalIn(0, 2000),
        contractYears: decimalIn(0, 30),
        transferYears: decimalIn(0, 3),
        forestValuePerMu: decimalIn(0, 5000),
        haircut: decimalIn(0, 1),
      }),
      livestockHaircut: decimalIn(0, 1),
      prices: fc.array(decimalIn(0, 20000), { minLength: 5, maxLength: 5 }),
      equipment: fc.record({
        machine: depreciation,
        vehicle: depreciation,
        facility: depreciation,
      }),
      financial: fc.record({
        depositsRate: decimalIn(0, 1.5),
        collectiveSharesRate: decimalIn(0, 1.5),
      }),
      assetRounding: fc.record({
        mode: roundingMode,
        step: fc.constantFrom('0.01', '0.1', '1', '0.05'),
      }),
      netAssets: fc.boolean().chain((lower) => bins(-100000, 2000000, 2, lower)),
      netIncome: fc.boolean().chain((lower) => bins(-50000, 500000, 2, lower)),
      debtRatio: fc.tuple(
        fc.boolean().chain((lower) => bins(0, 3, 6, lower)),
        fc.integer({ min: 0, max: 15 }),
        fc.integer({ min: 0, max: 15 }),
      ),
      levels: fc.array(fc.integer({ min: 0, max: 8 }), { minLength: 3, maxLength: 3 }),
      credit: fc.array(fc.integer({ min: 0, max: 15 }), { minLength: 3, maxLength: 3 }),
      bands: fc.uniqueArray(fc.integer({ min: 1, max: 95 }), { minLength: 1, maxLength: 5 }),
      creditFlags: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
      limit: fc.record({
        grossAssets: decimalIn(0, 0.5),
        operatingIncome: decimalIn(0, 0.6),
        mode: roundingMode,
        step: fc.constantFrom('1000', '100', '0.01', '500'),
      }),
      rows: fc.array(fc.tuple(decimalIn(0, 200000), decimalIn(0, 400000)), {
        minLength: 6,
        maxLength: 6,
      }),
      review: reviewParameters,
    })
    .map((p) => {
      // biome-ignore lint/suspicious/noExplicitAny: a JSON document edited in place by a test generator
      const doc = structuredClone(base) as Record<string, any>;
      doc.id = 'random-county';
      doc.assets.rounding = p.assetRounding;
      doc.assets.houses.structures.forEach((s: Record<string, unknown>, i: number) => {
        const [unitCost, d] = p.structures[i] ?? ['0', { life: 1, residual: '0' }];
        Object.assign(s, { unitCost, ...d });
      });
      doc.assets.land = p.land;
      doc.assets.livestock.haircut = p.livestockHaircut;
      doc.assets.livestock.species.forEach((s: Record<string, unknown>, i: number) => {
        s.price = p.prices[i];
      });
      doc.assets.equipment = p.equipment;
      doc.assets.financial = p.financial;
      doc.score.netAssets = p.netAssets;
      doc.score.netIncome = p.netIncome;
      doc.score.debtRatio = { ...p.debtRatio[0], noDebt: p.debtRatio[1], noAssets: p.debtRatio[2] };
      doc.score.civility.levels.forEach((l: Record<string, unknown>, i: number) => {
        l.points = p.levels[i];
      });
      doc.score.creditRecord.levels.forEach((l: Record<string, unknown>, i: number) => {
        l.points = p.credit[i];
      });
      const top = (b: { bins: { points: number }[]; otherwise: number }) =>
        Math.max(b.otherwise, ...b.bins.map((x) => x.points));
      const maxScore =
        8 * Math.max(...p.levels) +
        top(p.netAssets) +
        top(p.netIncome) +
        Math.max(top(p.debtRatio[0]), p.debtRatio[1], p.debtRatio[2]) +
        Math.max(...p.credit);
      // Bands no score can reach make an invalid model; keep the reachable ones.
      const minScores = [...p.bands].filter((b) => b <= maxScore).sort((a, b) => b - a);
      const grades = [...minScores, 0].map((minScore, i) => ({
        code: `G${i}`,
        minScore,
        creditHousehold: p.creditFlags[i] ?? false,
      }));
      doc.grades = grades;
      // The entity scorecard names the default grades; entity-arbitraries.ts makes one to fit.
      delete doc.entity;
      doc.limit = {
        coefficients: {
          grossAssets: p.limit.grossAssets,
          operatingIncome: p.limit.operatingIncome,
        },
        rounding: { mode: p.limit.mode, step: p.limit.step },
        byGrade: grades
          .filter((g) => g.creditHousehold)
          .map((g, i) => {
            const [a, b] = p.rows[i] ?? ['0', '0'];
            const [base, cap] = Number(a) <= Number(b) ? [a, b] : [b, a];
            return { grade: g.code, base, cap };
          }),
      };
      doc.review = p.review;
      return doc;
    });
}

/** Review parameters: any quorum up to the whole panel, any majority under all, any scale. */
export const reviewParameters = fc.record({
  quorum: fc
    .tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 1, max: 12 }))
    .map(([a, b]) => ({ numerator: Math.min(a, b), denominator: b })),
  vetoMajority: fc
    .tuple(fc.integer({ min: 0, max: 11 }), fc.integer({ min: 2, max: 12 }))
    .map(([a, b]) => ({ numerator: Math.min(a, b - 1), denominator: b })),
  aggregation: fc.record({
    method: fc.constant('median'),
    evenCount: fc.constantFrom('lower', 'upper'),
    scale: fc.shuffledSubarray(['poor', 'fair', 'good'], { minLength: 3, maxLength: 3 }),
  }),
});

/** Households that sit on a model's bin edges (± 0.01) for net assets, income and debt ratio. */
// biome-ignore lint/suspicious/noExplicitAny: reads a generated JSON model document
export function edgeHousehold(doc: Record<string, any>): fc.Arbitrary<Record<string, unknown>> {
  const moneyEdges = (list: { value: string }[]) => list.map((b) => b.value);
  const income = moneyEdges(doc.score.netIncome.bins);
  const net = moneyEdges(doc.score.netAssets.bins);
  const ratio = moneyEdges(doc.score.debtRatio.bins);
  const nudge = fc.constantFrom(-1, 0, 1);
  const fenOf = (text: string) => Math.round(Number(text) * 100);
  const text = (fen: number) => (fen / 100).toFixed(2);
  return fc
    .record({
      base: household(),
      incomeEdge: income.length ? fc.constantFrom(...income) : fc.constant('0'),
      netEdge: net.length ? fc.constantFrom(...net) : fc.constant('0'),
      ratioEdge: ratio.length ? fc.constantFrom(...ratio) : fc.constant('0.5'),
      dIncome: nudge,
      dNet: nudge,
      dRatio: nudge,
      which: fc.constantFrom('net', 'ratio'),
      k: fc.integer({ min: 1, max: 500 }),
    })
    .map(({ base, incomeEdge, netEdge, ratioEdge, dIncome, dNet, dRatio, which, k }) => {
      const record: Record<string, unknown> = {
        ...base,
        income: { net: text(fenOf(incomeEdge) + dIncome), operating: '1000' },
      };
      delete record.houses;
      delete record.land;
      delete record.livestock;
      delete record.machines;
      delete record.vehicles;
      delete record.facilities;
      delete record.collectiveShares;
      if (which === 'net') {
        // Only deposits and debts: N = deposits − debts lands on the edge ± 1 fen.
        const target = fenOf(netEdge) + dNet;
        const debts = target < 0 ? -target : 0;
        record.deposits = text(Math.max(0, target) + 0);
        record.debts = { bankLoans: text(debts) };
      } else {
        // G a multiple of 10^6 fen, so t × G is whole fen and L = t × G ± 1 fen.
        const gross = k * 1_000_000;
        const liabilities = Math.max(0, Math.round(Number(ratioEdge) * gross) + dRatio);
        record.deposits = text(gross);
        record.debts = { bankLoans: text(liabilities) };
      }
      return record;
    });
}

/**
 * The default model document without its worked examples: the starting point of a county
 * model whose numbers change (the examples would rightly fail against new numbers).
 */
export function countyDocument(): Record<string, unknown> {
  const doc = defaultModelDocument() as Record<string, unknown>;
  delete doc.examples;
  return doc;
}
