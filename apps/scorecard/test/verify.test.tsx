/**
 * The verify page (核验, issue 18): trust lists loaded, shown, kept, refused and removed;
 * certificates signed here with the core checked from a paste, a link, a file or the camera.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { App } from '../src/app';
import { TRUST_KEY } from '../src/features/verify/saved-trust';
import { memoryStore } from '../src/lib/persist/store';
import {
  entityCertificate,
  HEAD,
  householdCertificate,
  ISSUER,
  LAPSED,
  raisedLimit,
  testOffice,
} from './certificates';
import { byId } from './helpers';
import { blankPixels, type Pixels, qrPixels } from './qr-pixels';

const office = testOffice();
const household = householdCertificate(office);

beforeEach(() => {
  localStorage.clear();
  location.hash = '';
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** The app on the verify page, with a store to keep the trust list in. */
function openPage(hash = '#/verify') {
  location.hash = hash;
  const store = memoryStore();
  render(<App session={{ store, saved: new Map() }} />);
  return store;
}

function pasteTrust(text: string): void {
  const details = document.querySelector<HTMLDetailsElement>('.trust-details');
  if (details !== null) details.open = true;
  fireEvent.input(byId<HTMLTextAreaElement>('trust-text'), { target: { value: text } });
  fireEvent.click(
    screen.getByRole('button', { name: /^(载入粘贴的信任列表|Load the pasted trust list)$/ }),
  );
}

/** Pastes a code into the code box: checked at once. */
function pasteCode(code: string): void {
  fireEvent.input(byId<HTMLTextAreaElement>('verify-code'), {
    target: { value: code },
    inputType: 'insertFromPaste',
  });
}

function verdict(): { status: string | null; text: string } {
  const view = screen.getByTestId('verdict');
  return { status: view.getAttribute('data-status'), text: view.textContent ?? '' };
}

describe('the trust list', () => {
  test('the page is in the navigation; without a trust list it asks for one first', () => {
    render(<App />);
    fireEvent.click(screen.getByRole('link', { name: '核验证书' }));
    expect(location.hash).toBe('#/verify');
    expect(screen.getByRole('heading', { name: '核验评定证书（码上查）' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '第一步：载入发证机关的信任列表' })).toBeTruthy();
    expect(byId('trust-file').labels?.[0]?.textContent).toBe('打开信任列表文件');
  });

  test('a pasted list shows each key and is kept; a new app starts with it', async () => {
    const store = openPage();
    pasteTrust(office.trustText);
    expect(screen.getByTestId('trust-notice').textContent).toBe('信任列表已载入，并保存在本机。');
    expect(screen.getByTestId('trust-summary').textContent).toContain(`已信任 1 个密钥：${ISSUER}`);
    const keys = screen.getByTestId('trust-keys').textContent ?? '';
    expect(keys).toContain('wj-test');
    expect(keys).toContain(office.trustList.keys[0]?.x);
    await waitFor(async () => expect(await store.get(TRUST_KEY)).toBeDefined());

    cleanup();
    render(<App session={{ store, saved: new Map([[TRUST_KEY, await store.get(TRUST_KEY)]]) }} />);
    expect(screen.getByTestId('trust-summary').textContent).toContain('由粘贴载入');
    pasteCode(household.code);
    expect(verdict().status).toBe('valid');
  });

  test('refused lists say why in words, and the list in use stays', () => {
    openPage();
    pasteTrust(office.trustText);
    const refusedWith = (text: string) => {
      pasteTrust(text);
      return screen.getByTestId('trust-refused').textContent ?? '';
    };
    expect(refusedWith('{ "keys": [')).toContain('内容不是有效的 JSON');
    expect(refusedWith(JSON.stringify(office.privateKey))).toContain('这是私钥文件，不是信任列表');
    expect(refusedWith('{ "keys": [], "keys": [] }')).toContain('有字段重复出现');
    const bad = refusedWith(JSON.stringify({ keys: [{ kid: 'k', x: 'abc' }] }));
    expect(bad).toContain('第 1 个密钥 › 公钥：');
    expect(bad).toContain('43 个字符');
    expect(refusedWith(JSON.stringify({ keys: [] }))).toContain('列表中没有任何密钥');
    // The private key's secret is never shown, and the trusted key is still the office's.
    expect(document.body.textContent).not.toContain(office.privateKey.d);
    expect(screen.getByTestId('trust-summary').textContent).toContain('已信任 1 个密钥');
    pasteCode(household.code);
    expect(verdict().status).toBe('valid');
  });

  test('a store edited by hand is checked again: an unusable list is dropped', async () => {
    const store = memoryStore();
    const edited = { v: 1, keys: [{ kid: 'k', x: 'not a key' }] };
    await store.set(TRUST_KEY, edited);
    render(<App session={{ store, saved: new Map([[TRUST_KEY, edited]]) }} />);
    fireEvent.click(screen.getByRole('link', { name: '核验证书' }));
    expect(screen.getByRole('heading', { name: '第一步：载入发证机关的信任列表' })).toBeTruthy();
    await waitFor(async () => expect(await store.get(TRUST_KEY)).toBeUndefined());
  });

  test('removing the list asks first; then nothing can be checked until one is loaded', async () => {
    const store = openPage();
    pasteTrust(office.trustText);
    await waitFor(async () => expect(await store.get(TRUST_KEY)).toBeDefined());
    const confirm = vi.fn(() => false);
    vi.stubGlobal('confirm', confirm);
    fireEvent.click(screen.getByRole('button', { name: '删除信任列表' }));
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('trust-summary')).toBeTruthy();
    confirm.mockReturnValue(true);
    fireEvent.click(screen.getByRole('button', { name: '删除信任列表' }));
    expect(screen.getByTestId('trust-notice').textContent).toBe('信任列表已删除。');
    await waitFor(async () => expect(await store.get(TRUST_KEY)).toBeUndefined());
    pasteCode(household.code);
    expect(screen.getByTestId('verdict').textContent).toContain('尚未载入信任列表，无法核验');
  });
});

describe('checking a certificate', () => {
  test('genuine: 有效, large, with masked personal data, the grade label and the limit to the fen', () => {
    openPage();
    pasteTrust(office.trustText);
    pasteCode(household.code);
    const { status, text } = verdict();
    expect(status).toBe('valid');
    expect(screen.getByRole('heading', { level: 3, name: /有效/ })).toBe(document.activeElement);
    const field = (name: string) =>
      document.querySelector(`[data-field=${name}]`)?.textContent ?? '';
    expect(field('name')).toBe('王**');
    expect(field('idNumber')).toBe('3408**********1234');
    expect(field('grade')).toContain('AAA');
    expect(field('grade')).toContain('优秀');
    expect(field('limit')).toBe('163,000.00 元');
    expect(field('evalYear')).toBe('2024 年度');
    expect(field('issuer')).toBe(ISSUER);
    expect(field('validity')).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 至 \d{4}年\d{1,2}月\d{1,2}日$/);
    expect(text).not.toContain(HEAD.name);
    expect(text).not.toContain(HEAD.idNumber);
    // A household certificate is not for a guaranteed loan.
    expect(screen.queryByTestId('apply-start')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(verdict().text).toContain('Valid');
    expect(field('grade')).toContain('Excellent');
    expect(field('limit')).toBe('163,000.00 yuan');
  });

  test('forged, altered, of another office or not a code: 无效, with why in words and nothing of it', () => {
    openPage();
    pasteTrust(office.trustText);
    const refused = (code: string) => {
      pasteCode(code);
      const seen = verdict();
      expect(seen.status).toBe('invalid');
      expect(seen.text).toContain('无效');
      expect(seen.text).not.toContain('163,000');
      expect(document.querySelector('[data-field]')).toBeNull();
      return screen.getByTestId('verdict-reason').textContent ?? '';
    };
    expect(refused(raisedLimit(household.code))).toBe('签名不符：证书内容被改动，或是伪造的。');
    const other = householdCertificate(testOffice('other-office'));
    expect(refused(other.code)).toBe(
      '签发密钥「other-office」不在本机的信任列表中，无法确认是谁签发的。',
    );
    expect(refused('CV1.abc')).toContain('这不是完整的证书码');
    expect(refused(`CV2.${household.code.slice(4)}`)).toBe('证书版本较新，本页面无法识别。');
    // Never the core's codes.
    expect(document.body.textContent).not.toMatch(/bad_signature|unknown_key|malformed/);
  });

  test('expired: 已过期, with the last day and today; the fields are still shown', () => {
    openPage();
    pasteTrust(office.trustText);
    pasteCode(householdCertificate(office, LAPSED).code);
    const { status, text } = verdict();
    expect(status).toBe('expired');
    expect(text).toContain('已过期');
    expect(text).toContain('已于 2023年2月8日 到期');
    expect(text).toContain('163,000.00 元');
  });

  test('typing waits for 核验 (or Enter); an empty box says what to do', () => {
    openPage();
    pasteTrust(office.trustText);
    const box = byId<HTMLTextAreaElement>('verify-code');
    fireEvent.input(box, {
      target: { value: household.code.slice(0, 30) },
      inputType: 'insertText',
    });
    expect(screen.queryByTestId('verdict')).toBeNull();
    fireEvent.input(box, { target: { value: household.code }, inputType: 'insertText' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(verdict().status).toBe('valid');
    fireEvent.click(screen.getByRole('button', { name: '清空' }));
    fireEvent.click(screen.getByRole('button', { name: '核验' }));
    expect(screen.getByTestId('code-problem').textContent).toBe('请先粘贴、输入或扫描证书码。');
  });

  test('a verification link checks its code when the app opens, and when it is followed', () => {
    const store = memoryStore();
    location.hash = `#/verify/${household.code}`;
    render(<App session={{ store, saved: new Map() }} />);
    expect(screen.getByRole('link', { name: '核验证书' }).getAttribute('aria-current')).toBe(
      'page',
    );
    expect(byId<HTMLTextAreaElement>('verify-code').value).toBe(household.code);
    expect(screen.getByTestId('verdict').textContent).toContain('尚未载入信任列表');
    pasteTrust(office.trustText);
    expect(verdict().status).toBe('valid');

    location.hash = `#/verify/${raisedLimit(household.code)}`;
    fireEvent(window, new HashChangeEvent('hashchange'));
    expect(verdict().status).toBe('invalid');
    // A code checked from the box takes the address: a reload shows the same certificate.
    pasteCode(household.code);
    expect(location.hash).toBe(`#/verify/${household.code}`);
    pasteCode('not a code at all');
    expect(location.hash).toBe('#/verify');
  });

  test('a link pasted whole, or percent-encoded, is the code it carries', () => {
    openPage();
    pasteTrust(office.trustText);
    pasteCode(`  https://county.example/scorecard/#/verify/${household.code}\n`);
    expect(verdict().status).toBe('valid');
    cleanup();
    openPage(`#/verify/${encodeURIComponent(household.code).replace(/\./g, '%2E')}`);
    expect(byId<HTMLTextAreaElement>('verify-code').value).toBe(household.code);
  });
});

/** Chooses a file in a file input, as the file picker would. */
function chooseFile(id: string, file: File): void {
  const input = byId(id);
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('codes from files and the camera', () => {
  test('certificates.ndjson: the first code is checked, and the page says there were more', async () => {
    openPage();
    pasteTrust(office.trustText);
    const entity = entityCertificate(office);
    const lines = [
      JSON.stringify({ kind: 'household', village: 'golden', id: 'H1', code: household.code }),
      JSON.stringify({ kind: 'entity', id: 'COOP1', code: entity.code }),
    ];
    chooseFile('verify-file', new File([`\uFEFF${lines.join('\n')}\n`], 'certificates.ndjson'));
    await waitFor(() =>
      expect(screen.getByTestId('verdict').getAttribute('data-status')).toBe('valid'),
    );
    expect(verdict().text).toContain('文件中不止一个证书码，这里核验的是第一个。');
    expect(verdict().text).toContain('王**');

    chooseFile('verify-file', new File(['\n\n'], 'empty.txt', { type: 'text/plain' }));
    await waitFor(() =>
      expect(screen.getByTestId('code-problem').textContent).toBe('这个文件是空的，没有证书码。'),
    );
  });

  test.each([
    ['no BarcodeDetector', undefined],
    ['a BarcodeDetector that reads no QR code', ['ean_13']],
  ] as const)(
    'with %s, a photo of the QR code is read by the bundled decoder',
    async (_, formats) => {
      const nativeDetect = vi.fn(async () => [{ rawValue: 'not this one' }]);
      if (formats !== undefined) stubDetector(formats, nativeDetect);
      const picture = canvasShowing(qrPixels(`https://x.example/#/verify/${household.code}`));
      openPage();
      pasteTrust(office.trustText);
      chooseFile('verify-file', photo());
      await waitFor(() =>
        expect(screen.getByTestId('verdict').getAttribute('data-status')).toBe('valid'),
      );
      expect(byId<HTMLTextAreaElement>('verify-code').value).toBe(household.code);
      expect(verdict().text).toContain('王**');
      expect(nativeDetect).not.toHaveBeenCalled();
      expect(picture.closed).toBe(1);

      // A picture without a QR code: said, and the page works on.
      canvasShowing(blankPixels(400, 300));
      chooseFile('verify-file', photo());
      await waitFor(() =>
        expect(screen.getByTestId('code-problem').textContent).toBe(
          '图片中没有找到二维码。请换一张清晰、完整的照片，或粘贴证书码。',
        ),
      );
    },
  );

  test('where the decoder cannot be fetched (offline before the app was cached), it is said', async () => {
    vi.doMock('qr/decode.js', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    try {
      canvasShowing(qrPixels(household.code));
      vi.stubGlobal('isSecureContext', true);
      Object.defineProperty(navigator, 'mediaDevices', {
        value: { getUserMedia: vi.fn(async () => new MediaStream()) },
        configurable: true,
      });
      openPage();
      chooseFile('verify-file', photo());
      await waitFor(() =>
        expect(screen.getByTestId('code-problem').textContent).toBe(
          '识别二维码的程序未能载入，可能是网络中断。请联网后刷新本页再试，或粘贴证书码。',
        ),
      );
      fireEvent.click(await screen.findByTestId('scan-start'));
      await waitFor(() =>
        expect(screen.getByTestId('scan-failed').textContent).toBe(
          '扫码程序未能载入，可能是网络中断。请联网后刷新本页再试，或粘贴证书码。',
        ),
      );
    } finally {
      vi.doUnmock('qr/decode.js');
      Reflect.deleteProperty(navigator, 'mediaDevices');
    }
  });

  test("the browser's own QR reader comes first where it reads QR codes", async () => {
    const entity = entityCertificate(office);
    const nativeDetect = vi.fn(async () => [{ rawValue: entity.code }]);
    stubDetector(['qr_code'], nativeDetect);
    // The picture holds another certificate: the bundled decoder would read that one.
    canvasShowing(qrPixels(household.code));
    openPage();
    pasteTrust(office.trustText);
    chooseFile('verify-file', photo());
    await waitFor(() =>
      expect(screen.getByTestId('verdict').getAttribute('data-status')).toBe('valid'),
    );
    expect(nativeDetect).toHaveBeenCalledTimes(1);
    expect(byId<HTMLTextAreaElement>('verify-code').value).toBe(entity.code);
  });

  test('where no QR reader can run (no native one, no 2D canvas), the page says so in Chinese and works on', async () => {
    // What a browser without a 2D canvas is: the bundled decoder cannot read any pixel there.
    vi.stubGlobal('OffscreenCanvas', undefined);
    const getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    vi.stubGlobal('isSecureContext', true);
    openPage();
    await waitFor(() =>
      expect(screen.getByTestId('scan-unsupported').textContent).toBe(
        '此浏览器不能扫码，可能是版本太旧。请将浏览器更新到新版本后再试，或粘贴证书码、打开证书码文件。',
      ),
    );
    expect(getContext).toHaveBeenCalledWith('2d');
    expect(screen.queryByTestId('scan-start')).toBeNull();
    chooseFile('verify-file', photo());
    await waitFor(() =>
      expect(screen.getByTestId('code-problem').textContent).toBe(
        '此浏览器不能从图片中识别二维码，可能是版本太旧。请将浏览器更新到新版本后再试，或粘贴证书码。',
      ),
    );
    pasteTrust(office.trustText);
    pasteCode(household.code);
    expect(verdict().status).toBe('valid');

    fireEvent.click(screen.getByRole('button', { name: 'Switch to English' }));
    expect(screen.getByTestId('scan-unsupported').textContent).toContain(
      'This browser cannot scan QR codes',
    );
  });

  test('a page that is not https cannot use the camera: said in words', async () => {
    stubDetector(['qr_code'], async () => []);
    vi.stubGlobal('isSecureContext', false);
    openPage();
    await waitFor(() =>
      expect(screen.getByTestId('scan-unsupported').textContent).toContain('https'),
    );
  });

  test('with a QR reader and a camera, a scanned code is checked; a refused camera is said', async () => {
    const detect = vi.fn(async () => [
      { rawValue: `https://x.example/#/verify/${household.code}` },
    ]);
    stubDetector(['qr_code', 'ean_13'], detect);
    vi.stubGlobal('isSecureContext', true);
    const stop = vi.fn();
    const camera = () => {
      const stream = new MediaStream();
      stream.getTracks = () => [{ stop } as unknown as MediaStreamTrack];
      return stream;
    };
    const getUserMedia = vi.fn(async () => camera());
    Object.defineProperty(navigator, 'mediaDevices', {
      value: { getUserMedia },
      configurable: true,
    });
    const readyState = vi.spyOn(HTMLMediaElement.prototype, 'readyState', 'get').mockReturnValue(4);
    const play = vi.spyOn(HTMLMediaElement.prototype, 'play').mockResolvedValue(undefined);
    try {
      openPage();
      pasteTrust(office.trustText);
      fireEvent.click(await screen.findByTestId('scan-start'));
      await waitFor(() =>
        expect(screen.getByTestId('verdict').getAttribute('data-status')).toBe('valid'),
      );
      expect(getUserMedia).toHaveBeenCalledWith({
        video: { facingMode: { ideal: 'environment' } },
        audio: false,
      });
      expect(stop).toHaveBeenCalled();
      expect(screen.queryByTestId('scanner')).toBeNull();

      getUserMedia.mockRejectedValueOnce(
        Object.assign(new Error('no'), { name: 'NotAllowedError' }),
      );
      fireEvent.click(screen.getByTestId('scan-start'));
      await waitFor(() =>
        expect(screen.getByTestId('scan-failed').textContent).toContain('没有获准使用摄像头'),
      );
    } finally {
      readyState.mockRestore();
      play.mockRestore();
      Reflect.deleteProperty(navigator, 'mediaDevices');
    }
  });
});

/** A chosen photo: its bytes do not matter, the stand-in canvas gives the picture. */
function photo(): File {
  return new File([new Uint8Array([137, 80, 78, 71])], 'qr.png', { type: 'image/png' });
}

/**
 * A 2D canvas that shows `picture` whatever is drawn on it, and an ImageBitmap of any file:
 * happy-dom draws nothing, so this stands in for the browser's pixels. The decoder that reads
 * them is the real one. Counts how many bitmaps were closed.
 */
function canvasShowing(picture: Pixels): { closed: number } {
  const seen = { closed: 0 };
  vi.stubGlobal(
    'OffscreenCanvas',
    class {
      getContext(kind: string) {
        return kind === '2d' ? { drawImage() {}, getImageData: () => picture } : null;
      }
    },
  );
  vi.stubGlobal('createImageBitmap', async () => ({
    width: picture.width,
    height: picture.height,
    close: () => {
      seen.closed++;
    },
    [Symbol.toStringTag]: 'ImageBitmap',
  }));
  return seen;
}

/** A stand-in for the browser's BarcodeDetector. */
function stubDetector(
  formats: readonly string[],
  detect: (source: unknown) => Promise<{ rawValue: string }[]>,
): void {
  vi.stubGlobal(
    'BarcodeDetector',
    class {
      static getSupportedFormats = async () => formats;
      detect = detect;
    },
  );
}

test('a verdict takes the focus once: coming back to the page leaves it where it is', () => {
  openPage();
  pasteTrust(office.trustText);
  pasteCode(household.code);
  expect(document.activeElement?.id).toBe('verdict-title');
  fireEvent.click(screen.getByRole('link', { name: '农户评分' }));
  const tab = screen.getByRole('link', { name: '核验证书' });
  tab.focus();
  fireEvent.click(tab);
  expect(verdict().status).toBe('valid');
  expect(document.activeElement).toBe(tab);
});
