import { idKey } from '../schema/ids.js';
import type { ReadEntity, ReadVillage } from './result-reader.js';

/** A village of the results, as the follow-up counts it. */
export interface IndexedVillage {
  readonly id: string | null;
  /** The township it names, as `idKey`; `undefined` when it names none. */
  readonly townshipKey: string | undefined;
  /** Registered households (`householdsTotal`); 0 when the village's own value was unusable. */
  readonly registered: number;
  readonly collected: number;
  readonly rated: number;
  readonly creditHouseholds: number;
  /** Its scored households' subject numbers, by `idKey` of the id (the first record of an id). */
  readonly households: Map<string, number>;
  /** `idKey`s carried only by invalid records (no scored record has them). */
  readonly invalid: Set<string>;
}

/** A township of the results. */
export interface IndexedTownship {
  readonly id: string | null;
}

/** Where a ledger line's subject resolves: a subject number, or why it has none. */
export const UNKNOWN = -1;
export const INVALID = -2;

/**
 * The subjects of a result document: every scored household and entity gets a number (its
 * place in the columns below, in the order read), and ids resolve to it through `idKey`.
 * Columns are plain arrays of numbers (8 bytes a subject each), so a million households cost
 * tens of megabytes, not objects.
 */
export class SubjectIndex {
  readonly villages: IndexedVillage[] = [];
  readonly townships: IndexedTownship[] = [];
  /** Each subject's village (its place in `villages`), or -1 for an entity. */
  readonly villageOf: number[] = [];
  /** Each subject's limit, in whole fen. */
  readonly limitFen: number[] = [];
  /** Each subject's flag: a credit household or credit entity (1) or not (0). */
  readonly credit: number[] = [];
  /** Each subject's id, as the results write it. */
  readonly ids: string[] = [];
  /** The entities' subject numbers, by `idKey`. */
  readonly #entities = new Map<string, number>();
  /** Entity `idKey`s carried only by invalid records. */
  readonly #invalidEntities = new Set<string>();
  /** Village places by `idKey` (several when the results repeat an id). */
  readonly #villageKeys = new Map<string, number[]>();
  /** Entity records sent (scored + invalid), scored, credit entities. */
  entitiesCollected = 0;
  entitiesRated = 0;
  creditEntities = 0;

  get size(): number {
    return this.limitFen.length;
  }

  addVillage(village: ReadVillage): void {
    const place = this.villages.length;
    const households = new Map<string, number>();
    let credit = 0;
    for (const h of village.households) {
      const key = idKey(h.id);
      if (households.has(key)) continue; // a later record with the id is an error, not scored
      households.set(key, this.#subject(place, h.id, h.limitFen, h.creditHousehold));
      if (h.creditHousehold) credit++;
    }
    const invalid = new Set<string>();
    for (const id of village.invalidIds) {
      const key = idKey(id);
      if (!households.has(key)) invalid.add(key);
    }
    this.villages.push({
      id: village.id,
      townshipKey: village.township === undefined ? undefined : idKey(village.township),
      registered: village.registered ?? 0,
      collected: village.collected,
      rated: village.households.length,
      creditHouseholds: credit,
      households,
      invalid,
    });
    if (village.id !== null) {
      const key = idKey(village.id);
      const list = this.#villageKeys.get(key);
      if (list === undefined) this.#villageKeys.set(key, [place]);
      else list.push(place);
    }
  }

  addEntity(entity: ReadEntity): void {
    this.entitiesCollected++;
    const key = idKey(entity.id);
    if (this.#entities.has(key)) return;
    this.#invalidEntities.delete(key);
    this.#entities.set(key, this.#subject(-1, entity.id, entity.limitFen, entity.creditEntity));
    this.entitiesRated++;
    if (entity.creditEntity) this.creditEntities++;
  }

  addEntityError(id: string | undefined): void {
    this.entitiesCollected++;
    if (id === undefined) return;
    const key = idKey(id);
    if (!this.#entities.has(key)) this.#invalidEntities.add(key);
  }

  /** Whether the results have a list of townships (even an empty one). */
  hasTownships = false;

  addTownship(id: string | null): void {
    this.hasTownships = true;
    this.townships.push({ id });
  }

  /**
   * The household subject `(village, household)` names: its number, {@link UNKNOWN} or
   * {@link INVALID}. A village id the results repeat resolves in each such village in turn.
   */
  household(village: string, household: string): number {
    const places = this.#villageKeys.get(idKey(village));
    if (places === undefined) return UNKNOWN;
    const key = idKey(household);
    let invalid = false;
    for (const place of places) {
      const v = this.villages[place] as IndexedVillage;
      const subject = v.households.get(key);
      if (subject !== undefined) return subject;
      if (v.invalid.has(key)) invalid = true;
    }
    return invalid ? INVALID : UNKNOWN;
  }

  /** The entity subject an id names: its number, {@link UNKNOWN} or {@link INVALID}. */
  entity(entity: string): number {
    const key = idKey(entity);
    const subject = this.#entities.get(key);
    if (subject !== undefined) return subject;
    return this.#invalidEntities.has(key) ? INVALID : UNKNOWN;
  }

  #subject(village: number, id: string, limitFen: number, credit: boolean): number {
    const n = this.limitFen.length;
    this.villageOf.push(village);
    this.limitFen.push(limitFen);
    this.credit.push(credit ? 1 : 0);
    this.ids.push(id);
    return n;
  }
}
