/**
 * The decimal grammar of FORMATS.md: `-?(0|[1-9][0-9]*)(\.[0-9]{1,N})?`.
 * Returns the canonical text of a decimal field (strings as written, numbers by their shortest
 * round-trip text), or why it is not one.
 */
export type DecimalTextResult =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false;
      readonly code: 'invalid_decimal' | 'too_many_decimals' | 'invalid_type';
      readonly detail: string;
    };

const DECIMAL = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;

/** Reads `value` as decimal text with at most `maxDecimals` fractional digits. */
export function readDecimalText(value: unknown, maxDecimals: number): DecimalTextResult {
  let text: string;
  if (typeof value === 'string') {
    text = value;
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value))
      return { ok: false, code: 'invalid_decimal', detail: 'not a finite number' };
    text = String(value);
  } else {
    return {
      ok: false,
      code: 'invalid_type',
      detail: `expected a number or a string, got ${describeType(value)}`,
    };
  }
  const match = DECIMAL.exec(text);
  if (match === null) {
    return { ok: false, code: 'invalid_decimal', detail: whyNotDecimal(text) };
  }
  const fraction = match[2];
  if (fraction !== undefined && fraction.length - 1 > maxDecimals) {
    return {
      ok: false,
      code: 'too_many_decimals',
      detail: `at most ${maxDecimals} decimal places, got ${quote(value)}`,
    };
  }
  // "-0" and "-0.00" equal 0.
  if (/^-0(\.0+)?$/.test(text)) text = text.slice(1);
  return { ok: true, text };
}

function whyNotDecimal(text: string): string {
  const shown = quote(text);
  if (text.trim() === '') return 'empty: write a number such as "1234.50"';
  if (/^\s|\s$/.test(text)) return `spaces are not allowed, got ${shown}`;
  if (/[eE]/.test(text) && /\d/.test(text) && !/[a-df-zA-DF-Z]/.test(text)) {
    return `write the number in full without an exponent, got ${shown}`;
  }
  if (/^[+]/.test(text)) return `no "+" sign, got ${shown}`;
  if (/[,_\s]/.test(text)) return `no thousands separators or spaces, got ${shown}`;
  if (/^-?0\d/.test(text)) return `no leading zeros, got ${shown}`;
  return `not a decimal number, got ${shown}`;
}

function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : String(value);
  const clipped = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return typeof value === 'string' ? JSON.stringify(clipped) : clipped;
}

/** `"an array"`, `"an object"`, `"null"`, `"a boolean"`, … for messages. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    case 'object':
      return 'an object';
    case 'undefined':
      return 'nothing';
    default:
      return typeof value;
  }
}
