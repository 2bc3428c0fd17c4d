import { parseTrustList, type TrustList } from '../../lib/core-adapter';

/** The store key of the trust list (public keys only: public data, safe to keep). */
export const TRUST_KEY = 'trust-list';

/** The trust list in use, and where it came from. */
export interface LoadedTrust {
  readonly list: TrustList;
  /** The file it was read from, or `null` when it was pasted. */
  readonly fileName: string | null;
  /** The day it was loaded (`YYYY-MM-DD`, the device's date). */
  readonly loaded: string;
}

/** The trust list as kept in the store (plain JSON). */
export function toSavedTrust(trust: LoadedTrust): unknown {
  return { v: 1, keys: trust.list.keys, fileName: trust.fileName, loaded: trust.loaded };
}

/**
 * The trust list kept from the last visit, read as strictly as a file: what is in the store
 * is checked again by the core (a store can be edited, or written by an older version).
 * Anything unusable is dropped: the page then asks for the list again.
 */
export function fromSavedTrust(value: unknown): LoadedTrust | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const saved = value as { v?: unknown; keys?: unknown; fileName?: unknown; loaded?: unknown };
  if (saved.v !== 1) return undefined;
  const list = parseTrustList({ keys: saved.keys });
  if (!list.ok) return undefined;
  return {
    list: list.value,
    fileName: typeof saved.fileName === 'string' ? saved.fileName : null,
    loaded:
      typeof saved.loaded === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(saved.loaded)
        ? saved.loaded
        : '',
  };
}
