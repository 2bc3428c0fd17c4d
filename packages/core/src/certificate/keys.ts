import { ed25519 } from '@noble/curves/ed25519.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { InputError, makeIssue, nonEmpty, type Result } from '../issues.js';
import { decodeBase64url, encodeBase64url } from './base64url.js';
import { KID, type Path, Reader } from './fields.js';

/**
 * An office's Ed25519 private key as stored (FORMATS.md, "Rating certificates"): `x` and `d`
 * are the raw 32-byte public and private keys in base64url without padding. Keep it offline.
 */
export interface PrivateKey {
  readonly kty: 'OKP';
  readonly crv: 'Ed25519';
  readonly kid: string;
  readonly x: string;
  readonly d: string;
}

/** One public key a verifier trusts: its id, the raw public key `x`, and whose it is. */
export interface TrustedKey {
  readonly kid: string;
  readonly x: string;
  readonly issuer?: string;
}

/** The public keys a verifier trusts: `{ "keys": [ { "kid", "x", "issuer"? } ] }`. */
export interface TrustList {
  readonly keys: readonly TrustedKey[];
}

const KID_RULE = {
  pattern: KID,
  expected: 'a key id: a letter or digit, then up to 63 letters, digits, ".", "_" or "-"',
} as const;

/**
 * Reads a private key document (parsed JSON) strictly: the five fields and no others, `d` and
 * `x` each exactly 32 bytes of canonical base64url, and `x` the public key of `d`. Issue
 * messages never contain the key material.
 */
export function parsePrivateKey(value: unknown): Result<PrivateKey> {
  const r = new Reader();
  const doc = r.object(value, [], 'a private key', ['kty', 'crv', 'kid', 'x', 'd']);
  if (doc === undefined) return failed(r);
  if (doc.kty !== 'OKP')
    r.add(['kty'], doc.kty === undefined ? 'required' : 'invalid_value', 'must be "OKP"', {
      allowed: ['OKP'],
    });
  if (doc.crv !== 'Ed25519')
    r.add(['crv'], doc.crv === undefined ? 'required' : 'invalid_value', 'must be "Ed25519"', {
      allowed: ['Ed25519'],
    });
  const kid = r.string(doc.kid, ['kid'], KID_RULE);
  const x = keyBytes(r, doc.x, ['x'], 'the public key');
  const d = keyBytes(r, doc.d, ['d'], 'the private key');
  if (x !== undefined && d !== undefined && encodeBase64url(ed25519.getPublicKey(d)) !== doc.x) {
    r.add(['x'], 'key_mismatch', 'is not the public key of "d": the file is damaged or mixed up');
  }
  if (!nonEmpty(r.issues) && kid !== undefined) {
    return {
      ok: true,
      value: { kty: 'OKP', crv: 'Ed25519', kid, x: doc.x as string, d: doc.d as string },
    };
  }
  return failed(r);
}

/**
 * Reads a trust list (parsed JSON) strictly: at least one key; each with a key id, a public key
 * `x` of 32 bytes that is a point of Ed25519, and optionally the issuer's name; no key id
 * twice; no unknown fields.
 */
export function parseTrustList(value: unknown): Result<TrustList> {
  const r = new Reader();
  const doc = r.object(value, [], 'a trust list', ['keys']);
  if (doc === undefined) return failed(r);
  if (!Array.isArray(doc.keys)) {
    r.add(
      ['keys'],
      doc.keys === undefined ? 'required' : 'invalid_type',
      'a trust list has a "keys" array',
    );
    return failed(r);
  }
  if (doc.keys.length === 0) r.add(['keys'], 'too_small', 'a trust list needs at least one key');
  if (doc.keys.length > 1000) r.add(['keys'], 'too_many_items', 'at most 1000 keys');
  const keys: TrustedKey[] = [];
  const seen = new Set<string>();
  doc.keys.slice(0, 1000).forEach((entry: unknown, i: number) => {
    const key = r.object(entry, ['keys', i], 'a trusted key', ['kid', 'x', 'issuer']);
    if (key === undefined) return;
    const kid = r.string(key.kid, ['keys', i, 'kid'], KID_RULE);
    const x = keyBytes(r, key.x, ['keys', i, 'x'], 'the public key');
    if (x !== undefined && !isUsablePublicKey(x)) {
      r.add(['keys', i, 'x'], 'key_mismatch', 'is not a usable Ed25519 public key');
    }
    const issuer = r.string(key.issuer, ['keys', i, 'issuer'], { optional: true });
    if (kid !== undefined && seen.has(kid)) {
      r.add(['keys', i, 'kid'], 'duplicate_id', 'this key id is listed twice');
    }
    if (kid !== undefined) seen.add(kid);
    if (kid !== undefined && x !== undefined) {
      keys.push({ kid, x: key.x as string, ...(issuer === undefined ? {} : { issuer }) });
    }
  });
  return nonEmpty(r.issues) ? { ok: false, issues: r.issues } : { ok: true, value: { keys } };
}

/**
 * A new Ed25519 key pair for `kid`: the private key document and the trusted-key entry to hand
 * out. The 32 private bytes come from `crypto.getRandomValues` (Node 20 and browsers).
 *
 * @throws {InputError} when `kid` is not a key id (a letter or digit, then up to 63 letters,
 *   digits, `.`, `_` or `-`).
 */
export function generateKeyPair(kid: string): {
  readonly privateKey: PrivateKey;
  readonly trustedKey: TrustedKey;
} {
  const r = new Reader();
  if (r.string(kid, ['kid'], KID_RULE) === undefined && nonEmpty(r.issues)) {
    throw new InputError(r.issues, 'invalid key id');
  }
  const d = randomBytes(32);
  const x = encodeBase64url(ed25519.getPublicKey(d));
  return {
    privateKey: { kty: 'OKP', crv: 'Ed25519', kid, x, d: encodeBase64url(d) },
    trustedKey: { kid, x },
  };
}

/**
 * A canonical encoding of a curve point that is not of small order: a small-order key would
 * let anyone forge signatures that verify under it.
 */
export function isUsablePublicKey(x: Uint8Array): boolean {
  try {
    return !ed25519.Point.fromBytes(x, false).isSmallOrder();
  } catch {
    return false;
  }
}

/** The 32 raw bytes of a key field, or `undefined` (with an issue). */
function keyBytes(r: Reader, value: unknown, path: Path, what: string): Uint8Array | undefined {
  if (value === undefined) return r.add(path, 'required', `${what} is required`);
  if (typeof value !== 'string')
    return r.add(path, 'invalid_type', `${what} is a base64url string`);
  const bytes = decodeBase64url(value);
  if (bytes === undefined || bytes.length !== 32) {
    return r.add(
      path,
      'invalid_encoding',
      `${what} is 32 bytes in base64url without padding (43 characters)`,
    );
  }
  return bytes;
}

function failed<T>(r: Reader): Result<T> {
  return nonEmpty(r.issues)
    ? { ok: false, issues: r.issues }
    : {
        ok: false,
        issues: [
          makeIssue([], 'invalid_document', 'not a key document', {
            expected: 'document',
            rule: 'keyDocument',
          }),
        ],
      };
}
