import { useI18n } from '../../i18n/index';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A date of the core (`2025-01-08`) as a clerk writes it: `2025年1月8日`, or `8 Jan 2025` in
 * English. Text only: no clock, no time zone (the core's dates are calendar days).
 */
export function dateText(iso: string, lang: 'zh' | 'en'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match === null) return iso;
  const [, year, month, day] = match;
  return lang === 'zh'
    ? `${year}年${Number(month)}月${Number(day)}日`
    : `${Number(day)} ${MONTHS[Number(month) - 1] ?? month} ${year}`;
}

/** A date in a `<time>` element: the clerk's words shown, the ISO date for machines. */
export function DateText({ iso }: { readonly iso: string }) {
  const { lang } = useI18n();
  return <time dateTime={iso}>{dateText(iso, lang)}</time>;
}
