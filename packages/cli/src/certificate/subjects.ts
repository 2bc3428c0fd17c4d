import {
  type BatchResult,
  type EntityCertificateSubject,
  type HouseholdResult,
  ParsedJson,
} from '@credit-village/core';

/** One evaluated household or entity to certify, with its input record (for names). */
export type Subject =
  | {
      readonly kind: 'household';
      readonly village: string;
      readonly result: HouseholdResult;
      readonly record: unknown;
    }
  | {
      readonly kind: 'entity';
      readonly result: EntityCertificateSubject;
      readonly record: unknown;
    };

/** Which subjects to certify. */
export interface SubjectFilter {
  /** Only this village (and the entities that name it). */
  readonly village?: string;
  /** Every scored subject, not only credit households and credit entities. */
  readonly all?: boolean;
}

/** The subjects of one village, in input order. */
export interface VillageSubjects {
  readonly id: string;
  readonly name: string | null;
  readonly subjects: readonly Subject[];
}

/**
 * The households to certify, village by village in input order: credit households (or every
 * scored one with `all`), each with its input record. A village without a usable id is left
 * out (a certificate names its village); the caller counts it among the problems.
 */
export function householdSubjects(
  batch: { readonly villages: readonly unknown[] },
  result: BatchResult,
  filter: SubjectFilter,
): VillageSubjects[] {
  const out: VillageSubjects[] = [];
  result.villages.forEach((village, i) => {
    if (village.id === null) return;
    if (filter.village !== undefined && village.id !== filter.village) return;
    const records = firstById(field(unwrap(batch.villages[i]), 'households'));
    const village_ = village.id;
    const subjects = village.households
      .filter((h) => filter.all === true || h.creditHousehold)
      .map(
        (h): Subject => ({
          kind: 'household',
          village: village_,
          result: h,
          record: records.get(h.id),
        }),
      );
    out.push({ id: village.id, name: village.name ?? null, subjects });
  });
  return out;
}

/**
 * The entities to certify, in input order: credit entities (or every scored one with `all`),
 * read from the result's `entities` (MODEL.md §8) when the evaluation produced them; with a
 * village filter, only entities whose record names that village.
 */
export function entitySubjects(
  batch: unknown,
  result: BatchResult,
  filter: SubjectFilter,
): Subject[] {
  const evaluated = field(result, 'entities');
  if (!Array.isArray(evaluated)) return [];
  const records = firstById(field(batch, 'entities'));
  const out: Subject[] = [];
  for (const entity of evaluated) {
    if (!isEntityResult(entity)) continue;
    if (filter.all !== true && entity.creditEntity !== true) continue;
    const record = records.get(entity.id);
    if (filter.village !== undefined && field(record, 'village') !== filter.village) continue;
    out.push({ kind: 'entity', result: entity, record });
  }
  return out;
}

/** An entity result as the evaluation writes it (FORMATS.md, "Entities"). */
function isEntityResult(
  value: unknown,
): value is EntityCertificateSubject & { readonly creditEntity: boolean } {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    ['id', 'type', 'grade', 'limit', 'creditOnly', 'guaranteed'].every(
      (key) => typeof v[key] === 'string',
    ) && typeof v.creditEntity === 'boolean'
  );
}

/** Records by id; the first record with an id is the one evaluated (FORMATS.md). */
function firstById(records: unknown): Map<string, unknown> {
  const byId = new Map<string, unknown>();
  if (!Array.isArray(records)) return byId;
  for (const record of records) {
    const id = field(record, 'id');
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, record);
  }
  return byId;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** A village as sent: the value inside a ParsedJson when its text wrote a key twice. */
function unwrap(village: unknown): unknown {
  return village instanceof ParsedJson ? village.value : village;
}
