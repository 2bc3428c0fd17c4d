import { useEffect, useRef } from 'preact/hooks';
import type { KeyValueStore } from './store';

/**
 * Keeps `value` in the store under `key` while the user works: shortly after each change, and
 * at once when the page is hidden (a phone may discard a hidden tab). `toSaved` turns it into
 * plain JSON data; `undefined` deletes the key.
 */
export function useSavedWork<T>(
  store: KeyValueStore,
  key: string,
  value: T,
  toSaved: (value: T) => unknown,
  delayMs = 300,
): void {
  const latest = useRef(value);
  latest.current = value;
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const first = useRef(true);

  const flush = () => {
    if (pending.current !== null) clearTimeout(pending.current);
    pending.current = null;
    const saved = toSaved(latest.current);
    void (saved === undefined ? store.delete(key) : store.set(key, saved)).catch(() => {
      // A full or refused store: the work stays on screen; nothing else can be done here.
    });
  };

  useEffect(() => {
    // The restored value needs no saving again.
    if (first.current) {
      first.current = false;
      return;
    }
    if (pending.current !== null) clearTimeout(pending.current);
    pending.current = setTimeout(flush, delayMs);
  }, [value]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden' && pending.current !== null) flush();
    };
    const onPageHide = () => {
      if (pending.current !== null) flush();
    };
    document.addEventListener('visibilitychange', onHide);
    globalThis.addEventListener('pagehide', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      globalThis.removeEventListener('pagehide', onPageHide);
    };
  }, [store, key]);
}
