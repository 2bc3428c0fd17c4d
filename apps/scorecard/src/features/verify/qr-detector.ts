/**
 * The browser's own QR reader (the Barcode Detection API), where there is one: Chrome and Edge
 * on Android, Safari and Chrome on macOS, ChromeOS. No library is bundled for it: a QR decoder
 * is large, and where this API is missing a code is pasted or opened from a file instead.
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
 * A QR detector, or `undefined` when the browser cannot read QR codes. Never throws: a
 * detector that fails to start counts as none.
 */
export async function qrDetector(): Promise<QrDetector | undefined> {
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

/** Whether a scan with the camera can be offered, or why not. */
export type CameraSupport = 'yes' | 'noDetector' | 'insecure' | 'noCamera';

/**
 * Whether the camera can scan here: a QR detector, a secure page (browsers give the camera
 * only to `https:` and `localhost`), and a camera API. Which camera (and whether the user
 * allows it) is known only when the scan starts.
 */
export async function cameraSupport(): Promise<CameraSupport> {
  if ((await qrDetector()) === undefined) return 'noDetector';
  if (globalThis.isSecureContext === false) return 'insecure';
  if (typeof globalThis.navigator?.mediaDevices?.getUserMedia !== 'function') return 'noCamera';
  return 'yes';
}
