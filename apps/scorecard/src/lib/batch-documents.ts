/**
 * Batch documents (`{ evalYear, villages, entities?, townships? }`, docs/formats.md) rebuilt from a
 * loaded batch file, for the core functions that take one: the public notices (a village's, a
 * township's entities') and the model comparison. A JSON file is its own document (with the override year, if any); NDJSON lines
 * become documents again, each line under the year it was evaluated in (its own `evalYear`, or
 * the override).
 */
import type { BatchRun, VillageRun } from '../worker/run-batch';
import { idKey, type JsonPath, ParsedJson } from './core-adapter';
import { villageInput } from './village-source';

/** A batch document as the core reads it. */
export interface BatchDocument {
  readonly evalYear: number;
  readonly villages: readonly unknown[];
  readonly entities?: readonly unknown[];
  readonly townships?: readonly unknown[];
}

/** The one-village batch document of a village of a run, or `null` when it has no usable input. */
export function villageDocument(village: VillageRun): BatchDocument | null {
  const input = villageInput(village);
  if (village.evalYear === null || input === null) return null;
  return { evalYear: village.evalYear, villages: [input] };
}

/** A record as sent: its JSON text, and the keys the text wrote twice (paths from the record). */
export interface SentRecord {
  readonly source: string;
  readonly duplicateKeys?: readonly JsonPath[];
}

/**
 * One evaluation year of a run as it was sent, for the model comparison: the villages and, when
 * the batch has them, the entities and the townships, as JSON text. Text, not objects: it is
 * cheap to send to the worker, which rebuilds the document there ({@link rebuildBatch}).
 */
export interface BatchSources {
  readonly evalYear: number;
  readonly villages: readonly SentRecord[];
  readonly entities?: readonly SentRecord[];
  readonly townships?: readonly SentRecord[];
}

/**
 * What of a run the model comparison cannot give the core again, by reason. Each is an error of
 * the village review already (listed there with its line and why).
 */
export interface LeftOut {
  /** Lines that could not be read as a village: not JSON, no usable evaluation year, … */
  readonly villages: number;
  /**
   * NDJSON villages that named a township given on a later line: an error in the review, but a
   * batch document registers its townships first, so the core would rate them.
   */
  readonly villagesBeforeTownship: number;
  /** Entity lines that could not be read as an entity (no usable evaluation year). */
  readonly entities: number;
}

/** What of a run the model comparison uses. */
export type ComparedRun = Pick<
  BatchRun,
  'villages' | 'entities' | 'townshipSources' | 'villagesBeforeTownship'
>;

type VillageUse = 'compared' | 'unread' | 'beforeTownship';

function villageUse(village: VillageRun, early: ReadonlySet<number>): VillageUse {
  if (village.evalYear === null || village.source === null) return 'unread';
  return village.line !== null && early.has(village.line) ? 'beforeTownship' : 'compared';
}

const sent = (source: string, duplicateKeys: readonly JsonPath[] | undefined): SentRecord =>
  duplicateKeys === undefined ? { source } : { source, duplicateKeys };

/**
 * The batch of a run, one {@link BatchSources} per evaluation year (in the order the years first
 * appear), each with the run's villages and entities of that year in file order. When the run
 * has entities (or townships), every year has an `entities` (or `townships`) list, as the batch
 * had: the townships, which have no year, are those of every year. What cannot be given again
 * is left out (see {@link comparisonLeftOut}).
 */
export function comparisonSources(run: ComparedRun): readonly BatchSources[] {
  const early = new Set(run.villagesBeforeTownship ?? []);
  const years = new Map<number, { villages: SentRecord[]; entities: SentRecord[] }>();
  const yearOf = (evalYear: number) => {
    let year = years.get(evalYear);
    if (year === undefined) {
      year = { villages: [], entities: [] };
      years.set(evalYear, year);
    }
    return year;
  };
  for (const village of run.villages) {
    if (village.evalYear === null || village.source === null) continue;
    if (villageUse(village, early) !== 'compared') continue;
    yearOf(village.evalYear).villages.push(sent(village.source, village.duplicateKeys));
  }
  for (const entity of run.entities ?? []) {
    if (entity.evalYear === null || entity.source === null) continue;
    yearOf(entity.evalYear).entities.push(sent(entity.source, entity.duplicateKeys));
  }
  const townships = run.townshipSources?.map((t) => sent(t.source, t.duplicateKeys));
  return [...years].map(([evalYear, year]) => ({
    evalYear,
    villages: year.villages,
    ...(run.entities === undefined ? {} : { entities: year.entities }),
    ...(townships === undefined ? {} : { townships }),
  }));
}

/** How many records of a run {@link comparisonSources} leaves out, by reason. */
export function comparisonLeftOut(run: ComparedRun): LeftOut {
  const early = new Set(run.villagesBeforeTownship ?? []);
  let villages = 0;
  let villagesBeforeTownship = 0;
  for (const village of run.villages) {
    const use = villageUse(village, early);
    if (use === 'unread') villages++;
    else if (use === 'beforeTownship') villagesBeforeTownship++;
  }
  const entities = (run.entities ?? []).filter(
    (e) => e.evalYear === null || e.source === null,
  ).length;
  return { villages, villagesBeforeTownship, entities };
}

/**
 * The batch document of one year's sources, as the core read it in the run: a record whose text
 * wrote a key twice is given with those keys again (a {@link ParsedJson}), so it is the same error.
 */
export function rebuildBatch(sources: BatchSources): unknown {
  const duplicateKeys: JsonPath[] = [];
  const read = (key: string, records: readonly SentRecord[]) =>
    records.map((record, index) => {
      for (const path of record.duplicateKeys ?? []) duplicateKeys.push([key, index, ...path]);
      return JSON.parse(record.source) as unknown;
    });
  const document: BatchDocument = {
    evalYear: sources.evalYear,
    villages: read('villages', sources.villages),
    ...(sources.entities === undefined ? {} : { entities: read('entities', sources.entities) }),
    ...(sources.townships === undefined ? {} : { townships: read('townships', sources.townships) }),
  };
  return duplicateKeys.length === 0 ? document : new ParsedJson(document, duplicateKeys);
}

/** What of a run a township's entity notice uses. */
export type EntityNoticeRun = Pick<BatchRun, 'entities' | 'townshipSources'>;

/** The batch document of a township's entity notice, or why none can be given. */
export type EntityNoticeBatch =
  | {
      readonly ok: true;
      /** The document, for the core's entity notice. */
      readonly document: unknown;
      /**
       * Entity records of the run that could not be read (no usable evaluation year): their
       * township is not known, so no notice lists or counts them.
       */
      readonly unread: number;
    }
  /** The run has no entity that can be given to the core again. */
  | { readonly ok: false; readonly reason: 'noEntities' }
  /** The entities naming the township were evaluated in several years: one notice has one. */
  | { readonly ok: false; readonly reason: 'severalYears'; readonly years: readonly number[] };

/**
 * The batch of a run as the core needs it for a township's entity notice: the year's entities as
 * sent (all of them, so an id repeated anywhere is the same error as in the run) and the
 * townships, with no villages (the notice does not read them), rebuilt as the model comparison
 * rebuilds a year ({@link comparisonSources}, {@link rebuildBatch}). The year is that of the
 * entities naming the township; a township no entity names gets the first year's (a notice
 * listing nobody).
 */
export function entityNoticeBatch(run: EntityNoticeRun, townshipId: string): EntityNoticeBatch {
  const entities = run.entities ?? [];
  const years = comparisonSources({
    villages: [],
    entities,
    ...(run.townshipSources === undefined ? {} : { townshipSources: run.townshipSources }),
  });
  const wanted = idKey(townshipId);
  const named = new Set<number>();
  for (const entity of entities)
    if (entity.evalYear !== null && entity.source !== null && townshipKey(entity.source) === wanted)
      named.add(entity.evalYear);
  if (named.size > 1) return { ok: false, reason: 'severalYears', years: [...named] };
  const year = named.size === 0 ? years[0] : years.find((y) => named.has(y.evalYear));
  if (year === undefined) return { ok: false, reason: 'noEntities' };
  const unread = comparisonLeftOut({ villages: [], entities }).entities;
  return { ok: true, document: rebuildBatch(year), unread };
}

/** The `idKey` of the township a record as sent names, as the core reads it; `null` when none. */
function townshipKey(source: string): string | null {
  const record = JSON.parse(source) as unknown;
  if (typeof record !== 'object' || record === null) return null;
  const township = (record as { township?: unknown }).township;
  return typeof township === 'string' ? idKey(township) : null;
}
