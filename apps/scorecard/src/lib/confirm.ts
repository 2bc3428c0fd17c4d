/**
 * Asks before typed work is replaced (a new form, the example, a file, a record from a
 * batch): the browser's own confirmation dialog, which every device and screen reader knows.
 */
export function confirmReplace(message: string): boolean {
  return typeof globalThis.confirm === 'function' ? globalThis.confirm(message) : true;
}
