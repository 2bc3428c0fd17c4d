/**
 * What the app keeps in the browser's store (IndexedDB `credit-village`, object store `kv`: see
 * `src/lib/persist/store.ts`), read from the page, so a test reloads only once a save has been
 * written. A fixed pause before a reload is a race on a busy machine: the save is written a
 * moment after the change, and the write itself is asynchronous.
 */
import type { Page } from 'playwright-core';

/** Every key the app's store holds, with its value as JSON text; empty before the app opened it. */
export async function storedValues(page: Page): Promise<Record<string, string>> {
  return page.evaluate(async () => {
    // Opening a database that does not exist would create it without the app's object store.
    const known = await indexedDB.databases();
    if (!known.some((db) => db.name === 'credit-village')) return {};
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('credit-village');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    try {
      if (!db.objectStoreNames.contains('kv')) return {};
      const store = db.transaction('kv', 'readonly').objectStore('kv');
      const [keys, values] = await Promise.all(
        [store.getAllKeys(), store.getAll()].map(
          (request) =>
            new Promise<unknown[]>((done, fail) => {
              request.onsuccess = () => done(request.result as unknown[]);
              request.onerror = () => fail(request.error);
            }),
        ),
      );
      const out: Record<string, string> = {};
      (keys ?? []).forEach((key, i) => {
        out[String(key)] = JSON.stringify(values?.[i]);
      });
      return out;
    } finally {
      db.close();
    }
  });
}

/** Waits until the store holds `key` (and, when given, a value `accept` takes). */
export async function waitForStored(
  page: Page,
  key: string,
  accept: (value: unknown) => boolean = () => true,
  timeoutMs = 20_000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const text = (await storedValues(page))[key];
    if (text !== undefined && accept(JSON.parse(text))) return;
    if (Date.now() > end) throw new Error(`the app's store never held ${key} as expected`);
    await page.waitForTimeout(100);
  }
}

/**
 * Waits until the app's saves have settled: longer than the save delay (300 ms) after the last
 * change, then until two readings of the whole store a quarter of a second apart agree.
 */
export async function storeSettled(page: Page, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  await page.waitForTimeout(400);
  let before = JSON.stringify(await storedValues(page));
  for (;;) {
    await page.waitForTimeout(250);
    const now = JSON.stringify(await storedValues(page));
    if (now === before) return;
    if (Date.now() > end) throw new Error("the app's store kept changing");
    before = now;
  }
}
