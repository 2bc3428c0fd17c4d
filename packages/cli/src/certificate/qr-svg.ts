import { qrDrawing } from '@credit-village/core';

/**
 * A QR code of `text` as an inline SVG, drawn by the core (`qrDrawing`: error correction,
 * quiet zone, one path of runs). `undefined` when the text is too long for any QR code.
 */
export function qrSvg(text: string): string | undefined {
  const qr = qrDrawing(text);
  if (qr === undefined) return undefined;
  const { size, d } = qr;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="证书二维码 certificate QR code" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path stroke="#000" stroke-width="1" d="${d}"/></svg>`;
}
