import { certificateCodeFrom } from '../../lib/core-adapter';

/** The start of a verification link's hash: `#/verify/<code>` (FORMATS.md, "Code"). */
const LINK = '#/verify/';

/**
 * The certificate code a location hash carries (`#/verify/CV1.…`), or `undefined` when the
 * hash is not a verification link or carries nothing. A link copied from a chat or a mail may
 * come percent-encoded: it is decoded (a code itself never has a `%`).
 */
export function codeInHash(hash: string): string | undefined {
  if (!hash.startsWith(LINK)) return undefined;
  let text = hash.slice(LINK.length);
  try {
    text = decodeURIComponent(text);
  } catch {
    // A stray `%`: the text is checked as it is, and refused as malformed.
  }
  const code = certificateCodeFrom(text);
  return code === '' ? undefined : code;
}

/** A code that may stand in a link (only base64url's characters and dots), to keep in the URL. */
const LINKABLE = /^CV[0-9]{1,4}\.[A-Za-z0-9_.-]{1,8192}$/;

/** The hash that shows `code` on the verify page: its link, or the bare page for other text. */
export function verifyHash(code: string | undefined): string {
  return code !== undefined && LINKABLE.test(code) ? `${LINK}${code}` : '#/verify';
}
