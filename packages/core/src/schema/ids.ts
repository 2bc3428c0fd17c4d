import type { IdProblem } from '../issues.js';

/**
 * The one rule for ids (of villages, households and every other record): what an id may hold,
 * and when two ids are the same.
 *
 * - An id may not hold control characters (C0, C1), invisible characters (zero-width spaces and
 *   joiners, bidirectional controls, variation selectors, the byte-order mark, soft hyphens,
 *   fillers), unpaired UTF-16 surrogates, or spaces at its start or end; an id of spaces only is
 *   empty. Such an id is an error (`invalid_id`), never silently cleaned: the clerk must see it.
 * - Two valid ids are the same id when their Unicode NFKC forms are equal: `H1` written as
 *   full-width `Ｈ1`, or a name in composed (NFC) and decomposed (NFD) form, is one id, so the
 *   second record is a duplicate. Results keep each id as it was written.
 */

/** Printable ASCII without spaces at either end: the common case, valid and its own key. */
const PLAIN = /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/;

/** Characters an id may not hold (besides unpaired surrogates, checked apart). */
const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: invisible combining marks are what is refused
  /[\u0000-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb]/;

/** Why an id is not usable, for the message; `undefined` when it is fine. */
export type { IdProblem } from '../issues.js';

/** What is wrong with an id, or `undefined` when it follows the rule. */
export function idProblem(id: string): IdProblem | undefined {
  if (PLAIN.test(id)) return undefined;
  const forbidden = FORBIDDEN.exec(id);
  if (forbidden !== null) {
    const c = forbidden[0].charCodeAt(0);
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) ? 'control' : 'invisible';
  }
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = id.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return 'surrogate';
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return 'surrogate';
  }
  if (id.trim() !== id) return 'spaces';
  return undefined;
}

/** Sentences for {@link IdProblem}s, in the library's English messages. */
export const ID_PROBLEMS: Readonly<Record<IdProblem, string>> = {
  control: 'an id may not hold control characters (such as a line break or a tab)',
  invisible:
    'an id may not hold invisible characters (zero-width spaces, direction marks and the like)',
  surrogate: 'an id may not hold a broken character (an unpaired UTF-16 surrogate)',
  spaces: 'an id may not start or end with a space',
};

/**
 * The form under which ids are compared: NFKC, so that full-width and half-width letters and
 * digits, and composed and decomposed characters, are the same id.
 */
export function idKey(id: string): string {
  return PLAIN.test(id) ? id : id.normalize('NFKC');
}
