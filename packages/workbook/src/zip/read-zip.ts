import { Inflate } from 'fflate';
import { utf8Decoder } from '../text-codec.js';
import type { ZipLimits } from './limits.js';

/** Why an archive cannot be read. `detail` is English; the importer words it for a clerk. */
export type ZipProblem =
  | { readonly code: 'not_zip'; readonly detail: string }
  | { readonly code: 'legacy_office'; readonly detail: string }
  | { readonly code: 'corrupt'; readonly detail: string }
  | { readonly code: 'unsupported'; readonly detail: string }
  | { readonly code: 'too_large'; readonly detail: string };

/** Thrown by {@link ZipArchive.read} when an entry breaks the archive or the limits. */
export class ZipError extends Error {
  override readonly name = 'ZipError';
  readonly problem: ZipProblem;
  constructor(problem: ZipProblem) {
    super(problem.detail);
    this.problem = problem;
  }
}

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** An input chunk this small inflates to at most ~16 MB (deflate's ratio is bounded by 1032:1). */
const CHUNK = 16 * 1024;

/**
 * A zip archive read from memory: its directory parsed and checked against the limits, its
 * entries inflated on demand, in chunks, counting every byte against the limits.
 */
export class ZipArchive {
  readonly #bytes: Uint8Array;
  readonly #entries: Map<string, Entry>;
  readonly #limits: ZipLimits;
  #inflated = 0;

  private constructor(bytes: Uint8Array, entries: Map<string, Entry>, limits: ZipLimits) {
    this.#bytes = bytes;
    this.#entries = entries;
    this.#limits = limits;
  }

  /** Reads the archive's directory; every problem found before inflating anything. */
  static open(
    bytes: Uint8Array,
    limits: ZipLimits,
  ): { ok: true; archive: ZipArchive } | { ok: false; problem: ZipProblem } {
    try {
      return { ok: true, archive: new ZipArchive(bytes, readDirectory(bytes, limits), limits) };
    } catch (error) {
      if (error instanceof ZipError) return { ok: false, problem: error.problem };
      throw error;
    }
  }

  /** Whether the archive holds an entry of that name. */
  has(name: string): boolean {
    return this.#entries.has(name);
  }

  /**
   * Inflates one entry, handing its bytes to `onChunk` piece by piece.
   *
   * @throws {ZipError} when the entry is missing, corrupt, larger than it declared, or the
   *   archive's inflated total passes the limit.
   */
  read(name: string, onChunk: (chunk: Uint8Array) => void): void {
    const entry = this.#entries.get(name);
    if (entry === undefined) throw new ZipError({ code: 'corrupt', detail: `no entry ${name}` });
    const start = dataStart(this.#bytes, entry);
    const data = this.#bytes.subarray(start, start + entry.compressedSize);
    let produced = 0;
    // An error of the reader's own (a bug, or a stop) is not a damaged archive: passed on as is.
    let own: { error: unknown } | undefined;
    const take = (chunk: Uint8Array) => {
      produced += chunk.length;
      this.#inflated += chunk.length;
      if (produced > entry.size) {
        throw new ZipError({
          code: 'too_large',
          detail: `${name} inflates to more than the ${entry.size} bytes it declares`,
        });
      }
      if (this.#inflated > this.#limits.maxUncompressedBytes) {
        throw tooLarge(this.#limits);
      }
      if (chunk.length === 0) return;
      try {
        onChunk(chunk);
      } catch (error) {
        own = { error };
        throw error;
      }
    };
    if (entry.method === 0) {
      for (let at = 0; at < data.length; at += CHUNK) take(data.subarray(at, at + CHUNK));
    } else {
      const inflate = new Inflate(take);
      try {
        for (let at = 0; at < data.length; at += CHUNK) {
          inflate.push(data.subarray(at, at + CHUNK), at + CHUNK >= data.length);
        }
        if (data.length === 0) inflate.push(new Uint8Array(0), true);
      } catch (error) {
        if (own !== undefined) throw own.error;
        if (error instanceof ZipError) throw error;
        throw new ZipError({ code: 'corrupt', detail: `${name} does not inflate` });
      }
    }
    if (produced !== entry.size) {
      throw new ZipError({
        code: 'corrupt',
        detail: `${name} inflates to ${produced} bytes, not the ${entry.size} it declares`,
      });
    }
  }
}

function tooLarge(limits: ZipLimits): ZipError {
  return new ZipError({
    code: 'too_large',
    detail: `the workbook would inflate to more than ${limits.maxUncompressedBytes} bytes`,
  });
}

function readDirectory(bytes: Uint8Array, limits: ZipLimits): Map<string, Entry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 8 && view.getUint32(0, false) === 0xd0cf11e0) {
    throw new ZipError({
      code: 'legacy_office',
      detail: 'an OLE compound file: an old .xls workbook, or an encrypted .xlsx',
    });
  }
  if (bytes.length < 22 || view.getUint32(0, true) !== LOCAL) {
    throw new ZipError({ code: 'not_zip', detail: 'not a zip archive' });
  }
  const eocd = findEndOfDirectory(bytes, view);
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    throw new ZipError({
      code: 'unsupported',
      detail: 'a ZIP64 archive (over 4 GB or 65,535 entries)',
    });
  }
  if (count > limits.maxEntries) {
    throw new ZipError({
      code: 'too_large',
      detail: `${count} entries, more than the ${limits.maxEntries} a workbook may hold`,
    });
  }
  if (offset + size > eocd) throw new ZipError({ code: 'corrupt', detail: 'truncated directory' });
  const entries = new Map<string, Entry>();
  let total = 0;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) {
      throw new ZipError({ code: 'corrupt', detail: 'a damaged directory entry' });
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const entrySize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = decodeName(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    if ((flags & 1) !== 0) {
      throw new ZipError({ code: 'unsupported', detail: `${name} is encrypted` });
    }
    if (method !== 0 && method !== 8) {
      throw new ZipError({
        code: 'unsupported',
        detail: `${name} uses compression method ${method}`,
      });
    }
    if (localOffset + 30 + compressedSize > bytes.length) {
      throw new ZipError({ code: 'corrupt', detail: `${name} runs past the end of the file` });
    }
    total += entrySize;
    if (total > limits.maxUncompressedBytes) throw tooLarge(limits);
    entries.set(name, { name, method, compressedSize, size: entrySize, localOffset });
  }
  return entries;
}

function findEndOfDirectory(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new ZipError({ code: 'corrupt', detail: 'no zip directory (a truncated or damaged file)' });
}

function dataStart(bytes: Uint8Array, entry: Entry): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (view.getUint32(at, true) !== LOCAL) {
    throw new ZipError({ code: 'corrupt', detail: `${entry.name} has a damaged header` });
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  if (start + entry.compressedSize > bytes.length) {
    throw new ZipError({ code: 'corrupt', detail: `${entry.name} runs past the end of the file` });
  }
  return start;
}

const utf8 = utf8Decoder(false);

function decodeName(bytes: Uint8Array): string {
  return utf8.decode(bytes).replaceAll('\\', '/');
}
