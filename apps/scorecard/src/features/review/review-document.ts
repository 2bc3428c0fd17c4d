/**
 * The review as a file: a batch document (docs/formats.md §2) whose households carry the
 * panel's marks (`review`, §15.1), as `examples/review-village.json` is and as
 * `credit-village evaluate` reads. Written from the page's state and read back into it, with
 * nothing changed on the way: a file this page cannot show faithfully is refused, not altered.
 */
import { normalizeInteger } from '../../lib/normalize-input';
import {
  type MemberMarks,
  type PanelMember,
  type ReviewHousehold,
  type ReviewSession,
  type ReviewVillage,
  splitRecord,
} from './review-state';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A whole number typed (full-width digits allowed) as a number; other text as it is. */
export function typedInteger(text: string): number | string {
  const plain = normalizeInteger(text);
  return /^\d{1,9}$/.test(plain) ? Number(plain) : plain;
}

/** The record the core is given for a household: with its review, or its own final marks. */
export interface HouseholdInput {
  readonly record: Json;
  /** The member behind each entry of `review.marks`, in order (to place the core's issues). */
  readonly entries: readonly PanelMember[];
}

/** A household as a record of the file (and as the core checks it). */
export function householdInput(village: ReviewVillage, household: ReviewHousehold): HouseholdInput {
  if (!household.reviewed) {
    const record =
      household.civility === undefined
        ? { ...household.record }
        : { ...household.record, civility: household.civility };
    return { record, entries: [] };
  }
  const isPresent = (key: string) => household.marks[key]?.present === true;
  const byKey = new Map(village.members.map((m) => [m.key, m]));
  // The file's order first, then members ticked here, in the panel's order.
  const entries = [
    ...household.order.flatMap((key) => {
      const member = byKey.get(key);
      return member !== undefined && isPresent(key) ? [member] : [];
    }),
    ...village.members.filter((m) => isPresent(m.key) && !household.order.includes(m.key)),
  ];
  const marks = entries.map((member) => entryOf(member, household.marks[member.key]));
  // No size typed is no size given: the core says it is required.
  const size = household.panelSize.trim();
  const review = size === '' ? { marks } : { panelSize: typedInteger(size), marks };
  return { record: { ...household.record, review }, entries };
}

function entryOf(member: PanelMember, marks: MemberMarks | undefined): Json {
  // A dimension not marked yet is left out: the core says it is required, never a silent level.
  const civility = Object.fromEntries(
    Object.entries(marks?.civility ?? {}).filter(([, level]) => level !== ''),
  );
  const vetoes = marks?.vetoes ?? [];
  return vetoes.length === 0 && marks?.listsVetoes !== true
    ? { reviewer: member.id, civility }
    : { reviewer: member.id, civility, vetoes: [...vetoes] };
}

/** The review as a batch document, ready for `JSON.stringify`. */
export function reviewDocument(session: ReviewSession): Json {
  const year = session.evalYear.trim();
  return {
    ...session.extra,
    ...(year === '' ? {} : { evalYear: typedInteger(year) }),
    villages: session.villages.map((village) => ({
      ...village.fields,
      households: village.households.map((h) => householdInput(village, h).record),
    })),
  };
}

/** Why a file cannot be opened in the review page. */
export type ReviewFileProblem =
  /** Not a batch document (`{ villages }`) nor a village (`{ households }`). */
  | { readonly kind: 'notBatch' }
  /** A village or household that is not a JSON object. */
  | { readonly kind: 'shape'; readonly village: number; readonly household?: number }
  /** A household's review this page cannot show as it is written (the core says why). */
  | { readonly kind: 'review'; readonly village: number; readonly household: number };

/** A file read into the page, or why it cannot be. */
export type ReviewFileRead =
  | { readonly ok: true; readonly session: ReviewSession }
  | { readonly ok: false; readonly problem: ReviewFileProblem };

/**
 * Reads a batch document or one village record (parsed JSON) into the page. Each village's
 * panel is the reviewers named in its households' reviews, in the order they first appear; a
 * member missing from a household's review was not present at it.
 */
export function readReviewDocument(
  value: unknown,
  fileName: string,
  defaultYear: string,
): ReviewFileRead {
  if (!isObject(value)) return { ok: false, problem: { kind: 'notBatch' } };
  const isBatch = Array.isArray(value.villages);
  if (!isBatch && !Array.isArray(value.households))
    return { ok: false, problem: { kind: 'notBatch' } };
  const rawVillages: unknown[] = isBatch ? (value.villages as unknown[]) : [value];
  const { villages: _villages, evalYear, ...extra } = isBatch ? value : {};
  let nextKey = 1;
  const villages: ReviewVillage[] = [];
  for (const [v, raw] of rawVillages.entries()) {
    if (!isObject(raw) || !Array.isArray(raw.households))
      return { ok: false, problem: { kind: 'shape', village: v } };
    const { households: rawHouseholds, ...fields } = raw;
    const members: PanelMember[] = [];
    const memberOf = new Map<string, PanelMember>();
    const households: ReviewHousehold[] = [];
    let panelSize: string | undefined;
    for (const [h, record] of (rawHouseholds as unknown[]).entries()) {
      if (!isObject(record))
        return { ok: false, problem: { kind: 'shape', village: v, household: h } };
      const review = record.review;
      const base = { key: `h${nextKey++}`, ...splitRecord(record) };
      if (review === undefined) {
        households.push({ ...base, reviewed: false, panelSize: '', marks: {}, order: [] });
        continue;
      }
      // A record with both final marks and a review is invalid as written: refused, not mended.
      const read = record.civility === undefined ? readReview(review) : undefined;
      if (read === undefined)
        return { ok: false, problem: { kind: 'review', village: v, household: h } };
      const marks: Record<string, MemberMarks> = {};
      const order: string[] = [];
      for (const entry of read.entries) {
        let member = memberOf.get(entry.reviewer);
        if (member === undefined) {
          member = { key: `m${nextKey++}`, id: entry.reviewer };
          memberOf.set(entry.reviewer, member);
          members.push(member);
        }
        // A reviewer listed twice in one review cannot be shown as one member: refused.
        if (member.key in marks)
          return { ok: false, problem: { kind: 'review', village: v, household: h } };
        marks[member.key] = {
          present: true,
          civility: entry.civility,
          vetoes: entry.vetoes,
          ...(entry.listsVetoes ? { listsVetoes: true } : {}),
        };
        order.push(member.key);
      }
      panelSize ??= read.panelSize;
      households.push({ ...base, reviewed: true, panelSize: read.panelSize, marks, order });
    }
    villages.push({ fields, panelSize: panelSize ?? '', members, households });
  }
  const year =
    typeof evalYear === 'number' || typeof evalYear === 'string' ? String(evalYear) : defaultYear;
  return {
    ok: true,
    session: {
      fileName,
      evalYear: year,
      extra,
      villages,
      village: 0,
      household: null,
      nextKey,
    },
  };
}

interface ReadEntry {
  readonly reviewer: string;
  readonly civility: Record<string, string>;
  readonly vetoes: string[];
  readonly listsVetoes: boolean;
}

/**
 * A household's `review` as the page holds it, or `undefined` when it is written so that the
 * page could not give it back unchanged (an entry that is not an object, a reviewer id that is
 * not text, a key the format does not have, marks that are not words…).
 */
function readReview(review: unknown): { panelSize: string; entries: ReadEntry[] } | undefined {
  if (!isObject(review) || !Array.isArray(review.marks)) return undefined;
  if (Object.keys(review).some((key) => key !== 'panelSize' && key !== 'marks')) return undefined;
  // A size written as text or a fraction would come back as a whole number: refused instead.
  const size = review.panelSize;
  if (size !== undefined && !Number.isSafeInteger(size)) return undefined;
  const entries: ReadEntry[] = [];
  for (const entry of review.marks as unknown[]) {
    if (!isObject(entry) || typeof entry.reviewer !== 'string') return undefined;
    if (Object.keys(entry).some((key) => !['reviewer', 'civility', 'vetoes'].includes(key)))
      return undefined;
    const civility = entry.civility ?? {};
    if (!isObject(civility) || !Object.values(civility).every((l) => typeof l === 'string'))
      return undefined;
    const vetoes = entry.vetoes ?? [];
    if (!Array.isArray(vetoes) || !vetoes.every((c): c is string => typeof c === 'string'))
      return undefined;
    entries.push({
      reviewer: entry.reviewer,
      civility: civility as Record<string, string>,
      vetoes: [...vetoes],
      listsVetoes: entry.vetoes !== undefined,
    });
  }
  return { panelSize: size === undefined ? '' : String(size), entries };
}
