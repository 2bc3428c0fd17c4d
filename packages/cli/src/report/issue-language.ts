import type { Lang, MessageOptions, Model, RecordKind } from '@credit-village/core';

/**
 * The language of the problem lines the command prints: `--lang` (which sets
 * `CREDIT_VILLAGE_LANG`, so worker threads follow it too), else the locale: `LC_ALL`, then
 * `LC_MESSAGES`, then `LANG` — Chinese when it names Chinese (`zh_CN.UTF-8`), English when it
 * names another language. A locale that names no language (`C`, `POSIX`, unset, as on Windows)
 * leaves it to the system's own language (Chinese on a Chinese Windows).
 */
export function reportLanguage(env: NodeJS.ProcessEnv = process.env): Lang {
  const chosen = env.CREDIT_VILLAGE_LANG;
  if (chosen === 'zh' || chosen === 'en') return chosen;
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value === undefined || value === '') continue;
    if (/^zh/i.test(value)) return 'zh';
    if (/^(C|POSIX)([._@]|$)/i.test(value)) break;
    return 'en';
  }
  return /^zh/i.test(Intl.DateTimeFormat().resolvedOptions().locale) ? 'zh' : 'en';
}

let reportModel: Model | undefined;

/** Names codes in problem lines by this model's labels (the county model given with `--model`). */
export function useReportModel(model: Model): void {
  reportModel = model;
}

/** How problem lines render issues whose paths start from `record`. */
export function reportOptions(record: RecordKind = 'household'): MessageOptions {
  const lang = reportLanguage();
  return reportModel === undefined ? { lang, record } : { lang, record, model: reportModel };
}
