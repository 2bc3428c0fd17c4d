import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import canonicalize from 'canonicalize';

/**
 * The content hash of a model document: `sha256:` and the lowercase hex SHA-256 of its RFC 8785
 * (JSON Canonicalization Scheme) serialisation. Pure JavaScript, so Node and browsers agree and
 * the call stays synchronous.
 */
export function modelHash(document: unknown): string {
  const canonical = canonicalize(document);
  if (canonical === undefined) throw new TypeError('modelHash: the document has no JSON form');
  return `sha256:${bytesToHex(sha256(utf8ToBytes(canonical)))}`;
}
