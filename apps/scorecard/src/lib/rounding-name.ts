import type { MessageKey } from '../i18n/index';

/**
 * The name of a limit's rounding mode in the UI's language (`down`, `halfUp`; another mode is
 * named by its code), for the limit derivations and the model's parameters.
 */
export function roundingName(
  mode: string,
  t: (key: MessageKey, params?: Record<string, string>) => string,
): string {
  if (mode === 'down') return t('rounding.down');
  if (mode === 'halfUp') return t('rounding.halfUp');
  return t('rounding.other', { mode });
}
