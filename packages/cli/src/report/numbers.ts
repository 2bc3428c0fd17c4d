/** A count with thousands separators: `12,345`. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * A money string from the core (`"123456000.00"`) with thousands separators
 * (`123,456,000.00`), done on the text so no digit passes through a float.
 */
export function formatMoneyText(money: string): string {
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(money);
  if (match === null) return money;
  const [, sign = '', whole = '', fraction = ''] = match;
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction}`;
}

/** `1 village`, `2 villages`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}
