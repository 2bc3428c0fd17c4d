import type { ExpectedKind, JsonTypeName } from '../issues.js';
import { groupDecimal } from '../money/display.js';
import type { Lang } from './options.js';

/** A value found, quoted as the language quotes: `「二十」`, `"twenty"`. */
export function quote(text: string, lang: Lang): string {
  return lang === 'zh' ? `「${text}」` : `"${text}"`;
}

/** Words listed: `砖混、砖木`, `a, b`; a long list is cut with "…" after `max` words. */
export function listOf(words: readonly string[], lang: Lang, max = 12): string {
  const shown = words.length > max ? [...words.slice(0, max), '…'] : words;
  // English labels may hold commas themselves ("1–2 overdues, all repaid"): then `;` separates.
  const separator = lang === 'zh' ? '、' : words.some((w) => w.includes(',')) ? '; ' : ', ';
  return shown.join(separator);
}

/** A bound or amount for people: grouped digits (`10,000,000,000`); text left as it is. */
export function amount(value: number | string): string {
  const text = String(value);
  return /^-?\d+(\.\d+)?$/.test(text) ? groupDecimal(text) : text;
}

const EXPECTED: Readonly<Record<ExpectedKind, Readonly<Record<Lang, string>>>> = {
  money: { zh: '金额（数字）', en: 'an amount (a number)' },
  area: { zh: '面积（数字）', en: 'an area (a number)' },
  decimal: { zh: '小数', en: 'a decimal' },
  count: { zh: '整数', en: 'a whole number' },
  year: { zh: '四位年份', en: 'a four-digit year' },
  text: { zh: '文字', en: 'text' },
  word: { zh: '列表中的一项', en: 'one of the listed words' },
  object: { zh: '一组字段（JSON 对象）', en: 'a group of fields (a JSON object)' },
  array: { zh: '列表（JSON 数组）', en: 'a list (a JSON array)' },
  boolean: { zh: '是或否（true 或 false）', en: 'true or false' },
  date: { zh: '日期（YYYY-MM-DD）', en: 'a date (YYYY-MM-DD)' },
  document: { zh: '文件', en: 'a document' },
};

/** What a field takes, in words: `整数`, `a whole number`. */
export function expectedText(kind: ExpectedKind, lang: Lang): string {
  return EXPECTED[kind][lang];
}

const GOT: Readonly<Record<JsonTypeName, Readonly<Record<Lang, string>>>> = {
  string: { zh: '文字', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  boolean: { zh: '是/否值', en: 'true or false' },
  array: { zh: '列表', en: 'a list' },
  object: { zh: '一组字段', en: 'a group of fields' },
  null: { zh: '空值（null）', en: 'null' },
  nothing: { zh: '空', en: 'nothing' },
};

/** What was found, in words: `文字`, `a list`. */
export function gotText(type: JsonTypeName, lang: Lang): string {
  return GOT[type][lang];
}
