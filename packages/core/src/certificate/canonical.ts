import { utf8ToBytes } from '@noble/hashes/utils.js';
import canonicalize from 'canonicalize';

/**
 * The RFC 8785 (JSON Canonicalization Scheme) UTF-8 bytes of a JSON value: what a certificate
 * signs. The same library computes the model hash, so Node and browsers agree byte for byte.
 *
 * @throws {TypeError} when the value has no JSON form (a function, `undefined`, a cycle).
 */
export function canonicalBytes(value: unknown): Uint8Array {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('canonicalBytes: the value has no JSON form');
  return utf8ToBytes(text);
}

interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}

// TextDecoder is a global in Node and in browsers; the core compiles without DOM or Node types,
// so it is reached through globalThis with the one method used, and made on first use only.
let decoder: Utf8Decoder | undefined;

/** The text of well-formed UTF-8 bytes, or `undefined` for any ill-formed sequence. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  decoder ??= new (
    globalThis as unknown as {
      TextDecoder: new (
        label: string,
        options: { fatal: boolean; ignoreBOM: boolean },
      ) => Utf8Decoder;
    }
  ).TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    return decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Whether two byte strings are equal (not constant-time: both are public). */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
