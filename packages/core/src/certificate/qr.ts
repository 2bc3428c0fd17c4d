import encodeQR from 'qr';

/** A QR code drawn as one SVG path: `size` modules square (quiet zone included), path `d`. */
export interface QrDrawing {
  readonly size: number;
  /** Horizontal runs of dark modules, stroked 1 module wide through their middle. */
  readonly d: string;
}

/**
 * The QR code of `text` (a certificate's code or its link), drawn for print and screen alike:
 * one SVG path of horizontal runs (a third of the size of one square per module, so a village's
 * page of certificates stays small), error correction `medium` (15 %: a folded or stained
 * printout still scans), `low` when the text would not fit otherwise, and a quiet zone of
 * 4 modules as ISO/IEC 18004 asks. `undefined` when the text is too long for any QR code.
 * The `qr` package encodes; the command's certificate pages and the web scorecard's printed
 * application (码上填) both draw from here.
 *
 * @example
 * const qr = qrDrawing(link);
 * // <svg viewBox="0 0 {size} {size}"><path stroke="#000" stroke-width="1" d="{d}"/></svg>
 */
export function qrDrawing(text: string): QrDrawing | undefined {
  const matrix = encode(text);
  if (matrix === undefined) return undefined;
  let d = '';
  matrix.forEach((row, y) => {
    let x = 0;
    let penX: number | undefined;
    while (x < row.length) {
      if (row[x] !== true) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x] === true) x++;
      d += penX === undefined ? `M${start} ${y}.5h${x - start}` : `m${start - penX} 0h${x - start}`;
      penX = x;
    }
  });
  return { size: matrix.length, d };
}

function encode(text: string): boolean[][] | undefined {
  for (const ecc of ['medium', 'low'] as const) {
    try {
      return encodeQR(text, 'raw', { ecc, border: 4 });
    } catch {
      // Too long at this level: try the next.
    }
  }
  return undefined;
}
