import { ed25519 } from '@noble/curves/ed25519.js';
import { InputError, makeIssue, nonEmpty } from '../issues.js';
import { decodeBase64url, encodeBase64url } from './base64url.js';
import { canonicalBytes } from './canonical.js';
import { type PrivateKey, parsePrivateKey } from './keys.js';
import { type CertificatePayload, parseCertificatePayload } from './payload.js';

/** The prefix of every certificate code of payload format 1. */
export const CODE_PREFIX = 'CV1';

/**
 * Signs a certificate payload: `CV1.` + base64url(the payload's RFC 8785 canonical UTF-8 bytes)
 * + `.` + base64url(the 64-byte Ed25519 signature of those bytes), without padding. Ed25519 is
 * deterministic, so the same payload and key always give the same code.
 *
 * The payload is read with {@link parseCertificatePayload} first, so nothing is signed that a
 * verifier would refuse; its `kid` must be the key's.
 *
 * @throws {InputError} listing every problem of the payload or the key, without key material.
 * @example
 * const code = signCertificate(certificatePayload(household, record, options), privateKey);
 * verifyCertificate(code, trustList, '2025-01-01').status; // 'valid'
 */
export function signCertificate(payload: CertificatePayload, privateKey: PrivateKey): string {
  const key = parsePrivateKey(privateKey);
  if (!key.ok) throw new InputError(key.issues, 'unusable private key');
  const parsed = parseCertificatePayload(payload);
  if (!parsed.ok) throw new InputError(parsed.issues, 'invalid certificate payload');
  const issues =
    parsed.value.kid === key.value.kid
      ? []
      : [
          makeIssue(
            ['kid'],
            'invalid_value',
            'the payload names another key than the one signing it',
          ),
        ];
  if (nonEmpty(issues)) throw new InputError(issues, 'invalid certificate payload');
  const bytes = canonicalBytes(parsed.value);
  const secret = decodeBase64url(key.value.d) as Uint8Array;
  try {
    return `${CODE_PREFIX}.${encodeBase64url(bytes)}.${encodeBase64url(ed25519.sign(bytes, secret))}`;
  } finally {
    secret.fill(0);
  }
}
