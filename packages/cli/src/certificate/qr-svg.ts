import encodeQR from 'qr';

/**
 * A QR code of `text` as an inline SVG (the `qr` package encodes; the drawing is one path of
 * horizontal runs, a third of the size of one square per module, so a village's page stays
 * small). Error correction `medium` (15 %: a folded or stained printout still scans), `low`
 * when the text would not fit otherwise; a quiet zone of 4 modules as ISO/IEC 18004 asks.
 * `undefined` when the text is too long for any QR code.
 */
export function qrSvg(text: string): string | undefined {
  const matrix = encode(text);
  if (matrix === undefined) return undefined;
  const size = matrix.length;
  let d = '';
  matrix.forEach((row, y) => {
    let x = 0;
    let penX: number | undefined;
    while (x < size) {
      if (row[x] !== true) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && row[x] === true) x++;
      d += penX === undefined ? `M${start} ${y}.5h${x - start}` : `m${start - penX} 0h${x - start}`;
      penX = x;
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="证书二维码 certificate QR code" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path stroke="#000" stroke-width="1" d="${d}"/></svg>`;
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
