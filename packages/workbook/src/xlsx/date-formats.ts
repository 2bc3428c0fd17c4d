/**
 * Built-in number formats that show a date or time (ECMA-376 §18.8.30, plus the East Asian
 * built-ins 27–36 and 50–58 that Chinese Excel uses for 年月日).
 */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** Whether a number format shows its number as a date or time. */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (code === undefined) return BUILT_IN_DATES.has(id);
  // Drop quoted text, escaped characters, [colours]/[$-804] and "General", then look for a
  // date or time token (e is the era year of East Asian formats, 年月日 their words).
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?!h|m|s)[^\]]*\]/gi, '')
    .replace(/general/gi, '')
    .replace(/e[+-]/gi, ''); // scientific notation, not an era
  return /[dmyhse年月日时秒]/i.test(bare);
}
