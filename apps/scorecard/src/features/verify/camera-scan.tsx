import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/index';
import { type CameraSupport, cameraSupport, type QrDetector, qrDetector } from './qr-detector';

/** How often a video frame is searched for a QR code while scanning. */
const FRAME_MS = 250;

/**
 * Why a scan stopped without a code: the camera refused, missing or broken, or no QR reader
 * (`notLoaded`: the bundled decoder could not be fetched).
 */
type ScanFailure = 'denied' | 'noCamera' | 'failed' | 'noDetector' | 'notLoaded';

/**
 * Scanning a certificate's QR code with the camera, where the browser allows it (a QR reader,
 * its own or the bundled one; a camera; a secure page). Where it does not, it says so in words
 * and the code is pasted or opened from a file instead: nothing here may stop the page from
 * working.
 */
export function CameraScan({ onCode }: { readonly onCode: (text: string) => void }) {
  const { t } = useI18n();
  const [support, setSupport] = useState<CameraSupport | 'checking'>('checking');
  const [scanning, setScanning] = useState(false);
  const [failure, setFailure] = useState<ScanFailure | null>(null);

  useEffect(() => {
    let live = true;
    void cameraSupport().then((found) => {
      if (live) setSupport(found);
    });
    return () => {
      live = false;
    };
  }, []);

  if (support === 'checking') return null;
  if (support !== 'yes') {
    return (
      <p class="scan-note muted" data-testid="scan-unsupported">
        {t(`verify.scan.${support}`)}
      </p>
    );
  }
  return (
    <div class="camera-scan">
      {scanning ? (
        <Scanner
          onCode={(text) => {
            setScanning(false);
            onCode(text);
          }}
          onFailure={(why) => {
            setScanning(false);
            setFailure(why);
          }}
          onStop={() => setScanning(false)}
        />
      ) : (
        <button
          type="button"
          class="button"
          data-testid="scan-start"
          onClick={() => {
            setFailure(null);
            setScanning(true);
          }}
        >
          {t('verify.scan.start')}
        </button>
      )}
      {failure === null ? null : (
        <p class="notice notice-warn" role="alert" data-testid="scan-failed">
          {t(`verify.scan.${failure}`)}
        </p>
      )}
    </div>
  );
}

/** The camera's picture while it is searched for a QR code; the camera stops on unmount. */
function Scanner({
  onCode,
  onFailure,
  onStop,
}: {
  readonly onCode: (text: string) => void;
  readonly onFailure: (why: ScanFailure) => void;
  readonly onStop: () => void;
}) {
  const { t } = useI18n();
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const stop = () => {
      live = false;
      if (timer !== undefined) clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
    const search = async (detector: QrDetector, element: HTMLVideoElement) => {
      if (!live) return;
      try {
        // A frame not yet decoded (readyState < 2) has nothing to search.
        const found = element.readyState >= 2 ? await detector.detect(element) : [];
        const text = found.find((code) => code.rawValue.trim() !== '')?.rawValue;
        if (live && text !== undefined) {
          stop();
          onCode(text);
          return;
        }
      } catch {
        // One bad frame: try the next.
      }
      if (live) timer = setTimeout(() => void search(detector, element), FRAME_MS);
    };
    const start = async () => {
      // The bundled decoder, where it is the reader, is fetched here: only when a scan starts.
      const found = await qrDetector();
      if (!live) return;
      if (!found.ok) return onFailure(found.problem === 'notLoaded' ? 'notLoaded' : 'noDetector');
      const detector = found.detector;
      const element = video.current;
      if (element === null) return onFailure('failed');
      try {
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: { ideal: 'environment' } },
          audio: false,
        });
      } catch (error) {
        const name = (error as { name?: unknown }).name;
        return onFailure(
          name === 'NotAllowedError' || name === 'SecurityError'
            ? 'denied'
            : name === 'NotFoundError' || name === 'OverconstrainedError'
              ? 'noCamera'
              : 'failed',
        );
      }
      if (!live) return stop();
      try {
        element.srcObject = stream;
      } catch {
        stop();
        return onFailure('failed');
      }
      try {
        await element.play();
      } catch {
        // Autoplay of a muted inline video is allowed; a refusal still leaves frames to read.
      }
      void search(detector, element);
    };
    void start();
    return stop;
  }, []);
  return (
    <div class="scanner" data-testid="scanner">
      <video
        ref={video}
        class="scanner-video"
        muted
        playsInline
        aria-label={t('verify.scan.video')}
      />
      <p class="muted" role="status">
        {t('verify.scan.aim')}
      </p>
      <button type="button" class="button" onClick={onStop}>
        {t('verify.scan.stop')}
      </button>
    </div>
  );
}
