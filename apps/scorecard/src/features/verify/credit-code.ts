/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015) of a registered entity:
 * 18 characters of `0–9` and the capitals except I, O, Z, S and V, the last a check character
 * over the first 17 (weights 3^i mod 31). A typing slip in any one character, or two characters
 * swapped, breaks the check, so a wrong code is caught before a bank looks it up.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** The code as typed, made plain: half-width, upper case, without spaces. */
export function plainCreditCode(typed: string): string {
  return typed
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) =>
      String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .replace(/[\s\u3000]/g, '')
    .toUpperCase();
}

/** Whether `code` (already plain) is well formed: `'ok'`, or what is wrong with it. */
export function creditCodeProblem(code: string): 'ok' | 'form' | 'check' {
  if (code.length !== 18 || [...code].some((c) => !CHARSET.includes(c))) return 'form';
  let sum = 0;
  let weight = 1;
  for (let i = 0; i < 17; i++) {
    sum += CHARSET.indexOf(code[i] ?? '') * weight;
    weight = (weight * 3) % 31;
  }
  const check = (31 - (sum % 31)) % 31;
  return CHARSET[check] === code[17] ? 'ok' : 'check';
}
