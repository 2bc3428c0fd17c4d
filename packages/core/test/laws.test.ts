import {
  defaultModel,
  evaluateHousehold,
  evaluateVillage,
  type HouseholdResult,
  parseModel,
  type VillageResult,
} from '@credit-village/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../test/setup-fast-check.js';
import { countyDocument, EVAL_YEAR, household, STRUCTURES, village } from './arbitraries.js';

const options = { evalYear: EVAL_YEAR };
const fen = (money: string) => BigInt(money.replace('.', ''));
const capOf = new Map(
  defaultModel().document.limit.byGrade.map((row) => [row.grade, fen(`${row.cap}.00`)]),
);

/** Village figures that must not depend on the order of households. */
function villageFigures(v: VillageResult) {
  return {
    rating: v.rating,
    score: v.score,
    items: v.items,
    gatesFailed: v.gatesFailed,
    counts: v.counts,
    totalLimit: v.totalLimit,
  };
}

describe('household laws', () => {
  it('score_lies_in_0_100_and_is_the_sum_of_its_components', () => {
    fc.assert(
      fc.property(household(), (record) => {
        const h = evaluateHousehold(record, options);
        expect(h.score).toBe(h.components.reduce((sum, c) => sum + c.points, 0));
        expect(h.score).toBeGreaterThanOrEqual(0);
        expect(h.score).toBeLessThanOrEqual(100);
        for (const c of h.components) expect(c.points).toBeLessThanOrEqual(c.max);
      }),
    );
  });

  it('limit_is_a_multiple_of_1000_at_most_the_cap_and_0_unless_credit_household', () => {
    fc.assert(
      fc.property(household(), (record) => {
        const h = evaluateHousehold(record, options);
        const limit = fen(h.limit);
        expect(limit % 100_000n).toBe(0n);
        if (!h.creditHousehold) expect(limit).toBe(0n);
        else expect(limit).toBeLessThanOrEqual(capOf.get(h.grade) ?? -1n);
        if (h.limitBoundBy === 'cap') expect(limit).toBe(capOf.get(h.grade));
        expect(['formula', 'cap'].includes(h.limitBoundBy)).toBe(h.creditHousehold);
      }),
    );
  });

  it('any_veto_gives_NR_and_a_zero_limit', () => {
    fc.assert(
      fc.property(household(), fc.constantFrom('V1', 'V2', 'V3', 'V4', 'V5'), (record, code) => {
        const h = evaluateHousehold({ ...record, vetoes: [code, code] }, options);
        expect(h.grade).toBe('NR');
        expect(h.limit).toBe('0.00');
        expect(h.limitBoundBy).toBe('veto');
        expect(h.creditHousehold).toBe(false);
        expect(h.vetoes).toEqual([...new Set([code])]);
        // The score is still computed and reported.
        const clean = evaluateHousehold({ ...record, vetoes: [] }, options);
        expect(h.score).toBe(clean.score);
      }),
    );
  });

  it('adding_an_asset_never_lowers_gross_assets', () => {
    const extra = fc.oneof(
      fc.record({
        kind: fc.constant('houses' as const),
        item: fc.record({
          structure: fc.constantFrom(...STRUCTURES),
          areaM2: fc.constantFrom('0.01', '80', '150.5'),
          yearBuilt: fc.integer({ min: 1950, max: EVAL_YEAR }),
        }),
      }),
      fc.record({
        kind: fc.constantFrom('machines' as const, 'vehicles' as const, 'facilities' as const),
        item: fc.record({
          price: fc.constantFrom('0', '0.01', '35000'),
          year: fc.integer({ min: 1990, max: EVAL_YEAR }),
        }),
      }),
    );
    fc.assert(
      fc.property(household(), extra, (record, { kind, item }) => {
        const before = evaluateHousehold(record, options);
        const list = (record[kind] as unknown[] | undefined) ?? [];
        if (list.length >= 1000) return;
        const after = evaluateHousehold({ ...record, [kind]: [...list, item] }, options);
        expect(fen(after.assets.gross)).toBeGreaterThanOrEqual(fen(before.assets.gross));
      }),
    );
  });

  it('a_household_evaluated_alone_equals_the_same_household_inside_a_village', () => {
    fc.assert(
      fc.property(village, (v) => {
        const result = evaluateVillage(v, options);
        result.households.forEach((h: HouseholdResult, i) => {
          expect(h).toEqual(evaluateHousehold(v.households[i], options));
        });
      }),
      { numRuns: runs(30) },
    );
  });
});

describe('village laws', () => {
  it('reordering_a_villages_households_changes_no_village_figure', () => {
    fc.assert(
      fc.property(
        village.chain((v) =>
          fc.tuple(
            fc.constant(v),
            fc.shuffledSubarray(v.households, {
              minLength: v.households.length,
              maxLength: v.households.length,
            }),
          ),
        ),
        ([v, shuffled]) => {
          const a = evaluateVillage(v, options);
          const b = evaluateVillage({ ...v, households: shuffled }, options);
          expect(villageFigures(b)).toEqual(villageFigures(a));
          const byId = (r: VillageResult) =>
            [...r.households].sort((x, y) => (x.id < y.id ? -1 : 1));
          expect(byId(b)).toEqual(byId(a));
        },
      ),
      { numRuns: runs(30) },
    );
  });

  it('every_input_household_appears_exactly_once_in_households_or_errors', () => {
    const record = fc.oneof(
      { weight: 3, arbitrary: household(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f')) },
      { weight: 1, arbitrary: fc.anything() },
      { weight: 1, arbitrary: household().map((h) => ({ ...h, deposits: '1.234' })) },
    );
    fc.assert(
      fc.property(fc.array(record, { maxLength: 20 }), (records) => {
        const result = evaluateVillage(
          { id: 'v', householdsTotal: 100, partyOrganisation: 'good', households: records },
          options,
        );
        const seen = [
          ...result.households.map(() => -1),
          ...result.errors.flatMap((e) => (e.index === undefined ? [] : [e.index])),
        ];
        expect(seen).toHaveLength(records.length);
        const indices = result.errors.flatMap((e) => (e.index === undefined ? [] : [e.index]));
        expect(new Set(indices).size).toBe(indices.length);
        expect(result.counts.collected).toBe(records.length);
        expect(result.counts.invalid).toBe(indices.length);
        if (indices.length > 0) expect(result.rating).toBeNull();
      }),
    );
  });
});

describe('model laws', () => {
  it('a_model_survives_a_JSON_round_trip_with_the_same_hash', () => {
    const model = defaultModel();
    const again = parseModel(JSON.parse(JSON.stringify(model.document)));
    expect(again.hash).toBe(model.hash);
    // Key order does not matter to the canonical form.
    const reversed = JSON.parse(JSON.stringify(model.document), (_key, value) =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).reverse())
        : value,
    );
    expect(parseModel(reversed).hash).toBe(model.hash);
  });

  it('a_county_model_that_changes_one_unit_price_changes_exactly_the_lines_that_use_it', () => {
    fc.assert(
      fc.property(household(), fc.constantFrom(...STRUCTURES), (record, structure) => {
        const doc = countyDocument() as {
          assets: { houses: { structures: { code: string; unitCost: string }[] } };
        };
        const entry = doc.assets.houses.structures.find((s) => s.code === structure);
        if (entry === undefined) throw new Error('structure missing');
        entry.unitCost = String(Number(entry.unitCost) * 3);
        const county = parseModel(doc);
        expect(county.hash).not.toBe(defaultModel().hash);
        const before = evaluateHousehold(record, options);
        const after = evaluateHousehold(record, { ...options, model: county });
        const houses = (record.houses as { structure: string }[] | undefined) ?? [];
        expect(after.assets.lines).toHaveLength(before.assets.lines.length);
        before.assets.lines.forEach((line, i) => {
          const changed = after.assets.lines[i];
          const uses = line.item === 'house' && houses[line.index ?? -1]?.structure === structure;
          if (!uses) expect(changed).toEqual(line);
          else if (line.value === '0.00') expect(changed?.value).toBe('0.00');
          else expect(fen(changed?.value ?? '0.00')).toBeGreaterThan(fen(line.value));
        });
      }),
    );
  });
});
