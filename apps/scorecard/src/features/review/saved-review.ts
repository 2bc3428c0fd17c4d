/**
 * The review as kept across reloads (see lib/persist): a panel's marks take long to type, and a
 * phone may discard the tab. The state is plain data and is kept as it is; it is read back
 * defensively (anything not of the expected shape is dropped and the page starts blank).
 */
import type {
  MemberMarks,
  PanelMember,
  ReviewHousehold,
  ReviewSession,
  ReviewVillage,
} from './review-state';

/** The key the review is kept under. */
export const REVIEW_KEY = 'review';

const VERSION = 1;

/** The review as saved; `undefined` (nothing kept) when it holds no village. */
export function toSavedReview(session: ReviewSession): unknown {
  return session.villages.length === 0 ? undefined : { v: VERSION, session };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isIndex = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

function isMember(v: unknown): v is PanelMember {
  return isObject(v) && isText(v.key) && isText(v.id);
}

function isMarks(v: unknown): v is MemberMarks {
  return (
    isObject(v) &&
    typeof v.present === 'boolean' &&
    isObject(v.civility) &&
    Object.values(v.civility).every(isText) &&
    Array.isArray(v.vetoes) &&
    v.vetoes.every(isText)
  );
}

function isHousehold(v: unknown): v is ReviewHousehold {
  return (
    isObject(v) &&
    isText(v.key) &&
    isObject(v.record) &&
    typeof v.reviewed === 'boolean' &&
    isText(v.panelSize) &&
    isObject(v.marks) &&
    Object.values(v.marks).every(isMarks) &&
    Array.isArray(v.order) &&
    v.order.every(isText)
  );
}

function isVillage(v: unknown): v is ReviewVillage {
  return (
    isObject(v) &&
    isObject(v.fields) &&
    isText(v.panelSize) &&
    Array.isArray(v.members) &&
    v.members.every(isMember) &&
    Array.isArray(v.households) &&
    v.households.every(isHousehold)
  );
}

/** The review saved before, when it has the expected shape. */
export function fromSavedReview(value: unknown): ReviewSession | undefined {
  if (!isObject(value) || value.v !== VERSION || !isObject(value.session)) return undefined;
  const s = value.session;
  if (
    !(s.fileName === null || isText(s.fileName)) ||
    !isText(s.evalYear) ||
    !isObject(s.extra) ||
    !Array.isArray(s.villages) ||
    !s.villages.every(isVillage) ||
    !isIndex(s.village) ||
    !(s.household === null || isIndex(s.household)) ||
    !isIndex(s.nextKey)
  )
    return undefined;
  return {
    fileName: s.fileName,
    evalYear: s.evalYear,
    extra: s.extra,
    villages: s.villages,
    village: s.village,
    household: s.household,
    nextKey: s.nextKey,
  };
}
