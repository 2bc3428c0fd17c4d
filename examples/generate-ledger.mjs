#!/usr/bin/env node
/**
 * Writes `ledger.json`: the banks' credit ledger (授信台账, docs/formats.md "Credit ledger") of
 * the example county as of 2024-12-31, for `credit-village follow-up`. It evaluates `county.json`
 * with the built core (run `npm run build` first) to know every subject's grade and limit, and
 * lends as the seed's county reports its banks do: the county's rural commercial bank
 * (望江农商银行, `wj-rcb`) opens most lines, the Agricultural Bank (`abc-wj`) and the Postal
 * Savings Bank (`psbc-wj`) some; most credit households of the fully collected villages get a line
 * of part of their limit, rounded to a thousand yuan, and draw some of it; fewer in the sampled
 * villages; about half the credit entities get a line. Some lines expired during the year (they
 * count nowhere). The deliberate slips, so the follow-up has something to show:
 *
 * - a household whose two banks together granted more than its limit (wj-rcb and abc-wj);
 * - a line to a grade-B household (no limit: any line is over it);
 * - an entity granted its limit plus 50,000 yuan;
 * - a line naming a household id that is in no village (a typing slip in the bank's export).
 *
 * Seeded and otherwise dependency-free: running it twice gives byte-identical files.
 *
 *   npm run build && node examples/generate-ledger.mjs [folder]
 *
 * (`folder`: where to write it instead of beside this script; the tests compare the two.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { evaluateBatch } from '../packages/core/dist/index.js';

const SEED = 0x1ed9_2024;
const AS_OF = '2024-12-31';

/** mulberry32, as generate.mjs: the same seed gives the same ledger. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(SEED);
const chance = (p) => random() < p;
const pick = (items) => items[Math.floor(random() * items.length)];

const here = new URL('./', import.meta.url);
const results = evaluateBatch(JSON.parse(readFileSync(new URL('county.json', here), 'utf8')));

/** Whole fen of a money string with 2 decimals. */
const fen = (money) => Math.round(Number(money) * 100);
/** Yuan with 2 decimals from whole fen. */
const yuan = (f) => `${Math.floor(f / 100)}.${String(f % 100).padStart(2, '0')}`;

/** A line's last day: most run a year or more past the ledger's date; some expired during it. */
function validUntil() {
  if (chance(0.06)) return pick(['2024-03-31', '2024-06-30', '2024-09-30', '2024-12-30']);
  return pick(['2025-03-31', '2025-06-30', '2025-12-31', '2025-12-31', '2026-06-30', '2027-12-31']);
}

/** A line granted: a part of the limit, down to a thousand yuan (at least a thousand). */
function grantedOf(limitFen, share) {
  return Math.max(100_000, Math.floor((limitFen * share) / 100_000) * 100_000);
}

/** What was drawn: nothing on about a quarter of lines, else a part (sometimes all). */
function usedOf(grantedFen) {
  if (chance(0.25)) return 0;
  if (chance(0.15)) return grantedFen;
  return Math.floor(grantedFen * (0.2 + random() * 0.75));
}

const lines = [];
const line = (lender, subject, grantedFen, usedFen, until = validUntil()) =>
  lines.push({
    lender,
    ...subject,
    granted: yuan(grantedFen),
    used: yuan(usedFen),
    validUntil: until,
  });

let splitDone = false;
let gradeBDone = false;
for (const village of results.villages) {
  if (village.id === null) continue;
  // Fully collected villages are where the banks have gone through the list.
  const full = village.counts.collected >= 0.9 * (village.counts.householdsTotal ?? Infinity);
  for (const h of village.households) {
    const subject = { village: village.id, household: h.id };
    if (!h.creditHousehold) {
      if (!gradeBDone && h.grade === 'B' && full) {
        // Slip: a line to a household the rating gave no limit.
        line('wj-rcb', subject, 3_000_000, 1_000_000, '2025-12-31');
        gradeBDone = true;
      }
      continue;
    }
    if (!chance(full ? 0.82 : 0.3)) continue;
    const limit = fen(h.limit);
    if (!splitDone && full && limit >= 5_000_000) {
      // Slip: two banks, each within the limit, together above it.
      const first = grantedOf(limit, 0.7);
      line('wj-rcb', subject, first, usedOf(first), '2025-12-31');
      line('abc-wj', subject, limit - first + 1_000_000, 0, '2026-06-30');
      splitDone = true;
      continue;
    }
    const lender = chance(0.7) ? 'wj-rcb' : chance(0.6) ? 'abc-wj' : 'psbc-wj';
    const granted = grantedOf(limit, 0.5 + random() * 0.5);
    line(lender, subject, granted, usedOf(granted));
  }
}

let entityDone = false;
for (const entity of results.entities ?? []) {
  if (!entity.creditEntity || !chance(0.5)) continue;
  const limit = fen(entity.limit);
  const subject = { entity: entity.id };
  if (!entityDone && limit >= 100_000_000) {
    // Slip: an entity granted 50,000 yuan above its limit.
    line('abc-wj', subject, limit + 5_000_000, usedOf(limit), '2026-06-30');
    entityDone = true;
    continue;
  }
  const lender = chance(0.6) ? 'wj-rcb' : 'abc-wj';
  const granted = grantedOf(Math.min(limit, fen(entity.creditOnly)), 0.6 + random() * 0.4);
  line(lender, subject, granted, usedOf(granted));
}

// Slip: a household id that no village has (the bank's export dropped a digit).
const someVillage = results.villages.find((v) => v.id !== null && v.households.length > 0);
line(
  'psbc-wj',
  { village: someVillage.id, household: `${someVillage.households[0].id}x` },
  5_000_000,
  0,
  '2025-12-31',
);

if (!splitDone || !gradeBDone || !entityDone) throw new Error('a deliberate slip found no subject');

const text = `{\n  "asOf": "${AS_OF}",\n  "lines": [\n${lines
  .map((l) => `    ${JSON.stringify(l)}`)
  .join(',\n')}\n  ]\n}\n`;
const out = process.argv[2] === undefined ? here : pathToFileURL(`${resolve(process.argv[2])}/`);
writeFileSync(new URL('ledger.json', out), text);
console.log(`ledger.json: ${lines.length} lines as of ${AS_OF}`);
