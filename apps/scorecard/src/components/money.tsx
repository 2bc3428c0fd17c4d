import { formatMoney } from '../lib/money';

/** An amount from the core, shown with thousands separators and 2 decimals (string formatting only). */
export function Money({ value }: { readonly value: string }) {
  return <span class="money">{formatMoney(value)}</span>;
}
