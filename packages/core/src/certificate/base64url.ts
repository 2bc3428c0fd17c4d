/**
 * Base64url without padding (RFC 4648 §5), strict both ways: the decoder accepts exactly the
 * text the encoder would write for some bytes, so every byte string has one spelling. It refuses
 * `=` padding, any character outside `A–Z a–z 0–9 - _`, a length that leaves one character over
 * (impossible for whole bytes), and unused trailing bits that are not zero. A certificate code's
 * characters therefore map one to one onto its bytes, and any changed character changes a byte.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const VALUES: Readonly<Record<string, number>> = Object.fromEntries(
  [...ALPHABET].map((c, i) => [c, i]),
);

/** The base64url text of `bytes`, without padding. */
export function encodeBase64url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 3 <= bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += char(n >> 18) + char(n >> 12) + char(n >> 6) + char(n);
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] ?? 0) << 16;
    out += char(n >> 18) + char(n >> 12);
  } else if (rest === 2) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8);
    out += char(n >> 18) + char(n >> 12) + char(n >> 6);
  }
  return out;
}

/**
 * The bytes of base64url text without padding, or `undefined` when the text is not exactly
 * what {@link encodeBase64url} writes for some bytes.
 */
export function decodeBase64url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((text.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const c of text) {
    const v = Object.hasOwn(VALUES, c) ? VALUES[c] : undefined;
    if (v === undefined) return undefined;
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
      value &= (1 << bits) - 1;
    }
  }
  // What is left are the unused low bits of the last character: zero in the canonical spelling.
  if (value !== 0) return undefined;
  return out;
}

function char(n: number): string {
  return ALPHABET[n & 63] ?? '';
}
