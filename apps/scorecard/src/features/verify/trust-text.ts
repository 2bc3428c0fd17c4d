import { type Issue, parseTrustList, safeParseJson, type TrustList } from '../../lib/core-adapter';

/** Why a trust list's text was refused. */
export type TrustProblem = 'empty' | 'notJson' | 'duplicateKeys' | 'privateKey' | 'invalid';

/** A trust list's text as read: the list the core accepted, or why it is refused. */
export type TrustRead =
  | { readonly ok: true; readonly list: TrustList }
  | { readonly ok: false; readonly problem: TrustProblem; readonly issues: readonly Issue[] };

/**
 * Reads a trust list (`{ "keys": [ { "kid", "x", "issuer"? } ] }`) from a file's or a paste's
 * text, strictly, with the core's `parseTrustList`. A key written twice in one object is
 * refused (JSON would keep only the last: which one was meant cannot be known), and so is a
 * private key file: it must never be handed out, so the page says so instead of listing fields.
 */
export function readTrustText(text: string): TrustRead {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problem: 'empty', issues: [] };
  const parsed = safeParseJson(body, 'the trust list');
  if (!parsed.ok) return { ok: false, problem: 'notJson', issues: parsed.issues };
  const { value, duplicateKeys } = parsed.value;
  if (isPrivateKey(value)) return { ok: false, problem: 'privateKey', issues: [] };
  if (duplicateKeys.length > 0) return { ok: false, problem: 'duplicateKeys', issues: [] };
  const list = parseTrustList(value);
  return list.ok
    ? { ok: true, list: list.value }
    : { ok: false, problem: 'invalid', issues: list.issues };
}

/** A private key document (it has the secret `d`), alone or inside a `keys` array. */
function isPrivateKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (Object.hasOwn(value, 'd')) return true;
  const keys = (value as { keys?: unknown }).keys;
  return (
    Array.isArray(keys) &&
    keys.some((k: unknown) => typeof k === 'object' && k !== null && Object.hasOwn(k, 'd'))
  );
}
