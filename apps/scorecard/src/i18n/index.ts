import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Label } from '../lib/core-adapter';
import { en } from './en';
import { type MessageKey, zh } from './zh';

export type { MessageKey } from './zh';

/** Whether `key` is a key of the UI dictionary (for keys built from data, such as `formula.house`). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zh, key);
}

/** The UI languages: Chinese (the default) and English. */
export type Lang = 'zh' | 'en';

const DICTIONARIES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { zh, en };

/** Parameters substituted into `{name}` placeholders; numbers are printed as they are. */
export type Params = Readonly<Record<string, string | number>>;

/** The UI string `key` in `lang`, with its `{name}` placeholders filled from `params`. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = DICTIONARIES[lang][key];
  if (params === undefined) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/**
 * A model entity's display name in `lang`: its label in that language, else in the other one,
 * else its code. Model labels are data from a file and are only ever rendered as text.
 */
export function labelIn(lang: Lang, label: Label | undefined, code: string): string {
  return label?.[lang] ?? label?.zh ?? label?.en ?? code;
}

/** The translation functions of the current language, from {@link I18nContext}. */
export interface I18n {
  readonly lang: Lang;
  /** A UI string. */
  t(key: MessageKey, params?: Params): string;
  /** A model entity's name (see {@link labelIn}). */
  label(label: Label | undefined, code: string): string;
}

/** Builds the {@link I18n} of a language. */
export function i18nFor(lang: Lang): I18n {
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    label: (label, code) => labelIn(lang, label, code),
  };
}

/** The current language's functions; Chinese unless a provider says otherwise. */
export const I18nContext = createContext<I18n>(i18nFor('zh'));

/** The current language's translation functions. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}

const STORAGE_KEY = 'credit-village.lang';

/** The language the user chose last time (localStorage), Chinese by default. */
export function storedLang(): Lang {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

/** Remembers the user's language choice. */
export function storeLang(lang: Lang): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Storage can be disabled (private mode); the choice then lasts for this page only.
  }
}
