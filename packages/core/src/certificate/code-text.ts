/** The marker of a verification link: `<verify-url>#/verify/<code>`. */
const VERIFY_FRAGMENT = '#/verify/';

/**
 * The certificate code in a scanned or pasted text: the text itself, or the part after
 * `#/verify/` of a verification link (`https://…/#/verify/CV1.…`), with surrounding white space
 * removed. What comes out is for {@link verifyCertificate}, which judges it.
 */
export function certificateCodeFrom(text: string): string {
  const trimmed = text.trim();
  const at = trimmed.lastIndexOf(VERIFY_FRAGMENT);
  return at === -1 ? trimmed : trimmed.slice(at + VERIFY_FRAGMENT.length);
}

/** The text a QR code holds: the code, or `<verifyUrl>#/verify/<code>` when a URL is given. */
export function certificateLink(code: string, verifyUrl?: string): string {
  return verifyUrl === undefined ? code : `${verifyUrl}${VERIFY_FRAGMENT}${code}`;
}
