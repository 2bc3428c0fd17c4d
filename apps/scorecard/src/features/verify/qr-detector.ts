/**
 * Reading QR codes from the camera's picture or a photo. The browser's own reader (the Barcode
 * Detection API) comes first where it reads QR codes: Chrome and Edge on Android, Safari and
 * Chrome on macOS, ChromeOS. Elsewhere (Safari on iPhone, Firefox, Chrome on Windows and Linux
 * desktops) the `qr` package's decoder stands in: a `BarcodeDetector` of the same shape that
 * reads the pixels through a 2D canvas. Most browsers that open this page never need it, so it
 * is a chunk of its own (see the README for its size), fetched only when a scan starts or a
 * photo is opened; the service worker caches it with the rest, so it works offline too. It is
 * plain JavaScript (no `eval`, no `new Function`, no WebAssembly), as the CSP asks.
 * Only where neither can run (no 2D canvas) is a code pasted or opened from a text file.
 * The API is not in TypeScript's DOM types yet, so the little that is used is typed here.
 */

/** A code found in an image. */
export interface DetectedBarcode {
  readonly rawValue: string;
}

/** A detector of QR codes in a video frame or an image. */
export interface QrDetector {
  detect(source: ImageBitmapSource): Promise<readonly DetectedBarcode[]>;
}

interface BarcodeDetectorClass {
  new (options?: { readonly formats: readonly string[] }): QrDetector;
  getSupportedFormats?(): Promise<readonly string[]>;
}

/**
 * A QR detector, or why there is none: `unsupported` where neither the browser's reader nor the
 * bundled decoder can run, `notLoaded` where the decoder's file could not be fetched (offline
 * before the app was ever cached whole).
 */
export type QrDetectorFound =
  | { readonly ok: true; readonly detector: QrDetector }
  | { readonly ok: false; readonly problem: 'unsupported' | 'notLoaded' };

/**
 * The browser's QR detector, or else the bundled one (loaded here, the first time). Never
 * throws: a detector that fails to start counts as none.
 */
export async function qrDetector(): Promise<QrDetectorFound> {
  const native = await nativeDetector();
  if (native !== undefined) return { ok: true, detector: native };
  if (!decoderCanRun()) return { ok: false, problem: 'unsupported' };
  try {
    const { BarcodeDetector } = await import('qr/decode.js');
    return { ok: true, detector: new BarcodeDetector({ formats: ['qr_code'] }) };
  } catch {
    return { ok: false, problem: 'notLoaded' };
  }
}

/** Whether QR codes can be read here, without fetching the bundled decoder to find out. */
async function canReadQr(): Promise<boolean> {
  return decoderCanRun() || (await nativeDetector()) !== undefined;
}

/** The browser's own detector, where it has one that reads QR codes. */
async function nativeDetector(): Promise<QrDetector | undefined> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (typeof Detector !== 'function') return undefined;
  try {
    const formats = (await Detector.getSupportedFormats?.()) ?? ['qr_code'];
    if (!formats.includes('qr_code')) return undefined;
    return new Detector({ formats: ['qr_code'] });
  } catch {
    return undefined;
  }
}

/**
 * Whether the bundled decoder can read pixels here: it draws every source on an
 * `OffscreenCanvas` where the browser has one, else on a `<canvas>`, and needs a 2D context of
 * it (Safari 16.0–16.3 have `OffscreenCanvas` without one) and `DOMRectReadOnly`.
 */
function decoderCanRun(): boolean {
  try {
    if (typeof globalThis.DOMRectReadOnly !== 'function') return false;
    if (typeof globalThis.OffscreenCanvas === 'function') {
      return new OffscreenCanvas(1, 1).getContext('2d') !== null;
    }
    return globalThis.document?.createElement('canvas').getContext('2d') != null;
  } catch {
    return false;
  }
}

/** Whether a scan with the camera can be offered, or why not. */
export type CameraSupport = 'yes' | 'noDetector' | 'insecure' | 'noCamera';

/**
 * Whether the camera can scan here: a QR reader, a secure page (browsers give the camera
 * only to `https:` and `localhost`), and a camera API. Which camera (and whether the user
 * allows it) is known only when the scan starts; the bundled decoder is fetched only then.
 */
export async function cameraSupport(): Promise<CameraSupport> {
  if (!(await canReadQr())) return 'noDetector';
  if (globalThis.isSecureContext === false) return 'insecure';
  if (typeof globalThis.navigator?.mediaDevices?.getUserMedia !== 'function') return 'noCamera';
  return 'yes';
}
