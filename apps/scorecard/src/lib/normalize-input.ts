/**
 * Forgiving input, exact values: what a clerk types is turned into the plain text the data
 * formats take, before the core checks it. Only the form does this; files stay strict.
 *
 * - full-width digits and signs (`５００００`, `－`, `．`) become ASCII;
 * - thousands separators (`50,000`, `50，000`, `50 000`) go when they group digits by three;
 * - a unit after the number goes (`50000元`, `120平方米`, `8亩`, `20头`, `2024年`);
 * - `万` multiplies by 10,000 exactly, on the text (`5万` → `50000`, `1.25万` → `12500`).
 *
 * Anything else is left as typed, so that the core says what is wrong with it.
 */

const FULL_WIDTH = /[\uff10-\uff19\uff0e\uff0d\uff0b\u2212\uff0c\u3000]/g;
const FULL_WIDTH_MAP: Readonly<Record<string, string>> = {
  '\uff0e': '.',
  '\uff0d': '-',
  '\u2212': '-',
  '\uff0b': '+',
  '\uff0c': ',',
  '\u3000': ' ',
};

function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(code - 0xff10 + 0x30);
    return FULL_WIDTH_MAP[c] ?? c;
  });
}

/** Digits grouped by three with `,` or spaces: `1,234,567.5`, `50 000`. */
const GROUPED = /^(-?)(\d{1,3}(?:[, ]\d{3})+)(\.\d+)?$/;

function ungroup(text: string): string {
  const match = GROUPED.exec(text);
  return match === null
    ? text
    : `${match[1]}${(match[2] ?? '').replace(/[, ]/g, '')}${match[3] ?? ''}`;
}

/** `decimal × 10,000` on the text: the decimal point moves four places, nothing is rounded. */
export function timesTenThousand(text: string): string | undefined {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null) return undefined;
  const [, sign = '', whole = '', fraction = ''] = match;
  const digits = `${whole}${fraction.padEnd(4, '0')}`;
  const point = whole.length + 4;
  const integer = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point).replace(/0+$/, '');
  const value = rest === '' ? integer : `${integer}.${rest}`;
  return /^0(\.0*)?$/.test(value) ? value : `${sign}${value}`;
}

const DECIMAL_UNITS = /(?:元|平方米|平米|㎡|m²|m2|亩)$/i;
const COUNT_UNITS = /(?:年|头|只|口|人|户|个|台|辆)$/;

/**
 * An amount or area as typed, made plain: `５万元` → `50000`, `50,000.50` → `50000.50`. Text
 * that is not a number after this is returned trimmed, for the core to judge.
 */
export function normalizeDecimal(typed: string): string {
  let text = halfWidth(typed).trim();
  text = text.replace(DECIMAL_UNITS, '').trim();
  const wan = text.endsWith('万');
  if (wan) text = text.slice(0, -1).trim();
  text = ungroup(text);
  if (!wan) return text;
  return timesTenThousand(text) ?? `${text}万`;
}

/** A count or year as typed, made plain: `２０２４年` → `2024`, `1,200头` → `1200`. */
export function normalizeInteger(typed: string): string {
  const text = halfWidth(typed).trim().replace(COUNT_UNITS, '').trim();
  return ungroup(text);
}
