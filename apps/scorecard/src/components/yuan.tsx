import { useI18n } from '../i18n/index';
import { formatYuan, groupDecimal } from '../lib/money';

/**
 * An amount of a limit derivation to the fen: an exact value with more decimals is shown
 * rounded, marked ≈, with the exact value read out beside it.
 */
export function Yuan({ value }: { readonly value: string }) {
  const { t } = useI18n();
  const shown = formatYuan(value);
  if (shown.exact) return <span class="money">{shown.text}</span>;
  return (
    <span class="money" title={t('limit.exact', { exact: groupDecimal(value) })}>
      <span aria-hidden="true">≈ </span>
      {shown.text}
      <span class="visually-hidden">{` (${t('limit.exact', { exact: groupDecimal(value) })})`}</span>
    </span>
  );
}
