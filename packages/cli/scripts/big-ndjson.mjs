#!/usr/bin/env node
import { once } from 'node:events';
/**
 * Writes a large NDJSON input for measuring the command's memory and speed: VILLAGES lines of
 * HOUSEHOLDS households each, built from the valid households of examples/county.ndjson (ids
 * renamed). Deterministic. Write it outside the repository:
 *
 *   node packages/cli/scripts/big-ndjson.mjs 1000 1000 /tmp/big.ndjson
 *   /usr/bin/time -v node packages/cli/bin/credit-village.js evaluate /tmp/big.ndjson \
 *     --format ndjson --eval-year 2024 --output /tmp/big.out.ndjson
 */
import { createWriteStream, readFileSync } from 'node:fs';

const [villages = '1000', households = '1000', out = '/tmp/big.ndjson'] = process.argv.slice(2);
const county = new URL('../../../examples/county.ndjson', import.meta.url);

const pool = [];
for (const line of readFileSync(county, 'utf8').split('\n')) {
  if (line === '') continue;
  const village = JSON.parse(line);
  // Skip the villages with deliberate mistakes: the measurement is of valid work.
  if (village.id === 'wj-huayang-07' || village.id === 'wj-zhanghu-05') continue;
  pool.push(...village.households);
}

const stream = createWriteStream(out);
const size = Number(households);
for (let i = 0; i < Number(villages); i++) {
  const records = Array.from({ length: size }, (_, j) => ({
    ...pool[(i * 7919 + j) % pool.length],
    id: `V${i}-H${j}`,
  }));
  const village = {
    id: `wj-bench-${i}`,
    householdsTotal: size + 20,
    partyOrganisation: 'good',
    loans: { balance: '5000000', nonPerforming: '20000' },
    households: records,
  };
  if (!stream.write(`${JSON.stringify(village)}\n`)) await once(stream, 'drain');
}
stream.end();
await once(stream, 'finish');
