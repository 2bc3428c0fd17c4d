import type { Component, HouseholdResult } from '../types/result.js';

/** Everything a household result says, as the two evaluation paths compute it. */
export interface HouseholdParts {
  readonly id: string;
  /** The record's `head`, only when personal data was asked for. */
  readonly head: HouseholdResult['head'] | undefined;
  readonly members: number | undefined;
  readonly labourers: number | undefined;
  readonly assets: HouseholdResult['assets'];
  readonly components: readonly Component[];
  readonly score: number;
  readonly grade: string;
  readonly creditHousehold: boolean;
  readonly vetoes: readonly string[];
  readonly limit: string;
  readonly limitBoundBy: HouseholdResult['limitBoundBy'];
  readonly review: HouseholdResult['review'] | undefined;
  readonly meta: HouseholdResult['meta'] | undefined;
}

/**
 * The household result, built in one place for the reference and the compiled path, so its
 * keys (and so the bytes of every result document) come in one order: absent optional parts
 * are left out, never written as `undefined`.
 */
export function householdResult(parts: HouseholdParts): HouseholdResult {
  const result: { -readonly [K in keyof HouseholdResult]: HouseholdResult[K] } = {
    id: parts.id,
  } as HouseholdResult;
  if (parts.head !== undefined) result.head = parts.head;
  if (parts.members !== undefined) result.members = parts.members;
  if (parts.labourers !== undefined) result.labourers = parts.labourers;
  result.assets = parts.assets;
  result.score = parts.score;
  result.components = parts.components;
  result.grade = parts.grade;
  result.creditHousehold = parts.creditHousehold;
  result.vetoes = parts.vetoes;
  result.limit = parts.limit;
  result.limitBoundBy = parts.limitBoundBy;
  if (parts.review !== undefined) result.review = parts.review;
  if (parts.meta !== undefined) result.meta = parts.meta;
  return result;
}
