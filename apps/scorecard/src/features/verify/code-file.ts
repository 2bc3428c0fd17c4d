import { certificateCodeFrom } from '../../lib/core-adapter';
import { qrDetector } from './qr-detector';

/** A chosen file as read: the first certificate code in it, or why none was found. */
export type CodeFileRead =
  | {
      readonly ok: true;
      readonly code: string;
      /** Whether the file holds more codes than the one checked. */
      readonly more: boolean;
    }
  | {
      readonly ok: false;
      readonly problem: 'empty' | 'noImageReader' | 'readerNotLoaded' | 'noQrInImage';
    };

/** How much of a text file is read: a county's certificates.ndjson can be tens of megabytes. */
const TEXT_BYTES = 1 << 20;

/**
 * The certificate code in a file: a photo or screenshot of the QR code (read by the browser's
 * own QR reader, or else by the bundled decoder, fetched only now), or text with one code or
 * verification link per line, such as the `certificates.ndjson` that `certify` writes (each
 * line's `code`). The first code is taken.
 */
export async function readCodeFile(file: Blob): Promise<CodeFileRead> {
  if (file.type.startsWith('image/')) return readImage(file);
  const text = await file.slice(0, TEXT_BYTES).text();
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const first = lines[0];
  if (first === undefined) return { ok: false, problem: 'empty' };
  return { ok: true, code: codeOfLine(first), more: lines.length > 1 || file.size > TEXT_BYTES };
}

/** A line of certificates.ndjson gives its `code`; any other line is a code or a link. */
function codeOfLine(line: string): string {
  if (!line.startsWith('{')) return certificateCodeFrom(line);
  try {
    const value = JSON.parse(line) as { code?: unknown };
    return typeof value.code === 'string' ? certificateCodeFrom(value.code) : line;
  } catch {
    return line;
  }
}

async function readImage(file: Blob): Promise<CodeFileRead> {
  if (typeof globalThis.createImageBitmap !== 'function') {
    return { ok: false, problem: 'noImageReader' };
  }
  const reader = await qrDetector();
  if (!reader.ok) {
    return {
      ok: false,
      problem: reader.problem === 'notLoaded' ? 'readerNotLoaded' : 'noImageReader',
    };
  }
  try {
    const bitmap = await createImageBitmap(file);
    try {
      // The bundled decoder finds one code at most: `more` is then always false.
      const found = await reader.detector.detect(bitmap);
      const first = found[0];
      return first === undefined
        ? { ok: false, problem: 'noQrInImage' }
        : { ok: true, code: certificateCodeFrom(first.rawValue), more: found.length > 1 };
    } finally {
      bitmap.close();
    }
  } catch {
    // Not an image the browser can decode.
    return { ok: false, problem: 'noQrInImage' };
  }
}
