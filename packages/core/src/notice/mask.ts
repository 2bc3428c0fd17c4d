/**
 * Masking of personal data for public lists (公示): a name keeps its first character, an id
 * number its first 4 and last 4 characters; everything else becomes `*`.
 */

/** `王小明` → `王**`. Counts user-perceived characters, not UTF-16 units. */
export function maskName(name: string | undefined): string {
  if (name === undefined || name === '') return '';
  const chars = [...name.trim()];
  return chars.length === 0 ? '' : `${chars[0]}${'*'.repeat(Math.max(1, chars.length - 1))}`;
}

/** `340827199001011234` → `3408**********1234`; short numbers are masked entirely. */
export function maskIdNumber(id: string | undefined): string {
  if (id === undefined || id === '') return '';
  const chars = [...id.trim()];
  if (chars.length < 10) return '*'.repeat(chars.length);
  return `${chars.slice(0, 4).join('')}${'*'.repeat(chars.length - 8)}${chars.slice(-4).join('')}`;
}
