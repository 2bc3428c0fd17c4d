/**
 * The verifier's calendar date, `YYYY-MM-DD`, in the device's own time zone: a certificate is
 * valid through its last day wherever it is checked (in China that is China's date). Never
 * `toISOString`, which gives the UTC date: before 08:00 in China that is still yesterday.
 */
export function localDate(now: Date = new Date()): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
