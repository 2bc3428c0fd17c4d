/**
 * The end-to-end floor: stream an NDJSON file line by line, JSON.parse and JSON.stringify each
 * line, write it to /dev/null. No evaluation: what any command reading and writing these
 * lines must spend at least. Prints `{ "villages": …, "households": … }`.
 *
 *   node bench/src/e2e-floor.mjs villages.ndjson
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { finished } from 'node:stream/promises';

const [file] = process.argv.slice(2);
if (file === undefined) {
  console.error('usage: node e2e-floor.mjs <file.ndjson>');
  process.exit(2);
}
const out = createWriteStream('/dev/null');
let villages = 0;
let households = 0;
for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
  if (line.length === 0) continue;
  const village = JSON.parse(line);
  villages++;
  households += village.households.length;
  if (!out.write(`${JSON.stringify(village)}\n`)) await once(out, 'drain');
}
out.end();
await finished(out);
console.log(JSON.stringify({ villages, households }));
