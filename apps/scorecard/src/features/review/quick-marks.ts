/**
 * Quick keyboard entry of one reviewer's marks: one digit per dimension, in the model's order of
 * dimensions, each digit the position of a level in the model's list of levels (1 好, 2 一般,
 * 3 差 by default). `11213111` marks the eight dimensions at once. Only a way of typing: the
 * marks are then the reviewer's as if chosen one by one.
 */

/** The marks typed so far, or what is wrong with the text. */
export type QuickMarks =
  | { readonly ok: true; readonly marks: Readonly<Record<string, string>> }
  | { readonly ok: false; readonly problem: 'digit' | 'tooLong' };

/**
 * Reads quick-entry text (full-width digits and spaces allowed) against the dimension and level
 * codes of the model, in their order: the first digit marks the first dimension, and so on.
 */
export function readQuickMarks(
  text: string,
  dimensions: readonly string[],
  levels: readonly string[],
): QuickMarks {
  const digits = [...text.normalize('NFKC').replace(/[\s,，、]/g, '')];
  if (digits.length > dimensions.length) return { ok: false, problem: 'tooLong' };
  const marks: Record<string, string> = {};
  for (const [i, digit] of digits.entries()) {
    const level = /^[1-9]$/.test(digit) ? levels[Number(digit) - 1] : undefined;
    const dimension = dimensions[i];
    if (level === undefined || dimension === undefined) return { ok: false, problem: 'digit' };
    marks[dimension] = level;
  }
  return { ok: true, marks };
}
