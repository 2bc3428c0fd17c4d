/**
 * One timed read of a workbook in its own process (for the workbook benchmark):
 *
 *   node workbook-read.mjs library <file.xlsx>   fflate inflating every part, saxes parsing it,
 *                                                 every cell's value seen: the libraries alone
 *   node workbook-read.mjs import <file.xlsx>     readWorkbook: the same plus the batch document
 *
 * Prints `{ "seconds": …, "cells"|"households": … }`.
 */
import { readFileSync } from 'node:fs';
import { readWorkbook } from '@credit-village/workbook';
import { Inflate } from 'fflate';
import { SaxesParser } from 'saxes';

const [mode, file] = process.argv.slice(2);
const bytes = new Uint8Array(readFileSync(file));
const start = process.hrtime.bigint();
let out;
if (mode === 'library') {
  out = { cells: libraryAlone(bytes) };
} else {
  const read = readWorkbook(bytes);
  if (!read.ok) throw new Error(read.issues[0]?.en);
  out = { households: read.document.villages.reduce((n, v) => n + v.households.length, 0) };
}
console.log(JSON.stringify({ seconds: Number(process.hrtime.bigint() - start) / 1e9, ...out }));

/** Every entry of the zip inflated in chunks and every XML part parsed; counts the <v> values. */
function libraryAlone(zip) {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = zip.length - 22;
  while (view.getUint32(eocd, true) !== 0x06054b50) eocd--;
  let at = view.getUint32(eocd + 16, true);
  const count = view.getUint16(eocd + 10, true);
  let values = 0;
  for (let i = 0; i < count; i++) {
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength));
    at += 46 + skip;
    if (!name.endsWith('.xml')) continue;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const parser = new SaxesParser({ position: false });
    let inValue = false;
    parser.on('opentag', (tag) => {
      inValue = tag.name === 'v' || tag.name === 't';
    });
    parser.on('text', () => {
      if (inValue) values++;
    });
    parser.on('closetag', () => {
      inValue = false;
    });
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const inflate = new Inflate((chunk) => parser.write(decoder.decode(chunk, { stream: true })));
    const data = zip.subarray(start, start + size);
    for (let p = 0; p < data.length; p += 16384)
      inflate.push(data.subarray(p, p + 16384), p + 16384 >= data.length);
    parser.close();
  }
  return values;
}
