/**
 * The collection as kept in the browser (lib/persist: IndexedDB, else localStorage): the
 * village and its saved households under one key, written whole at each change (one write, so
 * the kept village is never half of an edit), and the household being typed (the draft) under
 * another, autosaved as it is typed. Read back defensively: a household whose form is not of
 * the expected shape is dropped, and counted, rather than the whole village.
 */
import { formFromSaved } from '../household/saved-household';
import type { CollectedHousehold, Collection, VillageFacts } from './collection';
import { emptyFacts } from './collection';

/** The key the collected village is kept under. */
export const COLLECTION_KEY = 'collect';
/** The key the household being typed is kept under. */
export const DRAFT_KEY = 'collect.draft';

const VERSION = 1;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';

/** The collection as saved: plain JSON data. */
export function toSavedCollection(collection: Collection): unknown {
  return { v: VERSION, ...collection };
}

/** A collection read back, and how many kept households could not be read. */
export interface RestoredCollection {
  readonly collection: Collection;
  readonly unreadable: number;
}

/** The collection kept before, when there is one of the expected shape. */
export function fromSavedCollection(value: unknown): RestoredCollection | undefined {
  if (!isObject(value) || value.v !== VERSION || !isText(value.evalYear)) return undefined;
  const village = factsFrom(value.village);
  if (village === undefined || !Array.isArray(value.households)) return undefined;
  const households: CollectedHousehold[] = [];
  let unreadable = 0;
  for (const item of value.households) {
    const form = isObject(item) ? formFromSaved(item.form) : undefined;
    if (form === undefined || !isObject(item) || !isText(item.uid) || !isText(item.savedAt))
      unreadable++;
    else households.push({ uid: item.uid, form, savedAt: item.savedAt });
  }
  return { collection: { evalYear: value.evalYear, village, households }, unreadable };
}

function factsFrom(value: unknown): VillageFacts | undefined {
  if (!isObject(value)) return undefined;
  const facts: Record<string, unknown> = { ...emptyFacts() };
  for (const key of Object.keys(emptyFacts())) {
    const text = value[key];
    if (text === undefined) continue;
    if (!isText(text)) return undefined;
    facts[key] = text;
  }
  if (value.extra !== undefined) {
    if (!isObject(value.extra)) return undefined;
    facts.extra = value.extra;
  }
  return facts as unknown as VillageFacts;
}

/** The household being typed: which household it is, and its form. */
export interface SavedDraft {
  readonly uid: string;
  readonly form: NonNullable<ReturnType<typeof formFromSaved>>;
}

/** The draft as saved: plain JSON data. */
export function toSavedDraft(draft: SavedDraft): unknown {
  return { v: VERSION, uid: draft.uid, form: draft.form };
}

/** The draft kept before, when it has the expected shape. */
export function fromSavedDraft(value: unknown): SavedDraft | undefined {
  if (!isObject(value) || value.v !== VERSION || !isText(value.uid)) return undefined;
  const form = formFromSaved(value.form);
  return form === undefined ? undefined : { uid: value.uid, form };
}
