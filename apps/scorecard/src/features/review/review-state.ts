/**
 * The democratic review (民主评议) being entered: one village's panel and, for each household,
 * every member's marks as typed. Plain data (strings, booleans, lists), so it is kept across
 * reloads as it is. No rule of the review is applied here: the core aggregates the marks.
 */

/** A member of the village's panel: a stable key (for the screen) and the id written in the file. */
export interface PanelMember {
  readonly key: string;
  /** The reviewer id as typed (`director`, `rep-1`…). */
  readonly id: string;
}

/** One member's entry for one household: present or not, the marks, the vetoes proposed. */
export interface MemberMarks {
  readonly present: boolean;
  /** Dimension code → level code; a dimension not yet marked is absent (or ''). */
  readonly civility: Readonly<Record<string, string>>;
  /** The veto codes the member proposes, as a set (file order kept). */
  readonly vetoes: readonly string[];
  /** The file wrote a `vetoes` list for the entry, even an empty one: it is written back. */
  readonly listsVetoes?: boolean;
}

/** A household of the village, with its review as typed. */
export interface ReviewHousehold {
  readonly key: string;
  /** The household record as loaded, without `civility` and `review`. */
  readonly record: Readonly<Record<string, unknown>>;
  /** The record's own final `civility` marks, written back while it is not reviewed. */
  readonly civility?: unknown;
  /** Whether the panel reviews it (a `review` is written for it). */
  readonly reviewed: boolean;
  /** The panel's size as typed (every member, present or not). */
  readonly panelSize: string;
  /** Member key → that member's entry; a member without an entry is not present. */
  readonly marks: Readonly<Record<string, MemberMarks>>;
  /**
   * The members in the order the file listed their entries (the order `explain` shows the
   * marks in); members ticked here follow in the panel's order.
   */
  readonly order: readonly string[];
}

/** A village under review: its own fields, its panel and its households. */
export interface ReviewVillage {
  /** The village record as loaded, without `households`. */
  readonly fields: Readonly<Record<string, unknown>>;
  /** The panel size new reviews start with, as typed. */
  readonly panelSize: string;
  readonly members: readonly PanelMember[];
  readonly households: readonly ReviewHousehold[];
}

/** The whole review: a batch document's villages, one open at a time. */
export interface ReviewSession {
  /** The file it came from (the name the download suggests again); `null` when new. */
  readonly fileName: string | null;
  /** The evaluation year as typed. */
  readonly evalYear: string;
  /** The batch document's other top-level keys (`meta`…), written back as they were. */
  readonly extra: Readonly<Record<string, unknown>>;
  readonly villages: readonly ReviewVillage[];
  readonly village: number;
  /** The household open in the marks grid (index into the village's households). */
  readonly household: number | null;
  /** The next key of a new member or household. */
  readonly nextKey: number;
}

/** A review with nothing in it. */
export function emptySession(evalYear: string): ReviewSession {
  return {
    fileName: null,
    evalYear,
    extra: {},
    villages: [],
    village: 0,
    household: null,
    nextKey: 1,
  };
}

/** The edits of the review page. */
export type ReviewAction =
  | { readonly type: 'load'; readonly session: ReviewSession }
  | { readonly type: 'clear' }
  | { readonly type: 'evalYear'; readonly value: string }
  | { readonly type: 'village'; readonly index: number }
  | { readonly type: 'open'; readonly index: number | null }
  | { readonly type: 'panelSize'; readonly value: string }
  | { readonly type: 'addMember' }
  | { readonly type: 'renameMember'; readonly member: string; readonly id: string }
  | { readonly type: 'removeMember'; readonly member: string }
  | { readonly type: 'householdPanelSize'; readonly household: number; readonly value: string }
  | { readonly type: 'start'; readonly household: number }
  | { readonly type: 'stop'; readonly household: number }
  | {
      readonly type: 'present';
      readonly household: number;
      readonly member: string;
      readonly present: boolean;
    }
  | {
      readonly type: 'mark';
      readonly household: number;
      readonly member: string;
      readonly marks: Readonly<Record<string, string>>;
    }
  | {
      readonly type: 'veto';
      readonly household: number;
      readonly member: string;
      readonly code: string;
      readonly proposed: boolean;
    };

/** An entry of a member who is present and has marked nothing yet. */
const NO_MARKS: MemberMarks = { present: true, civility: {}, vetoes: [] };

/** The review after an edit. */
export function reviewReducer(state: ReviewSession, action: ReviewAction): ReviewSession {
  switch (action.type) {
    case 'load':
      return action.session;
    case 'clear':
      return emptySession(state.evalYear);
    case 'evalYear':
      return { ...state, evalYear: action.value };
    case 'village':
      return { ...state, village: action.index, household: null };
    case 'open':
      return { ...state, household: action.index };
    default:
      return withVillage(state, (village) => villageEdit(village, action, state));
  }
}

/** Edits of the open village (and the keys they use up). */
function villageEdit(
  village: ReviewVillage,
  action: ReviewAction,
  state: ReviewSession,
): [ReviewVillage, number?] {
  switch (action.type) {
    case 'panelSize':
      // The panel is the village's: every reviewed household takes its new size.
      return [
        {
          ...village,
          panelSize: action.value,
          households: village.households.map((h) =>
            h.reviewed ? { ...h, panelSize: action.value } : h,
          ),
        },
      ];
    case 'addMember': {
      const key = `m${state.nextKey}`;
      // A fresh id the panel does not use yet (r1, r2…); the clerk may rename it.
      const used = new Set(village.members.map((m) => m.id));
      let n = village.members.length + 1;
      while (used.has(`r${n}`)) n++;
      const member = { key, id: `r${n}` };
      return [{ ...village, members: [...village.members, member] }, state.nextKey + 1];
    }
    case 'renameMember':
      return [
        {
          ...village,
          members: village.members.map((m) =>
            m.key === action.member ? { ...m, id: action.id } : m,
          ),
        },
      ];
    case 'removeMember':
      return [
        {
          ...village,
          members: village.members.filter((m) => m.key !== action.member),
          households: village.households.map((h) => {
            if (!(action.member in h.marks)) return h;
            const { [action.member]: _removed, ...marks } = h.marks;
            return { ...h, marks, order: h.order.filter((key) => key !== action.member) };
          }),
        },
      ];
    case 'householdPanelSize':
      return [onHousehold(village, action.household, (h) => ({ ...h, panelSize: action.value }))];
    case 'start':
      // Every member of the panel starts present; who abstains or is away is then unticked.
      return [
        onHousehold(village, action.household, (h) => ({
          ...h,
          reviewed: true,
          panelSize: village.panelSize,
          marks: Object.fromEntries(
            village.members.map((m) => [m.key, h.marks[m.key] ?? NO_MARKS]),
          ),
        })),
      ];
    case 'stop':
      return [onHousehold(village, action.household, (h) => ({ ...h, reviewed: false }))];
    case 'present':
      return [
        onHousehold(village, action.household, (h) => {
          const entry = h.marks[action.member] ?? { ...NO_MARKS, present: false };
          return {
            ...h,
            marks: { ...h.marks, [action.member]: { ...entry, present: action.present } },
          };
        }),
      ];
    case 'mark':
      return [
        onHousehold(village, action.household, (h) => {
          const entry = h.marks[action.member] ?? NO_MARKS;
          return {
            ...h,
            marks: {
              ...h.marks,
              [action.member]: { ...entry, civility: { ...entry.civility, ...action.marks } },
            },
          };
        }),
      ];
    case 'veto':
      return [
        onHousehold(village, action.household, (h) => {
          const entry = h.marks[action.member] ?? NO_MARKS;
          const others = entry.vetoes.filter((code) => code !== action.code);
          const vetoes = action.proposed ? [...others, action.code] : others;
          return { ...h, marks: { ...h.marks, [action.member]: { ...entry, vetoes } } };
        }),
      ];
    default:
      return [village];
  }
}

function withVillage(
  state: ReviewSession,
  edit: (village: ReviewVillage) => [ReviewVillage, number?],
): ReviewSession {
  const village = state.villages[state.village];
  if (village === undefined) return state;
  const [next, nextKey] = edit(village);
  if (next === village) return state;
  return {
    ...state,
    villages: state.villages.map((v, i) => (i === state.village ? next : v)),
    nextKey: nextKey ?? state.nextKey,
  };
}

function onHousehold(
  village: ReviewVillage,
  index: number,
  edit: (household: ReviewHousehold) => ReviewHousehold,
): ReviewVillage {
  const household = village.households[index];
  if (household === undefined) return village;
  return { ...village, households: village.households.map((h, i) => (i === index ? edit(h) : h)) };
}

/** A household record split into what the review page keeps apart: its final civility marks. */
export function splitRecord(
  record: Readonly<Record<string, unknown>>,
): Pick<ReviewHousehold, 'record' | 'civility'> {
  const { civility, review: _review, ...rest } = record;
  return civility === undefined ? { record: rest } : { record: rest, civility };
}
