import { readFileSync } from 'node:fs';
import type {
  BatchResult,
  EntityResult,
  HouseholdResult,
  TownshipResult,
  VillageResult,
} from '@credit-village/core';

import { VECTORS_DIR } from '../../../test/vectors-dir.js';

export { VECTORS_DIR };

export function readVector(name: string): unknown {
  return JSON.parse(readFileSync(`${VECTORS_DIR}${name}`, 'utf8'));
}

/** The subset of a household result that the `.expected.json` files list. */
export function projectHousehold(h: HouseholdResult) {
  return {
    id: h.id,
    assets: { gross: h.assets.gross, liabilities: h.assets.liabilities, net: h.assets.net },
    score: h.score,
    components: Object.fromEntries(h.components.map((c) => [c.id, c.points])),
    grade: h.grade,
    creditHousehold: h.creditHousehold,
    vetoes: h.vetoes,
    limit: h.limit,
  };
}

/** The subset of a village result that the `.expected.json` files list. */
export function projectVillage(v: VillageResult) {
  return {
    id: v.id,
    score: v.score,
    items: v.items === null ? null : Object.fromEntries(v.items.map((i) => [i.id, i.points])),
    gatesFailed: v.gatesFailed,
    rating: v.rating,
    households: v.households.map(projectHousehold),
  };
}

/** Projects a whole result the way the expected files are written. */
export function projectBatch(result: BatchResult) {
  return { villages: result.villages.map(projectVillage) };
}

export const VALID_VECTORS = ['golden', 'random', 'random-edge'] as const;

/** The subset of an entity result that the `.expected.json` files list. */
export function projectEntity(e: EntityResult) {
  return {
    id: e.id,
    type: e.type,
    score: e.score,
    components: Object.fromEntries(e.components.map((c) => [c.id, c.points])),
    grade: e.grade,
    creditEntity: e.creditEntity,
    vetoes: e.vetoes,
    limit: e.limit,
    creditOnly: e.creditOnly,
    guaranteed: e.guaranteed,
    limitBoundBy: e.limitBoundBy,
  };
}

/** The subset of a township result that the `.expected.json` files list. */
export function projectTownship(t: TownshipResult) {
  return {
    id: t.id,
    rating: t.rating,
    gatesFailed: t.gatesFailed,
    villages: t.villages,
    shares: t.shares,
    npl: t.npl,
    nplIncrement: t.nplIncrement,
    performing: t.performing,
  };
}

/** The vectors with entities and townships whose expected files list results. */
export const ENTITY_VECTORS = ['entities', 'townships'] as const;
