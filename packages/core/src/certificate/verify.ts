import { ed25519 } from '@noble/curves/ed25519.js';
import { InputError, type Issues, makeIssue } from '../issues.js';
import { isIsoDate } from '../notice/text.js';
import { decodeBase64url } from './base64url.js';
import { canonicalBytes, decodeUtf8, sameBytes } from './canonical.js';
import { KID } from './fields.js';
import { isUsablePublicKey, type TrustedKey, type TrustList } from './keys.js';
import { type CertificatePayload, parseCertificatePayload } from './payload.js';
import { CODE_PREFIX } from './sign.js';

/**
 * Why a certificate is refused, as stable codes (a reader translates them):
 *
 * - `malformed`: not `CV1.<base64url>.<base64url>`; base64url that is padded, has a foreign
 *   character or non-zero unused bits; a signature that is not 64 bytes; a payload that is not
 *   UTF-8 JSON of an object.
 * - `unsupported_version`: a prefix `CV<n>` other than `CV1`, or a payload `v` other than 1.
 * - `not_canonical`: the payload bytes are not the RFC 8785 form of the JSON they hold (keys out
 *   of order, spaces, escapes, number spellings), whoever signed them.
 * - `unknown_key`: the payload's `kid` is not in the trust list.
 * - `bad_signature`: the signature is not the trusted key's signature of the payload bytes:
 *   the certificate was altered or forged.
 * - `invalid_payload`: signed and canonical, but a field is missing, unknown, or of the wrong
 *   type or form (`issues` lists each).
 */
export type CertificateInvalidReason =
  | 'malformed'
  | 'unsupported_version'
  | 'not_canonical'
  | 'unknown_key'
  | 'bad_signature'
  | 'invalid_payload';

/** The outcome of {@link verifyCertificate}. */
export type CertificateVerdict =
  | {
      readonly status: 'valid';
      readonly payload: CertificatePayload;
      /** The trust-list entry of the key that signed it. */
      readonly key: TrustedKey;
    }
  | {
      readonly status: 'expired';
      readonly payload: CertificatePayload;
      readonly key: TrustedKey;
    }
  | {
      readonly status: 'invalid';
      readonly reason: CertificateInvalidReason;
      /** The key id the certificate names, when it is well formed (for `unknown_key`). */
      readonly kid?: string;
      /** The problems of an `invalid_payload`. */
      readonly issues?: Issues;
    };

/** The longest code considered: a QR code holds under 3 KB. */
const MAX_CODE_LENGTH = 8192;

/**
 * Checks a certificate code against the trusted keys on the day `today` (`YYYY-MM-DD`, the
 * verifier's calendar date): `valid` with its payload; `expired` (correctly signed, but `today`
 * is after `validUntil`: still valid on that last day); or `invalid` with the reason (see
 * {@link CertificateInvalidReason}). Nothing from a refused code is returned but its key id.
 * Pure and synchronous; the same in Node and in browsers.
 *
 * @throws {InputError} only when `today` is not a calendar date written `YYYY-MM-DD`.
 * @example
 * const trust = parseTrustList(JSON.parse(text));
 * if (trust.ok) verifyCertificate(code, trust.value, '2025-03-01'); // { status: 'valid', … }
 */
export function verifyCertificate(
  code: string,
  trustList: TrustList,
  today: string,
): CertificateVerdict {
  if (!isIsoDate(today)) {
    throw new InputError(
      [makeIssue(['today'], 'invalid_value', 'must be a calendar date written YYYY-MM-DD')],
      'invalid verification date',
    );
  }
  const checked = checkSignedPayload(code, trustList);
  if (checked.status === 'invalid') return checked;
  const parsed = parseCertificatePayload(checked.json);
  if (!parsed.ok) return { status: 'invalid', reason: 'invalid_payload', issues: parsed.issues };
  const payload = parsed.value;
  // Both are real YYYY-MM-DD dates, so text order is calendar order.
  const status = today > payload.validUntil ? 'expired' : 'valid';
  return { status, payload, key: checked.key };
}

type Refusal = Extract<CertificateVerdict, { status: 'invalid' }>;

function refuse(reason: CertificateInvalidReason, kid?: string): Refusal {
  return kid === undefined ? { status: 'invalid', reason } : { status: 'invalid', reason, kid };
}

/** Everything up to the signature: the code's form, the bytes, the version, the key. */
function checkSignedPayload(
  code: string,
  trustList: TrustList,
): Refusal | { readonly status: 'signed'; readonly json: object; readonly key: TrustedKey } {
  if (typeof code !== 'string' || code.length > MAX_CODE_LENGTH) return refuse('malformed');
  const parts = code.split('.');
  const [prefix = '', payloadText = '', signatureText = ''] = parts;
  if (!/^CV[0-9]{1,4}$/.test(prefix)) return refuse('malformed');
  if (prefix !== CODE_PREFIX) return refuse('unsupported_version');
  if (parts.length !== 3) return refuse('malformed');
  const bytes = decodeBase64url(payloadText);
  const signature = decodeBase64url(signatureText);
  if (bytes === undefined || bytes.length === 0 || signature?.length !== 64) {
    return refuse('malformed');
  }
  const json = parseJsonObject(bytes);
  if (json === undefined) return refuse('malformed');
  if (!sameBytes(canonicalBytes(json), bytes)) return refuse('not_canonical');
  const { v, kid } = json as { v?: unknown; kid?: unknown };
  if (v !== 1 && typeof v === 'number') return refuse('unsupported_version');
  if (typeof kid !== 'string' || !KID.test(kid)) {
    // A key id outside the grammar is in no trust list; no key id at all is a payload error.
    if (Object.hasOwn(json, 'kid')) return refuse('unknown_key');
    return {
      status: 'invalid',
      reason: 'invalid_payload',
      issues: [makeIssue(['kid'], 'required', 'required')],
    };
  }
  const key = trustList.keys.find((k) => k.kid === kid);
  const publicKey = key === undefined ? undefined : decodeBase64url(key.x);
  if (key === undefined || publicKey === undefined || !isUsablePublicKey(publicKey)) {
    return refuse('unknown_key', kid);
  }
  if (!verifies(signature, bytes, publicKey)) return refuse('bad_signature', kid);
  return { status: 'signed', json, key };
}

/** RFC 8032 verification (not ZIP-215): canonical encodings only, `S` below the group order. */
function verifies(signature: Uint8Array, bytes: Uint8Array, publicKey: Uint8Array): boolean {
  try {
    return ed25519.verify(signature, bytes, publicKey, { zip215: false });
  } catch {
    return false;
  }
}

function parseJsonObject(bytes: Uint8Array): object | undefined {
  const text = decodeUtf8(bytes);
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
