import type {
  BatchResult,
  DefaultGrade,
  DefaultRating,
  Grade,
  HouseholdResult,
  Rating,
  VillageResult,
} from '@credit-village/core';
import { describe, expectTypeOf, it } from 'vitest';

// Type tests: `npm run typecheck` compiles this file, so a wrong type fails the build. The
// runtime assertions of expectTypeOf are no-ops.

describe('result types', () => {
  it('grades are the default model’s codes, or a county model’s own', () => {
    expectTypeOf<HouseholdResult['grade']>().toEqualTypeOf<Grade>();
    expectTypeOf<DefaultGrade>().toEqualTypeOf<'AAA' | 'AA' | 'A' | 'B' | 'C' | 'NR'>();
    expectTypeOf<DefaultGrade>().toExtend<Grade>();
    expectTypeOf<'D'>().toExtend<Grade>();
    expectTypeOf<number>().not.toExtend<Grade>();
  });

  it('a village rating is a band, none, or null when the village could not be rated', () => {
    expectTypeOf<VillageResult['rating']>().toEqualTypeOf<Rating | null>();
    expectTypeOf<DefaultRating>().toEqualTypeOf<'AAA' | 'AA' | 'A'>();
    expectTypeOf<'none'>().toExtend<Rating>();
    expectTypeOf<null>().not.toExtend<Rating>();
  });

  it('money is text, scores are numbers', () => {
    expectTypeOf<HouseholdResult['limit']>().toEqualTypeOf<string>();
    expectTypeOf<HouseholdResult['score']>().toEqualTypeOf<number>();
    expectTypeOf<BatchResult['summary']['totalLimit']>().toEqualTypeOf<string>();
  });
});
