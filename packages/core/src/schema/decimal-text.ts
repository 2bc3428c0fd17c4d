import type { DecimalProblem, IssueParams, JsonTypeName } from '../issues.js';

/**
 * The decimal grammar of docs/formats.md: `-?(0|[1-9][0-9]*)(\.[0-9]{1,N})?`.
 * Returns the canonical text of a decimal field (strings as written, numbers by their shortest
 * round-trip text), or why it is not one.
 */
export type DecimalTextResult =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false;
      readonly code: 'invalid_decimal' | 'too_many_decimals' | 'invalid_type';
      readonly detail: string;
      readonly params: IssueParams;
    };

const DECIMAL = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?$/;

/** Reads `value` as decimal text with at most `maxDecimals` fractional digits. */
export function readDecimalText(value: unknown, maxDecimals: number): DecimalTextResult {
  let text: string;
  if (typeof value === 'string') {
    text = value;
  } else if (typeof value === 'number') {
    if (!Number.isFinite(value))
      return {
        ok: false,
        code: 'invalid_decimal',
        detail: 'not a finite number',
        params: { reason: 'notFinite', got: 'number' },
      };
    text = String(value);
  } else {
    return {
      ok: false,
      code: 'invalid_type',
      detail: `expected a number or a string, got ${describeType(value)}`,
      params: { got: jsonTypeOf(value) },
    };
  }
  const shown = shownValue(text);
  const facts = { decimals: maxDecimals, ...(shown === undefined ? {} : { value: shown }) };
  const match = DECIMAL.exec(text);
  if (match === null) {
    const reason = whyNotDecimal(text);
    return {
      ok: false,
      code: 'invalid_decimal',
      detail: `${REASONS[reason]}${shown === undefined ? '' : `, got ${JSON.stringify(shown)}`}`,
      params: { ...facts, reason },
    };
  }
  const fraction = match[2];
  if (fraction !== undefined && fraction.length - 1 > maxDecimals) {
    return {
      ok: false,
      code: 'too_many_decimals',
      detail: `at most ${maxDecimals} decimal places${shown === undefined ? '' : `, got ${typeof value === 'string' ? JSON.stringify(shown) : shown}`}`,
      params: facts,
    };
  }
  // "-0" and "-0.00" equal 0.
  if (/^-0(\.0+)?$/.test(text)) text = text.slice(1);
  return { ok: true, text };
}

const REASONS: Record<DecimalProblem, string> = {
  empty: 'empty: write a number such as "1234.50"',
  spaces: 'spaces are not allowed',
  exponent: 'write the number in full without an exponent',
  plusSign: 'no "+" sign',
  separators: 'no thousands separators or spaces',
  leadingZeros: 'no leading zeros',
  notFinite: 'not a finite number',
  notANumber: 'not a decimal number',
};

function whyNotDecimal(text: string): DecimalProblem {
  if (text.trim() === '') return 'empty';
  if (/^\s|\s$/.test(text)) return 'spaces';
  if (/[eE]/.test(text) && /\d/.test(text) && !/[a-df-zA-DF-Z]/.test(text)) return 'exponent';
  if (/^[+]/.test(text)) return 'plusSign';
  if (/[,_\s]/.test(text)) return 'separators';
  if (/^-?0\d/.test(text)) return 'leadingZeros';
  return 'notANumber';
}

/** The longest input text that messages repeat; longer values are never echoed. */
export const SHOWN_VALUE_LENGTH = 12;

/**
 * A value as messages may repeat it: text of at most {@link SHOWN_VALUE_LENGTH} characters
 * without control or invisible characters. Anything longer (an identity-card number typed into a
 * money column, a value of millions of digits) or stranger is never repeated: `undefined`.
 */
export function shownValue(text: string): string | undefined {
  if (text.length > SHOWN_VALUE_LENGTH) return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  return /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]/.test(text)
    ? undefined
    : text;
}

/** The number of characters (Unicode code points) of a string, as people count them. */
export function characterCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one character.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** The JSON type of a value, as issue params name it. */
export function jsonTypeOf(value: unknown): JsonTypeName {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      return 'object';
  }
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
