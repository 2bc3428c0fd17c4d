/**
 * Where a text stops being JSON: the offset of the first character that breaks the grammar of
 * RFC 8259 (the end of the text when it ends too early), or -1 when it is JSON. Used only after
 * `JSON.parse` failed, to say where, whatever the engine's message says (V8 gives no position
 * for an unexpected token). Iterative, so any depth of nesting is scanned without recursion.
 */
export function jsonErrorOffset(text: string): number {
  return jsonFault(text)?.offset ?? -1;
}

/**
 * Where and how a text stops being JSON: the offset of the fault, and whether it comes after a
 * complete value (`trailing`: several values, as NDJSON is); `undefined` when it is JSON.
 */
export function jsonFault(text: string): { offset: number; trailing: boolean } | undefined {
  const fault = scan(text);
  return fault.offset === -1 ? undefined : fault;
}

function scan(text: string): { offset: number; trailing: boolean } {
  const n = text.length;
  const stack: ('array' | 'object')[] = [];
  let i = 0;
  let expect: 'value' | 'firstValue' | 'key' | 'firstKey' | 'after' = 'value';
  const space = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
  };
  for (;;) {
    space();
    const c = text[i];
    switch (expect) {
      case 'firstValue':
        if (c === ']') {
          stack.pop();
          i++;
          expect = 'after';
        } else expect = 'value';
        break;
      case 'firstKey':
        if (c === '}') {
          stack.pop();
          i++;
          expect = 'after';
        } else expect = 'key';
        break;
      case 'key':
        if (c !== '"' || !skipString()) return { offset: i, trailing: false };
        space();
        if (text[i] !== ':') return { offset: i, trailing: false };
        i++;
        expect = 'value';
        break;
      case 'value':
        if (c === '{') {
          stack.push('object');
          i++;
          expect = 'firstKey';
        } else if (c === '[') {
          stack.push('array');
          i++;
          expect = 'firstValue';
        } else if (c === '"') {
          if (!skipString()) return { offset: i, trailing: false };
          expect = 'after';
        } else if (!skipNumber() && !skipLiteral()) return { offset: i, trailing: false };
        else expect = 'after';
        break;
      case 'after': {
        const top = stack.at(-1);
        if (top === undefined) return { offset: i < n ? i : -1, trailing: i < n };
        if (c === ',') {
          i++;
          expect = top === 'array' ? 'value' : 'key';
        } else if (c === (top === 'array' ? ']' : '}')) {
          stack.pop();
          i++;
        } else return { offset: i, trailing: false };
        break;
      }
    }
  }

  /** Skips a string starting at `"`; false (with `i` at the fault) when it is not one. */
  function skipString(): boolean {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else i++;
    }
    return false;
  }

  function skipNumber(): boolean {
    NUMBER.lastIndex = i;
    const match = NUMBER.exec(text);
    if (match === null) return false;
    i = NUMBER.lastIndex;
    return true;
  }

  function skipLiteral(): boolean {
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return true;
      }
    }
    return false;
  }
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
