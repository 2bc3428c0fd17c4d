import { certificateLink, qrDrawing } from '@credit-village/core';
import fc from 'fast-check';
import decodeQR from 'qr/decode.js';
import { describe, expect, it } from 'vitest';
import { runs } from '../../../test/setup-fast-check.js';

// The QR drawing of certificates (the command's pages, the app's 码上填): the path is read back
// into modules here, painted as pixels and scanned by the `qr` package's camera decoder.

const SCALE = 4;

/** The path's runs back into a grid of dark modules. */
function modules(size: number, d: string): boolean[][] {
  const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  let x = 0;
  let y = 0;
  for (const [, command, a, b, run] of d.matchAll(/([Mm])(-?\d+) (-?\d+(?:\.5)?)h(\d+)/g)) {
    if (command === 'M') {
      x = Number(a);
      y = Math.floor(Number(b));
    } else x += Number(a);
    for (let i = 0; i < Number(run); i++) (grid[y] as boolean[])[x + i] = true;
    x += Number(run);
  }
  return grid;
}

/** The grid as an RGBA image, `SCALE` pixels a module. */
function image(grid: boolean[][]) {
  const width = grid.length * SCALE;
  const data = new Uint8ClampedArray(width * width * 4);
  for (let py = 0; py < width; py++)
    for (let px = 0; px < width; px++) {
      const dark = grid[Math.floor(py / SCALE)]?.[Math.floor(px / SCALE)] === true;
      data.fill(dark ? 0 : 255, (py * width + px) * 4, (py * width + px) * 4 + 3);
      data[(py * width + px) * 4 + 3] = 255;
    }
  return { width, height: width, data };
}

const scan = (text: string) => {
  const qr = qrDrawing(text);
  if (qr === undefined) throw new Error('no QR code');
  return decodeQR(image(modules(qr.size, qr.d)));
};

describe('qrDrawing', () => {
  it('scans back to a certificate link, with a quiet zone of 4 modules', () => {
    const link = certificateLink(`CV1.${'A'.repeat(160)}.${'B'.repeat(86)}`, 'https://cv.example/');
    expect(scan(link)).toBe(link);
    const qr = qrDrawing(link);
    const grid = modules(qr?.size ?? 0, qr?.d ?? '');
    for (const row of [...grid.slice(0, 4), ...grid.slice(-4)])
      expect(row.some(Boolean)).toBe(false);
  });

  it('scans back to any text it draws', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 120, unit: 'grapheme-ascii' }), (text) => {
        expect(scan(text)).toBe(text);
      }),
      { numRuns: runs(25) },
    );
  });

  it('is undefined for a text too long for any QR code', () => {
    expect(qrDrawing('x'.repeat(8000))).toBeUndefined();
  });
});
