/**
 * A certificate's QR code as pixels, drawn from the core's `qrDrawing` (the path printed on the
 * certificates and the application), for the tests that give the bundled decoder a picture.
 */
import { qrDrawing } from '@credit-village/core';

/** RGBA pixels, as a 2D canvas's `getImageData` gives them. */
export interface Pixels {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8ClampedArray;
}

/** The QR code of `text`, `scale` pixels a module, black on white (its quiet zone included). */
export function qrPixels(text: string, scale = 4): Pixels {
  const qr = qrDrawing(text);
  if (qr === undefined) throw new Error('too long for a QR code');
  const width = qr.size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [y, from, to] of darkRuns(qr.d)) {
    for (let py = y * scale; py < (y + 1) * scale; py++) {
      data.fill(0, (py * width + from * scale) * 4, (py * width + to * scale) * 4);
    }
  }
  // Opaque again where the runs blackened the alpha too.
  for (let i = 3; i < data.length; i += 4) data[i] = 255;
  return { width, height: width, data };
}

/** A blank white picture: no QR code in it. */
export function blankPixels(width: number, height: number): Pixels {
  return { width, height, data: new Uint8ClampedArray(width * height * 4).fill(255) };
}

/** The path's horizontal runs of dark modules: row, first module, module after the last. */
function darkRuns(d: string): [number, number, number][] {
  const runs: [number, number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, a, b, run] of d.matchAll(/([Mm])(-?\d+) (-?\d+(?:\.5)?)h(\d+)/g)) {
    if (command === 'M') {
      x = Number(a);
      y = Math.floor(Number(b));
    } else x += Number(a);
    runs.push([y, x, x + Number(run)]);
    x += Number(run);
  }
  return runs;
}
