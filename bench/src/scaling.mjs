/**
 * Linear time in the size of a village: one village of 1,000, 10,000 and 100,000 households
 * (the bound of docs/formats.md), each evaluated whole. The time per household should stay flat;
 * a quadratic step (say, a duplicate-id check that scans the village) would grow it 100-fold.
 */
import { evaluateVillage } from '@credit-village/core';
import { grouped } from './timing.mjs';

const SIZES = [1_000, 10_000, 100_000];

/**
 * @param {readonly Record<string, unknown>[]} households at least 100,000 generated households
 * @param {{ log: (line: string) => void }} options
 */
export function villageScaling(households, { log }) {
  const rows = [];
  const perHousehold = [];
  for (const size of SIZES) {
    if (households.length < size) break;
    const village = {
      id: `scaling-${size}`,
      householdsTotal: size,
      partyOrganisation: 'good',
      households: households.slice(0, size).map((h, i) => ({ ...h, id: `h${i}` })),
    };
    evaluateVillage(village, { evalYear: 2024 }); // warm-up
    let best = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 3; run++) {
      const start = process.hrtime.bigint();
      const result = evaluateVillage(village, { evalYear: 2024 });
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (result.households.length + result.errors.length !== size) throw new Error('lost records');
      best = Math.min(best, seconds);
    }
    const us = (best * 1e6) / size;
    perHousehold.push(us);
    log(
      `scaling: one village of ${grouped(size)} households in ${(best * 1000).toFixed(0)} ms, ${us.toFixed(2)} µs/household`,
    );
    rows.push({
      variant: `one village of ${grouped(size)} households`,
      rate: size / best,
      on: `${(best * 1000).toFixed(0)} ms`,
      ratio: `${us.toFixed(2)} µs/household`,
      target: '',
      status: '',
    });
  }
  const first = perHousehold[0];
  const last = perHousehold[perHousehold.length - 1];
  if (first !== undefined && last !== undefined && rows.length > 1) {
    const growth = last / first;
    rows.push({
      variant: 'village size ×100: time per household',
      rate: undefined,
      on: '',
      ratio: `× ${growth.toFixed(2)}`,
      target: '≤ 2 (linear)',
      status: growth <= 2 ? 'PASS' : 'MISS',
    });
  }
  return rows;
}
