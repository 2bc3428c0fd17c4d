import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { useSavedWork } from '../../lib/persist/saved-work';
import type { KeyValueStore } from '../../lib/persist/store';
import { hasTypedWork } from '../household/form-state';
import {
  type CollectedHousehold,
  type Collection,
  emptyCollection,
  type FactKey,
  newUid,
} from './collection';
import { type Draft, type DraftAction, draftOf, draftReducer, formText } from './draft';
import {
  COLLECTION_KEY,
  DRAFT_KEY,
  fromSavedCollection,
  fromSavedDraft,
  toSavedCollection,
  toSavedDraft,
} from './saved-collection';

/** Whether the collection on screen is kept on the device. */
export type SaveStatus =
  /** As it was found when the page opened: nothing to write yet. */
  | { readonly state: 'kept' }
  | { readonly state: 'saving' }
  /** Written; `at` is when the last write finished. */
  | { readonly state: 'saved'; readonly at: Date }
  | { readonly state: 'failed'; readonly error: string };

/** The collection page's state and edits, kept by the app across tabs and reloads. */
export interface CollectionController {
  readonly collection: Collection;
  readonly draft: Draft;
  /** Where the device keeps the work (`memory`: nowhere lasting; the page says so). */
  readonly storeKind: KeyValueStore['kind'];
  readonly status: SaveStatus;
  /** Households kept before that could not be read back (an older version's data). */
  readonly unreadable: number;
  dispatchDraft(action: DraftAction): void;
  setFact(key: FactKey, value: string): void;
  setEvalYear(value: string): void;
  /** Whether the household in the form differs from what is saved of it. */
  draftChanged(): boolean;
  /**
   * Saves the household in the form into the collection (new, or in place of its saved self);
   * with `next`, a new household is then started in the form.
   */
  saveDraft(next: boolean): CollectedHousehold;
  /** Opens a saved household in the form; the one there is saved first if it changed. */
  edit(uid: string): void;
  /** Starts a new household in the form; the one there is saved first if it changed. */
  newHousehold(): void;
  /** Puts back the saved household (or empties a new one), dropping the changes in the form. */
  discardDraft(): void;
  /** Deletes a saved household (and empties the form if it held it). */
  remove(uid: string): void;
  /** Replaces the whole collection (an imported village, or a new start). */
  replace(collection: Collection): void;
}

/**
 * Holds the collected village and the household being typed, and keeps both on the device:
 * the village is written whole at every change (writes coalesced, the latest always last),
 * and the draft is autosaved as it is typed and when the page is hidden. `saved` values are
 * those the session read before the app first rendered.
 */
export function useCollection(
  store: KeyValueStore,
  savedCollection: unknown,
  savedDraft: unknown,
): CollectionController {
  const [restored] = useState(() => fromSavedCollection(savedCollection));
  const [collection, setCollection] = useState<Collection>(
    () => restored?.collection ?? emptyCollection(),
  );
  const [draft, dispatchDraft] = useReducer(draftReducer, undefined, () => {
    const kept = fromSavedDraft(savedDraft);
    if (kept === undefined) return draftOf();
    const saved = restored?.collection.households.some((h) => h.uid === kept.uid) === true;
    return draftOf(kept.uid, kept.form, saved);
  });
  const status = useWholeWrites(store, COLLECTION_KEY, collection, toSavedCollection);

  const savedForm = (uid: string) => collection.households.find((h) => h.uid === uid)?.form;
  const draftChanged = () => {
    const saved = savedForm(draft.uid);
    const { form } = draft.household;
    return saved === undefined ? hasTypedWork(form) : formText(saved) !== formText(form);
  };

  // The draft is kept while it holds typed work or a saved household is open in it.
  const open = savedForm(draft.uid) !== undefined;
  const kept = useMemo(() => ({ draft, open }), [draft, open]);
  useSavedWork(
    store,
    DRAFT_KEY,
    kept,
    ({ draft: d, open }) =>
      open || hasTypedWork(d.household.form)
        ? toSavedDraft({ uid: d.uid, form: d.household.form })
        : undefined,
    200,
  );

  const upsert = (list: readonly CollectedHousehold[], household: CollectedHousehold) => {
    const at = list.findIndex((h) => h.uid === household.uid);
    return at < 0 ? [...list, household] : list.map((h, i) => (i === at ? household : h));
  };

  const keep = (): CollectedHousehold => {
    const household: CollectedHousehold = {
      uid: draft.uid,
      form: draft.household.form,
      savedAt: new Date().toISOString(),
    };
    setCollection((c) => ({ ...c, households: upsert(c.households, household) }));
    return household;
  };

  const saveIfChanged = () => {
    if (draftChanged()) keep();
  };

  const start = (uid: string, form: CollectedHousehold['form'] | undefined) =>
    dispatchDraft(
      form === undefined
        ? { type: 'start', uid, form: draftOf().household.form, showAll: false }
        : { type: 'start', uid, form, showAll: true },
    );

  return {
    collection,
    draft,
    storeKind: store.kind,
    status,
    unreadable: restored?.unreadable ?? 0,
    dispatchDraft,
    setFact: (key, value) =>
      setCollection((c) => ({ ...c, village: { ...c.village, [key]: value } })),
    setEvalYear: (value) => setCollection((c) => ({ ...c, evalYear: value })),
    draftChanged,
    saveDraft: (next) => {
      const saved = keep();
      if (next) start(newUid(), undefined);
      return saved;
    },
    edit: (uid) => {
      if (uid === draft.uid) return;
      saveIfChanged();
      start(uid, savedForm(uid));
    },
    newHousehold: () => {
      saveIfChanged();
      start(newUid(), undefined);
    },
    discardDraft: () => start(draft.uid, savedForm(draft.uid)),
    remove: (uid) => {
      setCollection((c) => ({ ...c, households: c.households.filter((h) => h.uid !== uid) }));
      if (draft.uid === uid) start(newUid(), undefined);
    },
    replace: (next) => {
      setCollection(next);
      start(newUid(), undefined);
    },
  };
}

/**
 * Writes `value` whole under `key` after every change, one write at a time: a change made
 * while a write is under way is written when it ends (only the latest), so the kept value is
 * always a whole, recent one. Says where the writing stands.
 */
function useWholeWrites<T>(
  store: KeyValueStore,
  key: string,
  value: T,
  toSaved: (value: T) => unknown,
): SaveStatus {
  const [status, setStatus] = useState<SaveStatus>({ state: 'kept' });
  const latest = useRef(value);
  latest.current = value;
  const writing = useRef(false);
  const again = useRef(false);
  const first = useRef(true);

  useEffect(() => {
    // The value read at start-up needs no writing.
    if (first.current) {
      first.current = false;
      return;
    }
    if (writing.current) {
      again.current = true;
      return;
    }
    writing.current = true;
    void (async () => {
      do {
        again.current = false;
        setStatus({ state: 'saving' });
        try {
          await store.set(key, toSaved(latest.current));
          setStatus({ state: 'saved', at: new Date() });
        } catch (error) {
          setStatus({
            state: 'failed',
            error: error instanceof Error ? error.message : String(error),
          });
        }
      } while (again.current);
      writing.current = false;
    })();
  }, [value]);

  return status;
}
