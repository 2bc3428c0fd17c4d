import { type Lang, useI18n } from '../../i18n/index';

/**
 * A calendar date as people write it: `2024年12月1日` in Chinese, `2024-12-01` in English.
 * Text that is not `YYYY-MM-DD` is shown as it is.
 */
export function dateText(lang: Lang, date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null || lang === 'en') return date;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

/** A date in the UI's language, in a `<time>` that carries the ISO form for machines. */
export function DateText({ date }: { readonly date: string }) {
  const { lang } = useI18n();
  return <time dateTime={date}>{dateText(lang, date)}</time>;
}
