/**
 * A JSON reader for documents too large to hold: top-level objects (one, or one per line as in
 * NDJSON) read from chunks of bytes, each member handed over as soon as it is complete, and
 * the elements of one chosen array member (`villages`) handed over one by one, so memory holds
 * one element at a time whatever the document's size.
 *
 * Why not a streaming parser from npm: the maintained ones (`@streamparser/json`, `stream-json`)
 * build every value token by token in JavaScript, several times slower than the engine's own
 * `JSON.parse`. This reader only finds where each value begins and ends (a byte scan of
 * strings and brackets) and lets `JSON.parse` do the parsing, so a result document streams
 * about as fast as it could be read whole. It needs only `Uint8Array` and `TextDecoder`, and
 * would run in a browser as it is.
 */

/** What the reader reports, in document order. */
export interface JsonStreamHandler {
  /** A top-level object begins on this line (1-based; NDJSON's line number). */
  begin(line: number): void;
  /** A member of the top-level object, other than the streamed array, parsed whole. */
  member(key: string, value: unknown): void;
  /** The streamed array member begins. */
  stream(key: string): void;
  /** One element of the streamed array, parsed; `index` counts from 0. */
  element(value: unknown, index: number): void;
  /** The top-level object ended. */
  end(): void;
}

/** A document that is not JSON, or not top-level objects: where (byte offset) and why. */
export class JsonStreamError extends Error {
  override readonly name = 'JsonStreamError';
  readonly offset: number;

  constructor(offset: number, why: string) {
    super(`${why} (at byte ${offset})`);
    this.offset = offset;
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;
const NEWLINE = 0x0a;
const BOM = [0xef, 0xbb, 0xbf];

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

type State =
  | 'top' // between top-level objects
  | 'firstKey' // after `{`: a key or `}`
  | 'key' // after `,` in the object: a key
  | 'colon'
  | 'value' // a member's value
  | 'afterMember' // `,` or `}`
  | 'firstElement' // after `[` of the streamed array: an element or `]`
  | 'element' // after `,` in the streamed array
  | 'afterElement' // `,` or `]`
  | 'scan'; // inside a value (or key) being cut out

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads top-level JSON objects from byte chunks; see the module's description. */
export class JsonObjectStream {
  readonly #streamed: string;
  readonly #handler: JsonStreamHandler;
  #state: State = 'top';
  /** Bytes before the current chunk. */
  #offset = 0;
  #line = 1;
  #keys = new Set<string>();
  #key = '';
  #index = 0;
  // The value being cut out: its bytes so far, and how to tell where it ends.
  #parts: Uint8Array[] = [];
  #start = 0;
  #depth = 0;
  #inString = false;
  #escape = false;
  #primitive = false;
  #what: 'key' | 'member' | 'element' = 'member';
  /** The next backslash in the current chunk at or after where a string is read (-1: none). */
  #slash = -2;
  #after: State = 'afterMember';

  readonly #parseElement: (text: string) => unknown;

  /**
   * @param parseElement how an element of the streamed array is parsed from its text
   *   (`JSON.parse` by default; the ledger's lines use the core's reader, which also finds
   *   keys written twice). It throws when the text is not JSON.
   */
  constructor(
    streamed: string,
    handler: JsonStreamHandler,
    parseElement: (text: string) => unknown = JSON.parse,
  ) {
    this.#streamed = streamed;
    this.#handler = handler;
    this.#parseElement = parseElement;
  }

  /**
   * Reads the next chunk.
   *
   * @throws {JsonStreamError} when the bytes are not JSON objects.
   */
  push(chunk: Uint8Array): void {
    let i = 0;
    const n = chunk.length;
    // A byte-order mark at the very start is skipped, however the first chunks fall.
    while (this.#offset + i < 3 && i < n && chunk[i] === BOM[this.#offset + i]) i++;
    this.#slash = -2;
    while (i < n) {
      if (this.#state === 'scan') {
        i = this.#scan(chunk, i);
        continue;
      }
      const b = chunk[i] as number;
      if (isSpace(b)) {
        if (b === NEWLINE && this.#state === 'top') this.#line++;
        i++;
        continue;
      }
      const at = this.#offset + i;
      switch (this.#state) {
        case 'top':
          if (b !== OPEN_BRACE) throw new JsonStreamError(at, 'expected a JSON object');
          this.#keys = new Set();
          this.#handler.begin(this.#line);
          this.#state = 'firstKey';
          i++;
          break;
        case 'firstKey':
        case 'key':
          if (b === CLOSE_BRACE && this.#state === 'firstKey') {
            this.#endObject();
            i++;
          } else if (b === QUOTE) this.#begin(chunk, i, 'key', 'colon');
          else throw new JsonStreamError(at, 'expected a key in double quotes');
          break;
        case 'colon':
          if (b !== COLON) throw new JsonStreamError(at, 'expected ":" after a key');
          this.#state = 'value';
          i++;
          break;
        case 'value':
          if (this.#key === this.#streamed && b === OPEN_BRACKET) {
            this.#handler.stream(this.#key);
            this.#index = 0;
            this.#state = 'firstElement';
            i++;
          } else this.#begin(chunk, i, 'member', 'afterMember');
          break;
        case 'afterMember':
          if (b === COMMA) this.#state = 'key';
          else if (b === CLOSE_BRACE) this.#endObject();
          else throw new JsonStreamError(at, 'expected "," or "}" after a value');
          i++;
          break;
        case 'firstElement':
          if (b === CLOSE_BRACKET) {
            this.#state = 'afterMember';
            i++;
            break;
          }
          this.#begin(chunk, i, 'element', 'afterElement');
          break;
        case 'element':
          this.#begin(chunk, i, 'element', 'afterElement');
          break;
        case 'afterElement':
          if (b === COMMA) this.#state = 'element';
          else if (b === CLOSE_BRACKET) this.#state = 'afterMember';
          else throw new JsonStreamError(at, 'expected "," or "]" after an element');
          i++;
          break;
      }
    }
    if (this.#state === 'scan') this.#parts.push(chunk.subarray(this.#start));
    this.#start = 0;
    this.#offset += n;
  }

  /**
   * Ends the input.
   *
   * @throws {JsonStreamError} when it ends inside an object, or held no object at all.
   */
  finish(): void {
    if (this.#state !== 'top') throw new JsonStreamError(this.#offset, 'the text ends too early');
  }

  /** Starts cutting out a value (or a key) at `chunk[i]`. */
  #begin(chunk: Uint8Array, i: number, what: 'key' | 'member' | 'element', after: State): void {
    const b = chunk[i] as number;
    this.#what = what;
    this.#after = after;
    this.#state = 'scan';
    this.#parts = [];
    this.#start = i;
    this.#depth = 0;
    this.#inString = false;
    this.#escape = false;
    this.#primitive = b !== QUOTE && b !== OPEN_BRACE && b !== OPEN_BRACKET;
  }

  /** Scans the value being cut out from `chunk[i]`; returns where scanning stopped. */
  #scan(chunk: Uint8Array, from: number): number {
    const n = chunk.length;
    let i = from;
    if (this.#primitive) {
      while (i < n) {
        const b = chunk[i] as number;
        if (b === COMMA || b === CLOSE_BRACE || b === CLOSE_BRACKET || isSpace(b)) {
          this.#complete(chunk, i);
          return i; // the delimiter is read in the next state
        }
        i++;
      }
      return n;
    }
    while (i < n) {
      if (this.#inString) {
        if (this.#escape) {
          this.#escape = false;
          i++;
          continue;
        }
        // Jump to the next quote or backslash (the engine's search is far faster than a loop;
        // the next backslash is remembered, since most strings have none).
        const quote = chunk.indexOf(QUOTE, i);
        if (this.#slash !== -1 && this.#slash < i) this.#slash = chunk.indexOf(BACKSLASH, i);
        const slash = this.#slash;
        if (slash !== -1 && (quote === -1 || slash < quote)) {
          this.#escape = true;
          i = slash + 1;
          continue;
        }
        if (quote === -1) return n;
        this.#inString = false;
        i = quote + 1;
        if (this.#depth === 0) {
          this.#complete(chunk, i);
          return i;
        }
        continue;
      }
      const b = chunk[i] as number;
      if (b === QUOTE) this.#inString = true;
      else if (b === OPEN_BRACE || b === OPEN_BRACKET) this.#depth++;
      else if (b === CLOSE_BRACE || b === CLOSE_BRACKET) {
        this.#depth--;
        if (this.#depth === 0) {
          this.#complete(chunk, i + 1);
          return i + 1;
        }
      }
      i++;
    }
    return n;
  }

  /** The value being cut out ends before `chunk[end]`: parse it and hand it over. */
  #complete(chunk: Uint8Array, end: number): void {
    const last = chunk.subarray(this.#start, end);
    const bytes = this.#parts.length === 0 ? last : concat([...this.#parts, last]);
    const at = this.#offset + end - bytes.length;
    let value: unknown;
    try {
      const text = decoder.decode(bytes);
      value = this.#what === 'element' ? this.#parseElement(text) : JSON.parse(text);
    } catch (error) {
      throw new JsonStreamError(
        at,
        error instanceof TypeError ? 'not valid UTF-8 text' : 'not valid JSON',
      );
    }
    this.#parts = [];
    this.#state = this.#after;
    switch (this.#what) {
      case 'key':
        if (typeof value !== 'string') throw new JsonStreamError(at, 'expected a key');
        if (this.#keys.has(value))
          throw new JsonStreamError(at, `the key "${value}" appears twice`);
        this.#keys.add(value);
        this.#key = value;
        break;
      case 'member':
        this.#handler.member(this.#key, value);
        break;
      case 'element':
        this.#handler.element(value, this.#index++);
        break;
    }
  }

  #endObject(): void {
    this.#state = 'top';
    this.#handler.end();
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
