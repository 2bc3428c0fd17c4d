import { type KeyValueStore, memoryStore, openStore } from './store';

/** The store and what was kept in it when the app started. */
export interface Session {
  readonly store: KeyValueStore;
  /** The values kept under each key asked for (absent when nothing was kept). */
  readonly saved: ReadonlyMap<string, unknown>;
}

/** A session with nothing kept and nothing kept from now on: tests, and a store that never answered. */
export function emptySession(): Session {
  return { store: memoryStore(), saved: new Map() };
}

/**
 * Opens the store and reads what was kept under `keys`, before the app first renders (so a
 * reloaded page shows the work at once, with nothing to merge). A store that does not answer
 * within `timeoutMs` is given up: the app starts blank rather than not at all.
 */
export async function restoreSession(keys: readonly string[], timeoutMs = 2000): Promise<Session> {
  const restore = async (): Promise<Session> => {
    const store = await openStore();
    const saved = new Map<string, unknown>();
    for (const key of keys) {
      try {
        const value = await store.get(key);
        if (value !== undefined) saved.set(key, value);
      } catch {
        // An unreadable value is dropped: that page starts blank.
      }
    }
    return { store, saved };
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<Session>((resolve) => {
    timer = setTimeout(() => resolve(emptySession()), timeoutMs);
  });
  try {
    return await Promise.race([restore(), late]);
  } finally {
    clearTimeout(timer);
  }
}
