import fc from 'fast-check';

/**
 * Arbitraries for valid inputs of the default model, shared by the property tests. Decimal
 * fields come as strings or numbers, as they arrive from collection files; values cluster on
 * the model's bin edges and ± 0.01 so boundary cases are common.
 */

export const EVAL_YEAR = 2024;

const MONEY_MAX_FEN = 1_000_000_000_000; // ten billion yuan
const AREA_MAX_CENTS = 100_000_000; // one million

/** Fen (or hundredths) → decimal text or a JSON number, in the grammar of FORMATS.md. */
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

const level = fc.constantFrom('good', 'fair', 'poor');
const DIMENSIONS = [
  'lawAbiding',
  'familyHarmony',
  'filialPiety',
  'familyEducation',
  'neighbourliness',
  'customsReform',
  'honesty',
  'publicSpirit',
];
export const STRUCTURES = ['reinforcedConcrete', 'brickConcrete', 'brickWood', 'simple'] as const;
export const SPECIES = ['pig', 'sow', 'cattle', 'sheep', 'poultry'] as const;

const equipment = fc.array(fc.record({ price: modestMoney, year }), { maxLength: 3 });

/** A valid household record of the default model (evaluation year 2024). */
export function household(
  id: fc.Arbitrary<string> = fc.string({ minLength: 1, maxLength: 8 }),
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
