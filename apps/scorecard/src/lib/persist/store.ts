/**
 * A small key-value store that outlives the page: IndexedDB when the browser has it, else
 * localStorage, else memory (private modes can refuse both). Values are plain JSON data. Every
 * page of the app that keeps work across reloads (the household form, the loaded model, and
 * the pages to come) keeps it here, each under its own key.
 */
export interface KeyValueStore {
  /** Where values are kept: for tests and for the banner that says work is saved. */
  readonly kind: 'indexedDB' | 'localStorage' | 'memory';
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  delete(key: string): Promise<void>;
}

const DB_NAME = 'credit-village';
const STORE = 'kv';
const PREFIX = 'credit-village.';

/** Opens the best store the browser allows. Never throws: the worst case keeps values in memory. */
export async function openStore(): Promise<KeyValueStore> {
  try {
    if (globalThis.indexedDB !== undefined) return await openIndexedDb(globalThis.indexedDB);
  } catch {
    // IndexedDB refused (private mode, disabled): fall through to localStorage.
  }
  try {
    const storage = globalThis.localStorage;
    if (storage !== undefined) {
      storage.setItem(`${PREFIX}probe`, '1');
      storage.removeItem(`${PREFIX}probe`);
      return localStorageStore(storage);
    }
  } catch {
    // localStorage refused too.
  }
  return memoryStore();
}

function openIndexedDb(factory: IDBFactory): Promise<KeyValueStore> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('IndexedDB blocked'));
    request.onsuccess = () => {
      const db = request.result;
      const run = <T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>) =>
        new Promise<T>((done, fail) => {
          const tx = db.transaction(STORE, mode);
          const req = act(tx.objectStore(STORE));
          tx.oncomplete = () => done(req.result);
          tx.onerror = () => fail(tx.error);
          tx.onabort = () => fail(tx.error);
        });
      resolve({
        kind: 'indexedDB',
        get: (key) => run('readonly', (s) => s.get(key)),
        set: async (key, value) => {
          await run('readwrite', (s) => s.put(value, key));
        },
        delete: async (key) => {
          await run('readwrite', (s) => s.delete(key));
        },
      });
    };
  });
}

function localStorageStore(storage: Storage): KeyValueStore {
  return {
    kind: 'localStorage',
    get: async (key) => {
      const text = storage.getItem(PREFIX + key);
      if (text === null) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return undefined;
      }
    },
    set: async (key, value) => storage.setItem(PREFIX + key, JSON.stringify(value)),
    delete: async (key) => storage.removeItem(PREFIX + key),
  };
}

/** A store that lasts as long as the page: the fallback, and the store of the tests. */
export function memoryStore(): KeyValueStore {
  const values = new Map<string, string>();
  return {
    kind: 'memory',
    get: async (key) => {
      const text = values.get(key);
      return text === undefined ? undefined : (JSON.parse(text) as unknown);
    },
    set: async (key, value) => {
      values.set(key, JSON.stringify(value));
    },
    delete: async (key) => {
      values.delete(key);
    },
  };
}
