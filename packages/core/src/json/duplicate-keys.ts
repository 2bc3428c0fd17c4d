/**
 * Duplicate keys in JSON text. `JSON.parse` keeps the last of two equal keys without a word, so
 * `"vetoes": ["V1"], "vetoes": []` would silently clear a veto. Finding them costs a scan of the
 * text: first a cheap count (every object member has exactly one `:` outside strings, so the text
 * has duplicates exactly when it has more colons than the parsed value has keys), and only then,
 * for text that has some, a walk that names each duplicate's path.
 *
 * The count is cheapest when no string holds a colon: then every colon of the text is a member's
 * (a colon written inside a string, or escaped as `\u003a`, is a colon of the parsed string), so
 * counting them needs no look at the strings at all. Otherwise the strings are skipped one by one.
 */

type Path = (string | number)[];

const QUOTE = 34;
const BACKSLASH = 92;

/** The number of object members written in valid JSON text: its colons outside strings. */
export function countMembers(text: string): number {
  let count = 0;
  let i = 0;
  let colon = text.indexOf(':');
  for (;;) {
    const quote = text.indexOf('"', i);
    const end = quote < 0 ? text.length : quote;
    while (colon >= 0 && colon < end) {
      count++;
      colon = text.indexOf(':', colon + 1);
    }
    if (quote < 0) return count;
    i = stringEnd(text, quote) + 1;
    if (colon >= 0 && colon < i) colon = text.indexOf(':', i);
  }
}

/** The index of the quote that closes the string opening at `open` (valid JSON). */
function stringEnd(text: string, open: number): number {
  let j = open + 1;
  for (;;) {
    const k = text.indexOf('"', j);
    if (k < 0) return text.length;
    let backslashes = 0;
    for (let b = k - 1; text.charCodeAt(b) === BACKSLASH; b--) backslashes++;
    if (backslashes % 2 === 0) return k;
    j = k + 1;
  }
}

/** The colons of a text, strings or not. */
export function countColons(text: string): number {
  let count = 0;
  for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) count++;
  return count;
}

/** Of a parsed JSON value: the keys of all its objects, and whether any key or string holds `:`. */
export interface KeyCount {
  readonly keys: number;
  readonly colonInStrings: boolean;
}

/** The number of keys of every object in a parsed JSON value (iterative: any depth). */
export function countKeys(value: unknown): KeyCount {
  let count = 0;
  let colon = typeof value === 'string' && value.includes(':');
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) {
      for (const child of node) {
        if (typeof child === 'object' && child !== null) stack.push(child);
        else if (!colon && typeof child === 'string' && child.includes(':')) colon = true;
      }
      continue;
    }
    for (const key in node) {
      count++;
      if (!colon && key.includes(':')) colon = true;
      const child = (node as Record<string, unknown>)[key];
      if (typeof child === 'object' && child !== null) stack.push(child);
      else if (!colon && typeof child === 'string' && child.includes(':')) colon = true;
    }
  }
  return { keys: count, colonInStrings: colon };
}

/**
 * Whether valid JSON text, parsed to `value`, writes some key twice in one object: its members
 * (colons outside strings) outnumber the parsed value's keys.
 */
export function hasDuplicateKeys(text: string, value: unknown): boolean {
  const { keys, colonInStrings } = countKeys(value);
  return (colonInStrings ? countMembers(text) : countColons(text)) !== keys;
}

interface Frame {
  readonly path: Path;
  readonly keys: Set<string> | undefined;
  index: number;
  key: string | undefined;
}

/**
 * The path of every key written a second (or later) time in its object, in text order. The
 * text must be valid JSON (it has been parsed already); iterative, so any depth is fine.
 */
export function findDuplicateKeys(text: string): Path[] {
  const found: Path[] = [];
  const stack: Frame[] = [];
  let expectKey = false;
  const childPath = (): Path => {
    const top = stack[stack.length - 1];
    if (top === undefined) return [];
    return top.keys === undefined ? [...top.path, top.index] : [...top.path, top.key ?? ''];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      const top = stack[stack.length - 1];
      if (expectKey && top?.keys !== undefined) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) found.push([...top.path, key]);
        top.keys.add(key);
        top.key = key;
        expectKey = false;
      }
      i = end;
    } else if (c === 123 /* { */) {
      stack.push({ path: childPath(), keys: new Set(), index: 0, key: undefined });
      expectKey = true;
    } else if (c === 91 /* [ */) {
      stack.push({ path: childPath(), keys: undefined, index: 0, key: undefined });
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      stack.pop();
      expectKey = false;
    } else if (c === 44 /* , */) {
      const top = stack[stack.length - 1];
      if (top !== undefined) {
        if (top.keys === undefined) top.index++;
        else expectKey = true;
      }
    }
  }
  return found;
}
